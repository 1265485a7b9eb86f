"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, BindParameter, DateTime, Integer, Numeric, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

# SQLite only aliases the rowid for exactly INTEGER PRIMARY KEY; PostgreSQL gets 64-bit ids.
IdType = BigInteger().with_variant(Integer(), "sqlite")


def Varchar(length: int) -> String:  # noqa: N802 - reads as a column type
    """Text that compares and sorts by code point on both databases.

    SQLite compares text bytewise; PostgreSQL uses the database's collation, so a database
    created with, say, en_US.UTF-8 would order names and evaluate `_gt` differently. Pinning
    the C collation on PostgreSQL makes `where` and `orderBy` (and their indexes) agree.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


# jsonb on PostgreSQL: a member is read without parsing the whole document again for every
# comparison (``kit/json_members.py``), and containment (@>) with a GIN index makes field
# equality filters indexed.
JsonDocument = JSON().with_variant(JSONB(), "postgresql")

# Money: exact NUMERIC. On SQLite the value is stored with NUMERIC affinity and read back as a
# Decimal rounded to the column's scale, which is exact for two-decimal amounts.
Money = Numeric(14, 2, asdecimal=True)
Rate = Numeric(12, 2, asdecimal=True)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both databases.

    SQLite has no timezone type, so values are stored as naive UTC there and made aware again
    on the way out; comparisons against bound values stay correct because binding goes through
    the same conversion.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        stored: datetime = value
        if stored.tzinfo is None:
            return stored.replace(tzinfo=UTC)
        return stored.astimezone(UTC)


def utcnow() -> datetime:
    """Now, to the millisecond: the precision answers show, so a shown time filters exactly."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def parameter(value: Any, type_: TypeEngine[Any] | None = None) -> BindParameter[Any]:
    """`value` as an anonymous bound parameter, as ``literal(value, type_)`` makes it at
    half the cost (no coercion step): the `where` compiler makes one for every value."""
    return BindParameter(None, value, type_=type_, unique=True)
