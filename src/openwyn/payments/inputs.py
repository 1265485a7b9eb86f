"""The input types of payments: the create, refund and list bodies."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from openwyn.kit import inputs
from openwyn.kit.paging import PagingFields
from openwyn.payments.resource import METHODS
from openwyn.work.inputs import Amount, Reason

_STRICT = ConfigDict(extra="forbid", frozen=True)
Token = Annotated[str, Field(min_length=1, max_length=200, pattern=inputs.NUL_FREE)]
Reference = Annotated[str, Field(max_length=200, pattern=inputs.NUL_FREE)]


class AllocationIn(BaseModel):
    model_config = _STRICT

    invoiceId: inputs.Id  # noqa: N815 - the contract's names
    amount: Amount


class PaymentCreate(BaseModel):
    """`POST /api/v1/payments`: a payment of a client, allocated to the invoices named, or
    oldest first without `allocations`; card, wallet and ACH payments need a
    `processorToken`."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815
    amount: Amount
    paymentMethod: Literal[METHODS]  # type: ignore[valid-type]  # noqa: N815
    paymentDate: inputs.IsoDate | None = None  # noqa: N815
    allocations: Annotated[list[AllocationIn], Field(max_length=500)] | None = None
    processorToken: Token | None = None  # noqa: N815
    reference: Reference | None = None
    applyCredit: inputs.Bool = True  # noqa: N815
    passFeeToClient: inputs.Bool = False  # noqa: N815


class PaymentRefund(BaseModel):
    """`POST /api/v1/payments/{id}/refund`: why (a refund is always of the full amount)."""

    model_config = _STRICT

    reason: Reason


class PaymentListRequest(PagingFields):
    """`POST /gql/v1/payments`'s simple filters (money-work.md §5, §11): dates inclusive on
    `paymentDate`."""

    clientId: inputs.Id | None = None  # noqa: N815
    paymentMethod: Literal[METHODS] | None = None  # type: ignore[valid-type]  # noqa: N815
    startDate: inputs.IsoDate | None = None  # noqa: N815
    endDate: inputs.IsoDate | None = None  # noqa: N815

    def where(self) -> dict[str, Any] | None:
        conditions: list[dict[str, Any]] = []
        if self.clientId is not None:
            conditions.append({"clientId": {"_eq": self.clientId}})
        if self.paymentMethod is not None:
            conditions.append({"paymentMethod": {"_eq": self.paymentMethod}})
        if self.startDate is not None:
            conditions.append({"paymentDate": {"_gte": self.startDate.isoformat()}})
        if self.endDate is not None:
            conditions.append({"paymentDate": {"_lte": self.endDate.isoformat()}})
        return {"_and": conditions} if conditions else None
