"""The bodies of the engagement routes (money-work.md §7 and §11), validated whole before
anything is written: unknown fields, wrong types and bad amounts are 400 naming the path."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict
from pydantic_core import PydanticCustomError

from openwyn.kit import inputs
from openwyn.work.inputs import Balance

_STRICT = ConfigDict(extra="forbid", frozen=True)
BillingSchedule = Literal["ONCE", "MONTHLY", "QUARTERLY", "ON_COMPLETION"]
SignerRole = Literal["PRIMARY", "BILLING", "SIGNER"]
# Text is NUL-free: PostgreSQL's text cannot hold U+0000, so one is a 400, never a failed insert.
Description = Annotated[str, Field(min_length=1, max_length=500, pattern=inputs.NUL_FREE)]
EngagementDescription = Annotated[str, Strict(), Field(max_length=10_000, pattern=inputs.NUL_FREE)]
EngagementType = Annotated[str, Strict(), Field(max_length=50, pattern=inputs.NUL_FREE)]
TeamRole = Annotated[str, Strict(), Field(min_length=1, max_length=50, pattern=inputs.NUL_FREE)]
Allocation = Annotated[Decimal, Field(ge=0, le=100, decimal_places=2)]
Days = Annotated[int, Field(ge=1, le=365)]
BATCH_LIMIT = 100


class ServiceIn(BaseModel):
    """A service the letter offers; a prepayment needs a job to bill it against."""

    model_config = _STRICT

    jobId: inputs.Id | None = None  # noqa: N815 - the contract's names
    serviceLineId: inputs.Id | None = None  # noqa: N815
    description: Description
    price: Balance
    billingSchedule: BillingSchedule  # noqa: N815
    prepaymentAmount: Balance | None = None  # noqa: N815


class SignerIn(BaseModel):
    model_config = _STRICT

    contactId: inputs.Id  # noqa: N815
    role: SignerRole


class TeamMemberIn(BaseModel):
    model_config = _STRICT

    staffId: inputs.Id  # noqa: N815
    role: TeamRole
    allocation: Allocation | None = None


# How its fields agree with each other (the dates, each client and signer named once) is
# checked with the references (service._check), where each fault names its own path.
class EngagementCreate(BaseModel):
    """`clientIds` lists every client the engagement covers; `primaryClientId` (default: the
    first of them) is the one the letter addresses."""

    model_config = _STRICT

    clientIds: Annotated[list[inputs.Id], Field(min_length=1, max_length=20)]  # noqa: N815
    primaryClientId: inputs.Id | None = None  # noqa: N815
    templateId: inputs.Id  # noqa: N815
    startDate: inputs.IsoDate  # noqa: N815
    endDate: inputs.IsoDate | None = None  # noqa: N815
    partnerStaffId: inputs.Id | None = None  # noqa: N815
    managerStaffId: inputs.Id | None = None  # noqa: N815
    type: EngagementType | None = None
    description: EngagementDescription | None = None
    services: Annotated[list[ServiceIn], Field(min_length=1, max_length=50)]
    signers: Annotated[list[SignerIn], Field(min_length=1, max_length=20)]
    team: Annotated[list[TeamMemberIn], Field(max_length=50)] = []
    expiresInDays: Days = 30  # noqa: N815
    reminderDays: Days = 3  # noqa: N815

    @property
    def primary(self) -> int:
        return self.primaryClientId or self.clientIds[0]


def _alone(what: str) -> Any:
    """A batch item that is its model, or any object: one that does not have the model's shape
    is kept as sent and fails alone in the service (partial success), as a records batch's
    items do. The schema says both, with the model as a component clients generate."""
    return Field(
        union_mode="left_to_right",
        description=f"{what} One that does not have this shape fails alone, in the answer's "
        "`results[index].error`; the others still apply.",
    )


def _an_object(value: Any) -> Any:
    """Refuse an item that is not an object with one error at the item, as a records batch
    does, rather than one per member of the item's union, named by pydantic's internals."""
    if not isinstance(value, dict | BaseModel):
        raise PydanticCustomError("dict_type", "Input should be a valid dictionary")
    return value


_BatchItem = Annotated[
    EngagementCreate | dict[str, Any], _alone("An engagement."), BeforeValidator(_an_object)
]


class EngagementBatch(BaseModel):
    """Each engagement is checked alone (`service.create_many`), so that a malformed one fails
    alone, as a record of a records batch does."""

    model_config = _STRICT

    engagements: Annotated[list[_BatchItem], Field(min_length=1, max_length=BATCH_LIMIT)]


class PriceChange(BaseModel):
    model_config = _STRICT

    description: Description
    price: Balance


class EngagementRenew(BaseModel):
    """The renewal's term and, by service description, its new prices."""

    model_config = _STRICT

    startDate: inputs.IsoDate  # noqa: N815
    endDate: inputs.IsoDate | None = None  # noqa: N815
    priceChanges: Annotated[list[PriceChange], Field(max_length=50)] = []  # noqa: N815


class RenewItem(EngagementRenew):
    engagementId: inputs.Id  # noqa: N815


_RenewalItem = Annotated[
    RenewItem | dict[str, Any], _alone("A renewal."), BeforeValidator(_an_object)
]


class RenewBatch(BaseModel):
    """Each renewal is checked alone (`service.renew_many`)."""

    model_config = _STRICT

    renewals: Annotated[list[_RenewalItem], Field(min_length=1, max_length=BATCH_LIMIT)]


class ManualExecute(BaseModel):
    """An uploaded signed letter, when the firm has one."""

    model_config = _STRICT

    fileId: inputs.Id | None = None  # noqa: N815


class NoBody(BaseModel):
    model_config = _STRICT
