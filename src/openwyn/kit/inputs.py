"""Strict input types shared by every request schema.

Input models forbid unknown keys and never coerce across JSON types: a string is not an
integer, a number is not a date. Money accepts a number or a numeric string and is kept exact.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any
from zoneinfo import available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    WithJsonSchema,
)
from pydantic.alias_generators import to_camel

from openwyn.errors import ErrorDetail
from openwyn.kit import system_refs

MONEY_MAX = Decimal("999999999999.99")
# The zones this machine's tz database knows; the schema lists them so clients can pick one.
TIMEZONES = frozenset(available_timezones())
EMAIL_SYNTAX = re.compile(r"^[^@\s\x00]+@[^@\s\x00]+\.[^@\s\x00]+$")  # no NUL: see kit/resource.py
# White space (and NUL, which PostgreSQL text cannot hold), spelled out for patterns the OpenAPI
# document states: `\s` differs between the document's regex dialect (ECMA 262) and Python's and
# Rust's (U+001C-U+001F, U+0085, U+FEFF), and the server and the schema must agree on every string.
SPACE = r"\x00\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"

# Text that PostgreSQL can hold: no NUL (U+0000). As a pattern, the OpenAPI document states it
# and a request breaking it is a 400 naming the parameter, never a failed statement (a 500).
NUL_FREE = r"^[^\x00]*$"
# The database's integers are 64-bit signed: a larger value fails the statement (PostgreSQL)
# or the driver (SQLite) instead of being refused as input.
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def fits_int64(value: int) -> bool:
    """Whether an integer taken from a request (path, query, token, cursor) can reach SQL."""
    return INT64_MIN <= value <= INT64_MAX


class StrictInput(BaseModel):
    model_config = ConfigDict(
        extra="forbid", alias_generator=to_camel, populate_by_name=False, frozen=True
    )


def integral(value: Any) -> Any:
    """JSON Schema counts 464.0 as an integer, and so do we; 464.5, "464" and true are not.

    Integer types put it last, after their bounds, so the schema keeps minimum and maximum:
    ``Annotated[int, Strict(), Field(ge=1), BeforeValidator(integral)]``.
    """
    if type(value) is float and value.is_integer():
        return int(value)
    return value


def _money(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError("must be a number or a numeric string")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError("must be a number or a numeric string") from exc
    if not amount.is_finite() or abs(amount) > MONEY_MAX:
        raise ValueError("is out of range")
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("has more than two decimals")
    return amount


def exact_number(value: Any) -> Decimal:
    """A JSON number or numeric string as an exact Decimal (never through a binary float)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("must be a number or a numeric string")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError("must be a number or a numeric string") from exc
    if not number.is_finite() or abs(number.adjusted()) > 30 or len(number.as_tuple().digits) > 38:
        raise ValueError("is out of range (at most 38 digits)")
    return number


def canonical_timestamp(value: datetime) -> str:
    """Fixed-width UTC text (``2026-01-02T03:04:05.000000Z``): sorts as the instants do."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _iso_date(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError("must be a date string YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be a date string YYYY-MM-DD") from exc


def _iso_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 timestamp")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be an ISO 8601 timestamp") from exc
    if parsed.tzinfo is None:
        raise ValueError("must carry a timezone (e.g. Z)")
    try:
        return parsed.astimezone(UTC)
    except OverflowError as exc:  # 0001-01-01T00:00:00+05:00 is before the first UTC instant
        raise ValueError("is out of range") from exc


def _email(value: str) -> str:
    if not EMAIL_SYNTAX.match(value):
        raise ValueError("is not an email address")
    return value


def _timezone(value: str) -> str:
    if value not in TIMEZONES:
        raise ValueError("is not an IANA timezone")
    return value


def _money_schema(limit: Decimal, integer_digits: int) -> dict[str, Any]:
    return {
        "anyOf": [
            # At most two decimals: a multiple of 0.01 (validators compare it exactly).
            {"type": "number", "minimum": -limit, "maximum": limit, "multipleOf": 0.01},
            {"type": "string", "pattern": rf"^-?[0-9]{{1,{integer_digits}}}(\.[0-9]{{1,2}})?$"},
        ],
        "description": "An exact amount with at most two decimals, as a number or a numeric "
        "string.",
    }


def money_type(integer_digits: int) -> Any:
    """An amount that fits NUMERIC(integer_digits + 2, 2): the database refuses a larger one
    (PostgreSQL fails the statement; SQLite would store it), so it is a 400 here."""
    limit = Decimal("9" * integer_digits + ".99")

    def amount(value: Any) -> Decimal:
        checked = _money(value)
        if abs(checked) > limit:
            raise ValueError("is out of range")
        return checked

    return Annotated[
        Decimal, BeforeValidator(amount), WithJsonSchema(_money_schema(limit, integer_digits))
    ]


Id = Annotated[int, Strict(), Field(ge=1, le=2**53), BeforeValidator(integral)]
Text = Annotated[str, Strict(), Field(max_length=200)]
ShortText = Annotated[str, Strict(), Field(max_length=50)]
MediumText = Annotated[str, Strict(), Field(max_length=500)]
LongText = Annotated[str, Strict(), Field(max_length=10_000)]
Bool = Annotated[bool, Strict()]
Money = money_type(12)  # kit/sqltypes.Money: NUMERIC(14, 2)
Rate = money_type(10)  # kit/sqltypes.Rate: NUMERIC(12, 2)
# Answers write money as a JSON number (kit/json.py keeps it exact).
MoneyOut = Annotated[Decimal, WithJsonSchema({"type": "number"})]
# Any other decimal an answer holds (a percentage): a JSON number too, as the encoder writes it.
DecimalOut = Annotated[Decimal, WithJsonSchema({"type": "number"})]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
IsoDateTime = Annotated[datetime, BeforeValidator(_iso_datetime)]
Email = Annotated[
    str,
    Strict(),
    Field(max_length=254, json_schema_extra={"format": "email"}),
    AfterValidator(_email),
]
Timezone = Annotated[
    str,
    Strict(),
    Field(json_schema_extra={"enum": sorted(TIMEZONES)}),
    AfterValidator(_timezone),
]


class Address(StrictInput):
    street: Annotated[str, Strict(), Field(max_length=500)] | None = None
    city: Text | None = None
    state: Text | None = None
    zip_code: Annotated[str, Strict(), Field(max_length=20)] | None = None
    country: Text | None = None


def reference(value: Any) -> int | dict[str, str]:
    """An id, or ``{"pmsRef": ...}`` / ``{"systemRef": ...}`` naming the object by the id it
    has in the practice management system (returned as ``{"pmsRef": ...}``, the stored text).
    A systemRef may be an object of scalars (contract §13.5), matched by its canonical JSON."""
    if isinstance(value, dict):
        ref = value.get("pmsRef", value.get("systemRef"))
        if "systemRef" in value and isinstance(ref, dict):
            ref = _object_system_ref(ref)
        if len(value) != 1 or not isinstance(ref, str) or not 1 <= len(ref) <= 100:
            raise ValueError('must be an id, {"pmsRef": "..."} or {"systemRef": "..."}')
        return {"pmsRef": ref}
    number = integral(value)
    if type(number) is not int or not 1 <= number <= 2**53:
        raise ValueError('must be an id, {"pmsRef": "..."} or {"systemRef": "..."}')
    return number


def _object_system_ref(value: dict[str, Any]) -> str | None:
    try:
        return system_refs.stored(system_refs.parsed(value))
    except ValueError:
        return None


def _pointer_schema(key: str, pointer: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {key: pointer},
        "required": [key],
        "additionalProperties": False,
    }


REFERENCE_SCHEMA = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": 2**53},
        _pointer_schema("pmsRef", {"type": "string", "minLength": 1, "maxLength": 100}),
        _pointer_schema("systemRef", system_refs.SCHEMA),
    ]
}
Reference = Annotated[Any, BeforeValidator(reference), WithJsonSchema(REFERENCE_SCHEMA)]


ADDRESS_MEMBERS = ("street", "city", "state", "zipCode", "country")


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


# Free-form JSON nests at most this deep (System.Text.Json's default). Every answer carrying
# such a value wraps it in a few more levels, and the encoder refuses documents over 255: a
# deeper value would be a 500 at every read of it, not only when written.
MAX_JSON_DEPTH = 64


def bounded_depth(value: Any) -> Any:
    """A free-form JSON value (objects and arrays as parsed) no deeper than MAX_JSON_DEPTH
    levels; walked without recursion, so any depth is refused cheaply."""
    for _ in _json_members(value):
        pass
    return value


def stored_exactly(value: Any) -> Any:
    """A free-form JSON value to store: bounded in depth, and every integer within 64 bits.
    Stored JSON is read back with orjson, which turns a larger integer into a float: refused
    here, it is not changed silently."""
    for member in _json_members(value):
        if isinstance(member, int) and not -(2**63) <= member < 2**63:
            raise ValueError("holds an integer beyond 64 bits")
    return value


def _json_members(value: Any) -> Iterator[Any]:
    """Every value within `value`, itself included; ValueError once past MAX_JSON_DEPTH."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        yield item
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_JSON_DEPTH:
            raise ValueError(f"nests deeper than {MAX_JSON_DEPTH} levels")
        members = item.values() if isinstance(item, dict) else item
        pending.extend((member, depth + 1) for member in members)


CUSTOM_FIELD_KEY = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"
CustomFieldKey = Annotated[str, Strict(), Field(pattern=CUSTOM_FIELD_KEY, max_length=64)]
CustomFieldValue = (
    Annotated[str, Strict(), Field(max_length=1000, pattern=r"^[^\x00]*$")]
    | Annotated[bool, Strict()]
    | Annotated[int, Strict(), Field(ge=-(2**63), lt=2**63)]
    | Annotated[float, Strict(), AfterValidator(_finite)]
    | None
)
# Up to 100 identifier-like keys with scalar values; filterable by key (kit/json_members.py).
# Every key must fit the pattern: `propertyNames` says so (what Pydantic writes by itself,
# `patternProperties`, would let any other key through with any value).
_CUSTOM_FIELDS_SCHEMA = {
    "type": "object",
    "maxProperties": 100,
    "propertyNames": {"pattern": CUSTOM_FIELD_KEY, "maxLength": 64},
    "additionalProperties": {
        "anyOf": [
            {"type": "string", "maxLength": 1000, "pattern": r"^[^\x00]*$"},
            {"type": "boolean"},
            {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1},
            {"type": "number"},
            {"type": "null"},
        ]
    },
}
CustomFields = Annotated[
    dict[CustomFieldKey, CustomFieldValue],
    Field(max_length=100),
    WithJsonSchema(_CUSTOM_FIELDS_SCHEMA),
]


# ---------------------------------------------------------------------------------------------
# Batch items checked one by one (a malformed item fails alone)


def item_problems(error: ValidationError, prefix: str) -> list[ErrorDetail]:
    """A batch item's validation errors as error details, each path under `prefix` (empty: the
    item's own) as the request's own errors are written: `services[0].price`."""
    problems: list[ErrorDetail] = []
    for found in error.errors():
        path = prefix
        for part in found["loc"]:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        problems.append({"path": path, "message": found["msg"]})
    return problems
