"""The API's timestamp form, whatever datetime it is given, and its exact decimals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from openwyn.kit.json import dumps, iso_timestamp


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "2026-01-02T03:04:05Z"),
        (datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=UTC), "2026-01-02T03:04:05.123Z"),
        (datetime(2026, 1, 2, 3, 4, 5, 999999, tzinfo=UTC), "2026-01-02T03:04:05.999Z"),
        (datetime(2026, 1, 2, 3, 4, 5, 500, tzinfo=UTC), "2026-01-02T03:04:05.000Z"),
        (datetime(1, 1, 1, tzinfo=UTC), "0001-01-01T00:00:00Z"),
        (datetime(9999, 12, 31, 23, 59, 59, 1000, tzinfo=UTC), "9999-12-31T23:59:59.001Z"),
        # Naive times are UTC; other offsets are converted.
        (datetime(2026, 1, 2, 3, 4, 5, 120000), "2026-01-02T03:04:05.120Z"),
        (
            datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5))),
            "2026-01-02T08:04:05Z",
        ),
    ],
)
def test_timestamps_are_utc_with_milliseconds_when_there_are_any(
    value: datetime, text: str
) -> None:
    assert iso_timestamp(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("1234.50", b"1234.50"),
        ("0.00", b"0.00"),
        ("-0.00", b"-0.00"),
        ("4.2500", b"4.2500"),
        ("-17.05", b"-17.05"),
        # Exponent notation, which `str` would write, is written out in full.
        ("1E+2", b"100"),
        ("0E-8", b"0.00000000"),
        ("1.5E-7", b"0.00000015"),
        ("12345678901234567890.12", b"12345678901234567890.12"),
    ],
)
def test_decimals_are_json_numbers_with_their_exact_digits(value: str, text: bytes) -> None:
    assert dumps({"amount": Decimal(value)}) == b'{"amount":' + text + b"}"
