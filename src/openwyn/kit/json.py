"""JSON encoding for hot responses: orjson, with exact decimals and ``Z`` timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import orjson

_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # A JSON number with the exact digits: no trip through float.
        return orjson.Fragment(format(value, "f").encode())
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=_default, option=_OPTIONS)


def loads(raw: bytes | str) -> Any:
    return orjson.loads(raw)


def iso_timestamp(value: datetime) -> str:
    """``2026-01-01T00:00:00Z`` (milliseconds kept when present)."""
    if value.tzinfo is not UTC:  # stored times come back in UTC already: skip the conversion
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    text = value.isoformat()  # ...T03:04:05.123000+00:00 (no fraction when it is zero)
    return (text[:23] if value.microsecond else text[:19]) + "Z"


def iso_date(value: date) -> str:
    return value.isoformat()
