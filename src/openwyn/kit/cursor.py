"""Field kinds and their JSON values, order keys, keyset predicates and opaque cursors.

This is the layer under ``openwyn.kit.query`` (which re-exports everything public here): it
knows how each ``Kind`` of value travels in JSON and how rows are ordered and paged, but
nothing of specs or of the ``where`` language.

Keyset paging: a cursor carries the order-key values of the last row of a page, and the next
page is the rows strictly after them (``keyset_after``), so a page costs the same at any depth
and rows inserted meanwhile never make a pre-existing row skip or repeat. A cursor is url-safe
base64 of JSON ``{"c": check, "v": [values]}``. It is not signed: a client may forge one, but
only to start a listing it could read anyway at another place. The check binds it to the
request's ``where`` and ``orderBy`` (through ``query_fingerprint``) and to the order keys, so
replaying it against another listing is refused. Every value is re-validated by kind on the
way back in.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Numeric, and_, false, or_, true
from sqlalchemy.types import TypeEngine

from openwyn.errors import ValidationFailed
from openwyn.kit.sqltypes import parameter

if TYPE_CHECKING:
    from openwyn.kit.query import Field


class Kind(enum.Enum):
    INT = "integer"
    STR = "string"
    BOOL = "boolean"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "timestamp"
    ENUM = "enum"
    OBJECT = "object"  # declared members, each compared as a string
    MAP = "map"  # free keys with scalar JSON values, compared as JSON (customFields)


# ---------------------------------------------------------------------------------------------
# JSON values in, strictly typed


class Invalid(Exception):
    """A JSON value that does not fit its kind; ``at`` extends the path (e.g. ``[3]``)."""

    def __init__(self, message: str, at: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.at = at


_INT64 = 2**63
_DECIMAL_TEXT = re.compile(r"-?\d+(\.\d+)?")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_TEXT = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})"
)


def as_int(value: object) -> int:
    # bool is an int subclass; it is no JSON integer. 3.0 is one (JSON Schema says so).
    if type(value) is float and value.is_integer() and abs(value) < _INT64:
        value = int(value)
    if type(value) is not int:
        raise Invalid("must be an integer")
    if not -_INT64 <= value < _INT64:
        raise Invalid("is out of range")
    return value


def as_str(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid("must be a string")
    if "\x00" in value:  # PostgreSQL text cannot hold NUL: refuse it here rather than fail there
        raise Invalid("must not contain NUL characters")
    return value


def as_bool(value: object) -> bool:
    if type(value) is not bool:
        raise Invalid("must be true or false")
    return value


def as_decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise Invalid("must be a number or a numeric string")
    if isinstance(value, str) and not _DECIMAL_TEXT.fullmatch(value):
        raise Invalid("must be a number or a numeric string")
    number = Decimal(str(value))  # str() keeps a float's shortest repr, not its binary expansion
    if not number.is_finite() or abs(number.adjusted()) > 100:
        raise Invalid("is out of range")
    return number


def as_date(value: object) -> date:
    if not isinstance(value, str) or not _DATE_TEXT.fullmatch(value):
        raise Invalid("must be a date YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise Invalid("must be a valid date YYYY-MM-DD") from exc


def as_datetime(value: object) -> datetime:
    """An aware UTC datetime: the type the columns give back, so comparisons are like for like."""
    if not isinstance(value, str) or not _DATETIME_TEXT.fullmatch(value):
        raise Invalid("must be an ISO 8601 timestamp with an offset, e.g. 2026-01-01T00:00:00Z")
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except ValueError as exc:
        raise Invalid("must be a valid ISO 8601 timestamp") from exc
    except OverflowError as exc:  # 0001-01-01T00:00:00+05:00 is before the first UTC instant
        raise Invalid("is out of range") from exc


def as_enum(value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise Invalid(f"must be one of {', '.join(allowed)}")
    return value


SCALAR_PARSERS: dict[Kind, Callable[[object], Any]] = {
    Kind.INT: as_int,
    Kind.STR: as_str,
    Kind.BOOL: as_bool,
    Kind.DECIMAL: as_decimal,
    Kind.DATE: as_date,
    Kind.DATETIME: as_datetime,
    # A stored enum value is only read back (cursors); requests check it with as_enum.
    Kind.ENUM: as_str,
}


# ---------------------------------------------------------------------------------------------
# Order keys


@dataclass(frozen=True)
class OrderKey:
    field: Field
    descending: bool
    nulls_first: bool


# direction -> (descending, nulls_first); the plain ones follow PostgreSQL's defaults.
DIRECTIONS: dict[str, tuple[bool, bool]] = {
    "asc": (False, False),
    "desc": (True, True),
    "asc_nulls_first": (False, True),
    "asc_nulls_last": (False, False),
    "desc_nulls_first": (True, True),
    "desc_nulls_last": (True, False),
}


def order_clauses(keys: list[OrderKey]) -> list[ColumnElement[Any]]:
    """ORDER BY terms with explicit NULL placement: SQLite's defaults are PostgreSQL's reversed."""
    clauses: list[ColumnElement[Any]] = []
    for key in keys:
        column = key.field.column
        ordered = column.desc() if key.descending else column.asc()
        clauses.append(ordered.nulls_first() if key.nulls_first else ordered.nulls_last())
    return clauses


def _may_be_null(column: ColumnElement[Any]) -> bool:
    return bool(getattr(column, "nullable", True))


def bound(column: ColumnElement[Any], value: Any) -> ColumnElement[Any]:
    """``value`` as a parameter of the column's type (SQLAlchemy would inline a bare bool)."""
    return parameter(value, compared_as(column))


def compared_as(column: ColumnElement[Any]) -> TypeEngine[Any]:
    """The type a value compared with `column` is bound as: the column's own, except that a
    NUMERIC with a precision is compared as a plain NUMERIC. PostgreSQL casts a parameter to
    the type it is bound as, and a value beyond the column's precision (a filter on a fee of
    1e20) would overflow the cast instead of matching nothing."""
    column_type: TypeEngine[Any] = column.type
    if isinstance(column_type, Numeric) and column_type.precision is not None:
        return Numeric(asdecimal=True) if column_type.asdecimal else Numeric(asdecimal=False)
    return column_type


def _tied(key: OrderKey, value: Any) -> ColumnElement[bool]:
    column = key.field.column
    return column.is_(None) if value is None else column == bound(column, value)


def _beyond(key: OrderKey, value: Any) -> ColumnElement[bool]:
    """Rows that sort strictly after ``value`` on this key alone."""
    column = key.field.column
    if value is None:
        return column.is_not(None) if key.nulls_first else false()
    edge = bound(column, value)
    later = column < edge if key.descending else column > edge
    if key.nulls_first or not _may_be_null(column):
        return later
    return or_(later, column.is_(None))


def keyset_after(keys: list[OrderKey], values: list[Any]) -> ColumnElement[bool]:
    """Rows strictly after the row whose order-key values are ``values``.

    ``OR`` over each key ``i`` of (every earlier key tied) ``AND`` (key ``i`` beyond), which
    stays right with NULLs and mixed directions where a row-value comparison would not.
    """
    if len(keys) != len(values):
        raise ValueError("keyset_after needs one value per order key")
    alternatives: list[ColumnElement[bool]] = []
    ties: list[ColumnElement[bool]] = []
    for key, value in zip(keys, values, strict=True):
        alternatives.append(and_(true(), *ties, _beyond(key, value)))
        ties.append(_tied(key, value))
    return or_(false(), *alternatives)


# ---------------------------------------------------------------------------------------------
# Cursors

MAX_CURSOR_LENGTH = 4096
_TOKEN = re.compile(r"[A-Za-z0-9_-]+")


def query_fingerprint(where: object, order_by: object) -> str:
    """A stable hash of what a listing filters and sorts by (key order and spacing aside)."""
    if order_by == []:
        order_by = None  # an empty orderBy means the default order, as an absent one does
    canonical = json.dumps(
        {"where": where, "orderBy": order_by},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,  # simple filters may hold dates or decimals
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


def _check(keys: list[OrderKey], fingerprint: str) -> str:
    shape = tuple((key.field.name, key.descending, key.nulls_first) for key in keys)
    return _check_of(fingerprint, shape)


@lru_cache(maxsize=1024)
def _check_of(fingerprint: str, shape: tuple[tuple[str, bool, bool], ...]) -> str:
    """The check a cursor carries, for a listing's fingerprint and order (every page of a
    listing has the same: remembered, as listings are paged through and polled)."""
    text = json.dumps([fingerprint, shape], separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _json_safe(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.DATETIME:
        # SQLite's plain DateTime gives naive values back; the app stores UTC.
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.DECIMAL:
        exact = value if isinstance(value, Decimal) else Decimal(str(value))
        return format(exact, "f")
    return value


def encode_cursor(keys: list[OrderKey], row_values: list[Any], fingerprint: str) -> str:
    """The cursor that resumes a listing after the row whose order-key values are given."""
    values = [
        _json_safe(key.field.kind, value) for key, value in zip(keys, row_values, strict=True)
    ]
    payload = json.dumps({"c": _check(keys, fingerprint), "v": values}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).rstrip(b"=").decode("ascii")


def _payload(cursor: str, path: str) -> dict[str, Any]:
    malformed = ValidationFailed.at(path, "is not a cursor this server issued")
    if len(cursor) > MAX_CURSOR_LENGTH or not _TOKEN.fullmatch(cursor):
        raise malformed
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        raise malformed from None
    if not isinstance(payload, dict) or not isinstance(payload.get("v"), list):
        raise malformed
    return payload


def _parsed(key: OrderKey, value: object) -> Any:
    return None if value is None else SCALAR_PARSERS[key.field.kind](value)


def decode_cursor(
    cursor: str, keys: list[OrderKey], fingerprint: str, path: str = "cursor"
) -> list[Any]:
    """The order-key values a cursor carries, typed as their columns give them back."""
    payload = _payload(cursor, path)
    if payload.get("c") != _check(keys, fingerprint):
        raise ValidationFailed.at(path, "was issued for a different where or orderBy")
    values = payload["v"]
    if len(values) != len(keys):
        raise ValidationFailed.at(path, "is not a cursor this server issued")
    try:
        return [_parsed(key, value) for key, value in zip(keys, values, strict=True)]
    except (Invalid, KeyError):
        raise ValidationFailed.at(path, "is not a cursor this server issued") from None
