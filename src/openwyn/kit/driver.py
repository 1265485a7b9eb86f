"""Hot reads run straight on asyncpg, from SQL compiled once per statement shape.

SQLAlchemy rebuilds a statement, computes its cache key and wraps every row on each call: a
large share of the CPU of a one-row read. A read that repeats with new values only (a get by
id, a search polled with the same filter) is compiled here once, for PostgreSQL, and runs on
the driver. The Python values are the ones SQLAlchemy would give: asyncpg decodes the column
types these reads return the same way (SQLAlchemy's dialect installs the JSON codecs on every
connection), and every value is bound through its type's own bind processor. A statement with
a type or a shape this module cannot replay exactly is not prepared, and goes through
SQLAlchemy as before.

Reads of a `Database.reader` run outside any transaction, on a connection of the reader's
`DriverPool` (kit/pool.py), not on SQLAlchemy's: with cold CPU caches (a server between
requests, not a benchmark loop) SQLAlchemy's checkout and return, through a greenlet, pool
events and the autocommit characteristic set and reset, cost more than the read itself.

A write's own reads (`run_within`: the records batch looks up a hundred rows by systemRef, and
SQLAlchemy's processing of those rows cost more than the database) run on the driver
connection under the session's, inside its transaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import asyncpg
from sqlalchemy import JSON, Boolean, Date, Integer, Numeric, Select, String
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit.memo import Memo
from openwyn.kit.sqltypes import UTCDateTime

if TYPE_CHECKING:
    from openwyn.db import Reader

# Column types whose asyncpg values equal what SQLAlchemy's result processing returns.
_REPLAYABLE = (Integer, String, Boolean, Numeric, Date, UTCDateTime, JSON)


@dataclass(frozen=True)
class Prepared:
    sql: str
    order: tuple[str, ...]  # the bind names, in $n order
    carried: Mapping[str, Any]  # the values the statement carries, already processed
    processors: Mapping[str, Callable[[Any], Any]]

    def arguments(self, values: Mapping[str, Any]) -> list[Any]:
        out = []
        for name in self.order:
            if name not in values:
                out.append(self.carried[name])
                continue
            value, process = values[name], self.processors.get(name)
            out.append(process(value) if process is not None and value is not None else value)
        return out


def replayable(columns: Iterable[Any]) -> bool:
    """Whether the driver returns what SQLAlchemy would for each of these columns."""
    return all(isinstance(column.type, _REPLAYABLE) for column in columns)


def prepare(statement: Select[Any], dialect: Dialect, given: Collection[str]) -> Prepared | None:
    """`statement` compiled for the driver, with the binds named in `given` left to each call;
    None if it cannot be replayed exactly."""
    if not replayable(statement.selected_columns):
        return None
    compiled = statement.compile(dialect=dialect)
    order = compiled.positiontup
    if order is None or compiled.literal_execute_params or compiled.post_compile_params:
        return None
    values = compiled.construct_params({name: None for name in given})
    processors = {}
    for name in order:
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors[name] = process
    carried = {
        name: processors[name](values[name]) if name in processors else values[name]
        for name in order
        if name not in given
    }
    return Prepared(compiled.string, tuple(order), carried, processors)


_PREPARED: Memo[Prepared | None] = Memo(limit=4096)


async def run(
    reads: object,
    key: Hashable,
    statement: Callable[[], Select[Any]],
    values: dict[str, Any],
    off_loop: bool = False,
) -> Sequence[Any] | None:
    """The rows of `statement` (built and prepared on first use of `key`, with a bind named
    after each of `values`, in a worker thread if `off_loop`) run on the driver; None if these
    reads or this statement cannot go there, for the caller to run it through SQLAlchemy."""
    connection = ready(reads)
    if connection is None:
        return None

    def build() -> Prepared | None:
        return prepare(statement(), connection.dialect, tuple(values))

    if off_loop and key not in _PREPARED:
        prepared = await asyncio.to_thread(_PREPARED.get, key, build)
    else:
        prepared = _PREPARED.get(key, build)
    return None if prepared is None else await fetch(connection, prepared, values)


async def run_within(
    session: AsyncSession,
    key: Hashable,
    statement: Callable[[], Select[Any]],
    values: dict[str, Any],
) -> Sequence[Any] | None:
    """The rows of `statement` (as `run` builds and prepares it) run on the session's own
    driver connection, inside its transaction, so they see its writes; None on SQLite, for the
    caller to run it through SQLAlchemy. An error comes out as SQLAlchemy's would; the
    transaction is then failed, as after any failed statement, and the session rolls it back.

    Before SQLAlchemy has begun the transaction on the connection (it does at its first
    statement), the read runs there on its own: at READ COMMITTED, the isolation Openwyn runs
    at, every statement of a transaction reads what was committed when it started, so a read
    before the transaction's first statement sees what it would have seen as that statement.
    At any stricter isolation a trivial statement begins the transaction first."""
    connection = await session.connection()
    options = (
        connection.sync_connection.get_execution_options() if connection.sync_connection else {}
    )
    reads_committed = connection.default_isolation_level == "READ COMMITTED" and (
        "isolation_level" not in options
    )
    driver = await _within(session, begun=not reads_committed)
    if driver is None:
        return None

    def build() -> Prepared | None:
        return prepare(statement(), connection.dialect, tuple(values))

    prepared = _PREPARED.get(key, build)
    if prepared is None:
        return None
    arguments = prepared.arguments(values)
    try:
        rows: Sequence[asyncpg.Record] = await driver.fetch(prepared.sql, *arguments)
    except Exception as error:
        raise _as_sqlalchemys(prepared.sql, arguments, error) from error
    return rows


async def execute_within(session: AsyncSession, sql: str, arguments: Sequence[Any]) -> bool:
    """Run PostgreSQL's `sql` with `arguments` (`$1`, `$2`, ... as asyncpg binds them) on the
    session's own driver connection, inside its transaction; False on SQLite, where nothing
    ran. Errors as in `run_within`."""
    return await fetch_within(session, sql, arguments) is not None


async def fetch_within(
    session: AsyncSession, sql: str, arguments: Sequence[Any]
) -> Sequence[asyncpg.Record] | None:
    """The rows `sql` returns (none for a statement that returns none), run as
    `execute_within` runs it; None on SQLite, where nothing ran."""
    driver = await _within(session)
    if driver is None:
        return None
    try:
        rows: Sequence[asyncpg.Record] = await driver.fetch(sql, *arguments)
    except Exception as error:
        raise _as_sqlalchemys(sql, list(arguments), error) from error
    return rows


def _as_sqlalchemys(sql: str, arguments: Sequence[Any], error: Exception) -> DBAPIError:
    """The error SQLAlchemy would raise for the driver's: a broken constraint is its
    IntegrityError, which the writers catch (records/bulk.py undoes a run on it)."""
    if isinstance(error, asyncpg.IntegrityConstraintViolationError):
        return IntegrityError(sql, list(arguments), error)
    return DBAPIError(sql, list(arguments), error)


async def nothing_ran(session: AsyncSession) -> bool:
    """Whether the session's transaction has sent nothing to the database yet (PostgreSQL, where
    SQLAlchemy begins it at its first statement); never on SQLite, where a writing transaction
    begins at once (`kit.repository.begin_immediately`). Reads run outside it at READ
    COMMITTED (`run_within`) do not count: they changed nothing."""
    driver = await _within(session, begun=False)
    return driver is not None and not driver.is_in_transaction()


async def _within(session: AsyncSession, begun: bool = True) -> asyncpg.Connection | None:
    """The driver connection under the session's, its transaction begun unless not `begun`;
    None on SQLite."""
    connection = await session.connection()
    if connection.dialect.name != "postgresql":
        return None
    driver = (await connection.get_raw_connection()).driver_connection
    if not isinstance(driver, asyncpg.Connection):
        return None
    if begun and not driver.is_in_transaction():
        # SQLAlchemy begins the transaction on the driver at its first statement, not before:
        # a trivial one begins it (one round trip, once per transaction), so what runs here
        # and the session's next statements share it.
        await connection.exec_driver_sql("SELECT 1")
    return driver


def ready(reads: object) -> Reader | None:
    """The reader, if these reads can go to the driver."""
    from openwyn.db import Reader  # the database module builds on this one

    if isinstance(reads, Reader) and reads.driver_pool is not None:
        return reads
    return None


async def fetch(
    reader: Reader, prepared: Prepared, values: Mapping[str, Any]
) -> Sequence[asyncpg.Record]:
    """The rows, each indexable and iterable like a SQLAlchemy row. Errors come out as
    SQLAlchemy's would (DBAPIError, with the driver's error as `orig`); after a failed
    connection the driver pool replaces its connections."""
    arguments = prepared.arguments(values)
    driver = await reader.driver_connection()
    try:
        rows: Sequence[asyncpg.Record] = await driver.fetch(prepared.sql, *arguments)
    except Exception as error:
        if _unusable(driver, error):
            reader.drop_driver_connection()
        raise DBAPIError(prepared.sql, arguments, error) from error
    except BaseException:
        # Cancelled in the middle of the statement: the connection may still be busy with it.
        driver.terminate()
        raise
    return rows


def _unusable(driver: asyncpg.Connection, error: Exception) -> bool:
    """Whether the connection is lost after `error`. An error of the statement leaves it
    usable; any other (the server ended the session, the socket broke, the protocol lost its
    place) does not."""
    return not isinstance(error, asyncpg.PostgresError) or driver.is_closed()
