"""The bodies of draft bill writes and workflow actions (money-work.md §3, §11)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from openwyn.billing.drafts.resource import GROUPINGS
from openwyn.kit import inputs
from openwyn.work.inputs import Amount, Balance, Notes

_STRICT = ConfigDict(extra="forbid", frozen=True)
_RATE_TEXT = r"^0*(\.[0-9]{1,6}|0?(\.[0-9]{0,6})?)$"


def _tax_rate(value: Any) -> Decimal:
    number = inputs.exact_number(value)
    if number < 0 or number >= 1:
        raise ValueError("must be at least 0 and less than 1")
    if number.as_tuple().exponent < -6:  # type: ignore[operator]
        raise ValueError("must have at most six decimals")
    return number


TaxRate = Annotated[
    Decimal,
    BeforeValidator(_tax_rate),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "exclusiveMaximum": 1, "multipleOf": 0.000001},
                {"type": "string", "pattern": _RATE_TEXT},
            ],
            "description": "A tax rate: at least 0, less than 1, at most six decimals (0.0825).",
        }
    ),
]
Description = Annotated[str, Field(min_length=1, max_length=1000, pattern=inputs.NUL_FREE)]
Comment = Annotated[str, Field(max_length=4000, pattern=inputs.NUL_FREE)]
Ids = Annotated[list[inputs.Id], Field(min_length=1, max_length=1000)]
JobIds = Annotated[list[inputs.Id], Field(min_length=1, max_length=200)]


class DraftProgressLine(BaseModel):
    model_config = _STRICT

    jobId: inputs.Id  # noqa: N815 - the contract's names
    amount: Amount
    description: Description


class DraftCreate(BaseModel):
    """`POST /api/v1/draft-invoices`."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815
    billType: Literal["WIP", "PROGRESS", "ADVANCED"] = "WIP"  # noqa: N815
    jobIds: JobIds | None = None  # noqa: N815
    throughDate: inputs.IsoDate | None = None  # noqa: N815
    wipIds: Ids | None = None  # noqa: N815
    progress: Annotated[list[DraftProgressLine], Field(max_length=200)] | None = None
    groupBy: Literal[GROUPINGS] = "JOB"  # type: ignore[valid-type]  # noqa: N815
    billerStaffId: inputs.Id | None = None  # noqa: N815
    reviewerStaffId: inputs.Id | None = None  # noqa: N815
    approverStaffId: inputs.Id | None = None  # noqa: N815
    senderStaffId: inputs.Id | None = None  # noqa: N815
    notes: Notes | None = None


class DraftLineEdit(BaseModel):
    model_config = _STRICT

    id: inputs.Id
    amount: Balance | None = None
    taxRate: TaxRate | None = None  # noqa: N815
    description: Description | None = None


class DraftUpdate(BaseModel):
    """`PATCH /api/v1/draft-invoices/{id}`: line edits or a new subtotal (not both), roles,
    notes."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"not": {"required": ["lineItems", "subtotal"]}},
    )

    lineItems: Annotated[list[DraftLineEdit], Field(min_length=1, max_length=1000)] | None = None  # noqa: N815
    subtotal: Balance | None = None
    billerStaffId: inputs.Id | None = None  # noqa: N815
    reviewerStaffId: inputs.Id | None = None  # noqa: N815
    approverStaffId: inputs.Id | None = None  # noqa: N815
    senderStaffId: inputs.Id | None = None  # noqa: N815
    notes: Notes | None = None

    @model_validator(mode="after")
    def _one_way(self) -> DraftUpdate:
        if self.lineItems is not None and self.subtotal is not None:
            raise ValueError("send lineItems or subtotal, not both")
        return self


class DraftReviewRequest(BaseModel):
    model_config = _STRICT

    decision: Literal["APPROVE", "REQUEST_CHANGES"]
    comment: Comment | None = None


class DraftApproveRequest(BaseModel):
    model_config = _STRICT

    comment: Comment | None = None


class DraftChangesRequest(BaseModel):
    model_config = _STRICT

    comment: Comment


class DraftFinalizeRequest(BaseModel):
    model_config = _STRICT

    issueDate: inputs.IsoDate | None = None  # noqa: N815
    dueDate: inputs.IsoDate | None = None  # noqa: N815
