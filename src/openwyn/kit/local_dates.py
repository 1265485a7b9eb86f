"""The date an instant falls on in a time zone, computed inside a statement: a read that
compares dates with a tenant's today (a client's overdue balance) joins the tenant's zone
instead of asking for it first. The instant is bound from the clock (`sqltypes.utcnow`), so
tests that move the clock move the date, as they do for statuses computed in Python.

PostgreSQL converts with `timezone()`; SQLite has no zones, so its connections get the
function `openwyn_local_date` (registered in db.py), which converts with `zoneinfo`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BindParameter, Date, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from openwyn.kit.sqltypes import UTCDateTime, utcnow

LOCAL_DATE = "openwyn_local_date"
# The bind of the clock's now: SQLAlchemy evaluates it at each execution; a caller running the
# statement on the driver (kit/driver.py) passes a value under this name.
NOW = "openwyn_now"


def now() -> datetime:
    """The clock's now (tests replace this module's `utcnow` to move the tenant's today)."""
    return utcnow()


def bound_now() -> BindParameter[datetime]:
    return bindparam(NOW, callable_=now, type_=UTCDateTime())


class local_date(FunctionElement[date]):  # noqa: N801 - a SQL function's name
    """`local_date(instant, zone)`: the date `instant` (a UTC timestamp) falls on in `zone`."""

    type = Date()
    inherit_cache = True


def _arguments(element: local_date, compiler: SQLCompiler, **kw: Any) -> tuple[str, str]:
    instant, zone = (compiler.process(clause, **kw) for clause in element.clauses)
    return instant, zone


@compiles(local_date)
def _timezone(element: local_date, compiler: SQLCompiler, **kw: Any) -> str:
    instant, zone = _arguments(element, compiler, **kw)
    return f"CAST(timezone({zone}, CAST({instant} AS TIMESTAMP WITH TIME ZONE)) AS DATE)"


@compiles(local_date, "sqlite")
def _registered(element: local_date, compiler: SQLCompiler, **kw: Any) -> str:
    instant, zone = _arguments(element, compiler, **kw)
    return f"{LOCAL_DATE}({instant}, {zone})"


def sqlite_local_date(instant: str | None, zone: str | None) -> str | None:
    """SQLite's `openwyn_local_date`: `instant` as SQLite stores a UTC timestamp (naive ISO
    text), the date in `zone` as the ISO text SQLite stores dates in."""
    if instant is None or zone is None:
        return None
    moment = datetime.fromisoformat(instant).replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(zone)).date().isoformat()
