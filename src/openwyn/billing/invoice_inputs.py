"""The input types of invoices: quantities, tax rates, manual lines and the write bodies."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from openwyn.billing.invoices import INVOICE_STATUSES
from openwyn.kit import inputs
from openwyn.kit.paging import PagingFields
from openwyn.work.inputs import Balance, Notes

_STRICT = ConfigDict(extra="forbid", frozen=True)
PAYMENT_TERMS = ("DUE_ON_RECEIPT", "NET_15", "NET_30", "NET_45", "NET_60")


def _decimal(value: Any, places: int) -> Decimal:
    number = inputs.exact_number(value)
    if number.as_tuple().exponent < -places:  # type: ignore[operator]
        raise ValueError(f"must have at most {places} decimals")
    return number


def _quantity(value: Any) -> Decimal:
    number = _decimal(value, 4)
    if number <= 0 or number >= Decimal("10000000000"):
        raise ValueError("must be more than 0 and below 10000000000")
    return number


def _tax_rate(value: Any) -> Decimal:
    number = _decimal(value, 4)
    if not Decimal(0) <= number < 1:
        raise ValueError("must be at least 0 and below 1")
    return number


Quantity = Annotated[
    Decimal,
    BeforeValidator(_quantity),
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "exclusiveMaximum": 10_000_000_000,
                    "multipleOf": 0.0001,
                },
                {
                    "type": "string",
                    # More than 0: a nonzero integer part, or a nonzero digit after the point.
                    "pattern": r"^0*([1-9][0-9]{0,9}(\.[0-9]{1,4})?"
                    r"|\.([1-9][0-9]{0,3}|0[1-9][0-9]{0,2}|00[1-9][0-9]?|000[1-9]))$",
                },
            ],
            "description": "More than 0, at most four decimals.",
        }
    ),
]
TaxRate = Annotated[
    Decimal,
    BeforeValidator(_tax_rate),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "exclusiveMaximum": 1, "multipleOf": 0.0001},
                {"type": "string", "pattern": r"^0*(0|\.[0-9]{1,4}|0\.[0-9]{1,4})$"},
            ],
            "description": "A rate from 0 to below 1, at most four decimals.",
        }
    ),
]
Description = Annotated[str, Field(min_length=1, max_length=2000, pattern=inputs.NUL_FREE)]
Reference = Annotated[str, Field(max_length=200, pattern=inputs.NUL_FREE)]


class LineItemIn(BaseModel):
    model_config = _STRICT

    description: Description
    quantity: Quantity
    unitPrice: Balance  # noqa: N815 - the contract's names
    taxRate: TaxRate | None = None  # noqa: N815
    notes: Notes | None = None
    jobId: inputs.Id | None = None  # noqa: N815


LineItems = Annotated[list[LineItemIn], Field(min_length=1, max_length=500)]


class InvoiceCreate(BaseModel):
    """`POST /api/v1/invoices`: a manual invoice, DRAFT until posted."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815
    projectId: inputs.Id | None = None  # noqa: N815
    issueDate: inputs.IsoDate | None = None  # noqa: N815
    dueDate: inputs.IsoDate | None = None  # noqa: N815
    lineItems: LineItems  # noqa: N815
    notes: Notes | None = None
    reference: Reference | None = None


class InvoiceUpdate(BaseModel):
    """`PATCH /api/v1/invoices/{id}` while DRAFT; `lineItems` replaces every line."""

    model_config = _STRICT

    projectId: inputs.Id | None = None  # noqa: N815
    issueDate: inputs.IsoDate | None = None  # noqa: N815
    dueDate: inputs.IsoDate | None = None  # noqa: N815
    lineItems: LineItems | None = None  # noqa: N815
    notes: Notes | None = None
    reference: Reference | None = None


class InvoiceListRequest(PagingFields):
    """`POST /gql/v1/invoices`'s simple filters (money-work.md §4, §11): dates inclusive on
    `issueDate`; `status` as it reads (POSTED leaves out OVERDUE)."""

    clientId: inputs.Id | None = None  # noqa: N815
    status: Literal[INVOICE_STATUSES] | None = None  # type: ignore[valid-type]
    startDate: inputs.IsoDate | None = None  # noqa: N815
    endDate: inputs.IsoDate | None = None  # noqa: N815

    def where(self) -> dict[str, Any] | None:
        conditions: list[dict[str, Any]] = []
        if self.clientId is not None:
            conditions.append({"clientId": {"_eq": self.clientId}})
        if self.status is not None:
            conditions.append({"status": {"_eq": self.status}})
        if self.startDate is not None:
            conditions.append({"issueDate": {"_gte": self.startDate.isoformat()}})
        if self.endDate is not None:
            conditions.append({"issueDate": {"_lte": self.endDate.isoformat()}})
        return {"_and": conditions} if conditions else None


class InvoiceSend(BaseModel):
    """`POST /api/v1/invoices/{id}/send`: the recipients (else the client's contacts that
    receive invoice emails) and a message for the email's body."""

    model_config = _STRICT

    to: Annotated[list[Annotated[str, Field(max_length=254)]] | None, Field(max_length=100)] = None
    message: Annotated[str | None, Field(max_length=4000)] = None
