"""The input types of work: hours, positive amounts, and the WIP write bodies."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    WithJsonSchema,
    create_model,
)

from openwyn.kit import inputs

WIP_TYPES = ("TIME", "EXPENSE", "FIXED_FEE", "PROGRESS")
WIP_STATUSES = ("OPEN", "ON_DRAFT", "BILLED", "WRITTEN_OFF")
SOURCES = ("PMS", "OPENWYN")
MAX_HOURS = Decimal(24)

_MONEY_CHECK: TypeAdapter[Decimal] = TypeAdapter(inputs.Money)
_POSITIVE_DECIMALS = r"^(0*[1-9][0-9]{0,11}(\.[0-9]{1,2})?|0*\.(0[1-9]|[1-9][0-9]?))$"


# More than 0 and at most 24, in steps of 0.01, with any leading zeros: what `_hours` takes.
_HOURS_TEXT = r"^0*(([1-9]|1[0-9]|2[0-3])(\.[0-9]{1,2})?|24(\.0{1,2})?|\.(0[1-9]|[1-9][0-9]?))$"


def _hours(value: Any) -> Decimal:
    number = inputs.exact_number(value)
    if number <= 0:
        raise ValueError("must be more than 0")
    if number > MAX_HOURS:
        raise ValueError("must be at most 24")
    if number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("must be in steps of 0.01")
    return number


Hours = Annotated[
    Decimal,
    BeforeValidator(_hours),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "exclusiveMinimum": 0, "maximum": 24, "multipleOf": 0.01},
                {"type": "string", "pattern": _HOURS_TEXT},
            ],
            "description": "Hours, more than 0 and at most 24, in steps of 0.01.",
        }
    ),
]


def _positive(value: Any) -> Decimal:
    amount: Decimal = _MONEY_CHECK.validate_python(value)
    if amount <= 0:
        raise ValueError("must be more than 0")
    return amount


def _not_negative(value: Any) -> Decimal:
    amount: Decimal = _MONEY_CHECK.validate_python(value)
    if amount < 0:
        raise ValueError("must not be negative")
    return amount


def _money_schema(minimum_exclusive: bool) -> dict[str, Any]:
    bound = {"exclusiveMinimum": 0} if minimum_exclusive else {"minimum": 0}
    pattern = _POSITIVE_DECIMALS if minimum_exclusive else r"^[0-9]{1,12}(\.[0-9]{1,2})?$"
    return {
        "anyOf": [
            {"type": "number", **bound, "maximum": float(inputs.MONEY_MAX), "multipleOf": 0.01},
            {"type": "string", "pattern": pattern},
        ],
        "description": "An exact amount with at most two decimals, as a number or a numeric "
        "string.",
    }


Amount = Annotated[Decimal, BeforeValidator(_positive), WithJsonSchema(_money_schema(True))]
Balance = Annotated[Decimal, BeforeValidator(_not_negative), WithJsonSchema(_money_schema(False))]
Notes = Annotated[str, Field(max_length=4000, pattern=inputs.NUL_FREE)]
Reason = Annotated[str, Field(min_length=1, max_length=500, pattern=inputs.NUL_FREE)]
PmsRef = Annotated[str, Field(min_length=1, max_length=100, pattern=inputs.NUL_FREE)]


_STRICT = ConfigDict(extra="forbid", frozen=True)


def _omittable(kind: Any) -> tuple[Any, Any]:
    """May be left out, never null (null is a 400): the column holds a value."""
    return (kind, Field(default=None, json_schema_extra=_no_default))


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def _nullable(kind: Any) -> tuple[Any, Any]:
    return (kind | None, None)


# What every WIP write may set, each as (type, required on create, nullable).
_FIELDS: dict[str, tuple[Any, bool, bool]] = {
    "pmsRef": (PmsRef, False, True),
    "type": (Literal[WIP_TYPES], True, False),
    "jobId": (inputs.Reference, True, False),
    "staffId": (inputs.Reference, False, True),
    "loggedDate": (inputs.IsoDate, True, False),
    "hours": (Hours, False, True),
    "rate": (inputs.Rate, False, True),
    "amount": (Amount, False, False),
    "billable": (inputs.Bool, False, False),
    "approved": (inputs.Bool, False, False),
    "notes": (Notes, False, True),
    "taskCode": (inputs.ShortText, False, True),
    "serviceLineId": (inputs.Reference, False, True),
    "receiptFileId": (inputs.Id, False, True),
}
# What a practice management system also sends: the workflow state is its own (money-work §0).
_PMS_FIELDS: dict[str, tuple[Any, bool, bool]] = {
    "status": (Literal[WIP_STATUSES], False, False),
    "billedAmount": (Balance, False, False),
    "writeOffAmount": (Balance, False, False),
    "writeOffReason": (Reason, False, True),
}


def _model(name: str, fields: dict[str, tuple[Any, bool, bool]], creating: bool) -> Any:
    built: dict[str, Any] = {}
    for field, (kind, required, nullable) in fields.items():
        if creating and required:
            built[field] = (kind, ...)
        else:
            built[field] = _nullable(kind) if nullable else _omittable(kind)
    return create_model(name, __config__=_STRICT, **built)


WipCreate: type[BaseModel] = _model("WipCreate", _FIELDS, creating=True)
# An OPEN WIP may change anything but its type.
WipUpdate: type[BaseModel] = _model(
    "WipUpdate", {k: v for k, v in _FIELDS.items() if k != "type"}, creating=False
)
WipRecordCreate: type[BaseModel] = _model(
    "WipRecordCreate", {k: v for k, v in (_FIELDS | _PMS_FIELDS).items() if k != "pmsRef"}, True
)
WipRecordUpdate: type[BaseModel] = _model(
    "WipRecordUpdate", {k: v for k, v in (_FIELDS | _PMS_FIELDS).items() if k != "pmsRef"}, False
)


class TimeEntryCreate(BaseModel):
    """`POST /api/v1/time-entries`: a TIME WIP."""

    model_config = _STRICT

    staffId: inputs.Reference  # noqa: N815 - the contract's names
    jobId: inputs.Reference  # noqa: N815
    loggedDate: inputs.IsoDate  # noqa: N815
    hours: Hours
    notes: Notes | None = None
    taskCode: inputs.ShortText | None = None  # noqa: N815
    billable: inputs.Bool = Field(default=True)
    rate: inputs.Rate | None = None
    pmsRef: PmsRef | None = None  # noqa: N815


class ExpenseCreate(BaseModel):
    """`POST /api/v1/expenses`: an EXPENSE WIP."""

    model_config = _STRICT

    jobId: inputs.Reference  # noqa: N815
    staffId: inputs.Reference | None = None  # noqa: N815
    loggedDate: inputs.IsoDate  # noqa: N815
    amount: Amount
    notes: Notes
    billable: inputs.Bool = Field(default=True)
    receiptFileId: inputs.Id | None = None  # noqa: N815
    pmsRef: PmsRef | None = None  # noqa: N815


Ids = Annotated[list[inputs.Id], Field(min_length=1, max_length=1000)]


class ApproveRequest(BaseModel):
    model_config = _STRICT

    ids: Ids


class WriteOffRequest(BaseModel):
    model_config = _STRICT

    amount: Amount | None = None
    reason: Reason
