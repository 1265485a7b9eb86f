"""JSON encoding for hot responses: orjson, with exact decimals and ``Z`` timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import orjson

_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # A JSON number with the exact digits: no trip through float. `str` writes the same
        # digits as `format(value, "f")` at less than half its cost, except in exponent
        # notation (`1E+2`, `0E-8`), which JSON clients may not expect from money: that rare
        # value is written out in full. A page of 50 WIP rows holds 300 amounts.
        text = str(value)
        return orjson.Fragment(format(value, "f") if "E" in text else text)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value, default=_default, option=_OPTIONS)
    except orjson.JSONEncodeError as error:
        if str(error) != _BEYOND_64_BITS:
            raise
        # Free-form JSON a client sent (a payload to sign) may hold any integer; orjson writes
        # 64 bits at most. The rare value that needs more is written with its exact digits.
        return orjson.dumps(_exact_integers(value), default=_default, option=_OPTIONS)


_BEYOND_64_BITS = "Integer exceeds 64-bit range"


def _exact_integers(value: Any) -> Any:
    """`value` with every integer orjson cannot write as its digits, verbatim."""
    if isinstance(value, dict):
        return {key: _exact_integers(member) for key, member in value.items()}
    if isinstance(value, list | tuple):
        return [_exact_integers(member) for member in value]
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
        return orjson.Fragment(str(value).encode())
    return value


def loads(raw: bytes | str) -> Any:
    return orjson.loads(raw)


def iso_timestamp(value: datetime) -> str:
    """``2026-01-01T00:00:00Z`` (milliseconds kept when present)."""
    if value.tzinfo is not UTC:  # stored times come back in UTC already: skip the conversion
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    # orjson's RFC 3339, cut to milliseconds: a third of `isoformat`'s cost, which formats
    # through printf (a page of 50 rows writes 100 of these).
    text = orjson.dumps(value, option=orjson.OPT_UTC_Z)  # b'"2026-01-01T03:04:05.123456Z"'
    return (text[1:24] if value.microsecond else text[1:20]).decode() + "Z"


def iso_date(value: date) -> str:
    return value.isoformat()
