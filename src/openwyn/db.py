"""Engine and sessions: one code path for SQLite (the default) and PostgreSQL.

``Reads`` is what read paths take: a session, or the `Reader` of a route that only reads
(``Database.reader``).

The request owns the transaction: ``Database.session()`` commits when the block ends cleanly and
rolls back on any error. Services flush when they need ids; they never commit. What a
transaction began outside the database (a card charged) registers its undoing with
``on_rollback``: it runs if that transaction rolls back instead of committing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from typing import Any

import asyncpg
import orjson
import regex
from sqlalchemy import event
from sqlalchemy.engine import Connection, Dialect, Engine, ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.util import await_only

from openwyn.config import Settings
from openwyn.kit.local_dates import LOCAL_DATE, sqlite_local_date
from openwyn.kit.pool import DriverPool

Reads = AsyncSession | AsyncConnection
IDLE_IN_TRANSACTION_MS = 60_000


# The `where` language's `_regex` on SQLite runs here, in Python, once per row it examines.
# The `regex` engine releases the GIL while it matches (the server keeps serving) and gives up
# on a value after this long, failing the statement: a pathological pattern cannot stall the
# process. The statement as a whole is bounded by `StatementDeadline` (PostgreSQL's by its
# statement timeout); either running out is a 504 QUERY_TIMEOUT (`is_query_timeout`).
REGEX_SECONDS_PER_VALUE = 0.1
REGEX_TIMED_OUT = "user-defined function raised exception"  # how SQLite reports it


def sqlite_regexp(pattern: str, value: str | None) -> bool | None:
    if value is None:
        return None
    match = regex.search(pattern, value, timeout=REGEX_SECONDS_PER_VALUE, concurrent=True)
    return match is not None


# SQLite compares numbers as doubles (15-16 significant digits), so decimals stored as text are
# compared through this key instead: text whose byte order is their numeric order. A key is a
# sign class (0 negative, 1 zero, 2 positive), then the exponent, then the significant digits;
# a negative's exponent and digits are complemented (a larger magnitude sorts lower) and end in
# "~", above every complemented digit, so -1.2 sorts above -1.23.
DECIMAL_KEY = "openwyn_decimal_key"
_EXPONENT_OFFSET = 5000  # four digits: any exponent within +-4999, far beyond what is accepted


def decimal_sort_key(value: object) -> str | None:
    """The order-preserving key of a decimal (or its text); None for anything else."""
    number = _finite_decimal(value)
    if number is None:
        return None
    if number.is_zero():
        return "1"
    sign, digits, _exponent = number.as_tuple()
    significant = "".join(map(str, digits)).rstrip("0")
    exponent = number.adjusted() + _EXPONENT_OFFSET
    if not 0 <= exponent <= 9999:
        return None
    if not sign:
        return f"2{exponent:04d}{significant}"
    complemented = significant.translate(_COMPLEMENT)
    return f"0{9999 - exponent:04d}{complemented}~"


_COMPLEMENT = str.maketrans("0123456789", "9876543210")


def _finite_decimal(value: object) -> Decimal | None:
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class StatementDeadline:
    """The time budget of the statement a SQLite connection runs.

    SQLite calls `expired` every `_PROGRESS_STEPS` virtual machine instructions while a statement
    runs (its progress handler); past the deadline it answers true and SQLite interrupts the
    statement (``SQLITE_INTERRUPT``). The deadline is armed before each statement and disarmed
    after it, so a commit or an idle connection is never interrupted.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline: float | None = None

    def arm(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def disarm(self) -> None:
        self.deadline = None

    def expired(self) -> bool:
        deadline = self.deadline
        return deadline is not None and time.monotonic() > deadline


# About a millisecond of work between checks: the handler's cost is lost in the noise.
_PROGRESS_STEPS = 10_000
_DEADLINE_KEY = "openwyn_statement_deadline"


def _sqlite_connect_listener(seconds: float) -> Callable[[Any, ConnectionPoolEntry], None]:
    def on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        _on_sqlite_connect(dbapi_connection, record)
        deadline = StatementDeadline(seconds)
        record.info[_DEADLINE_KEY] = deadline
        _set_progress_handler(dbapi_connection, deadline.expired)

    return on_connect


def _set_progress_handler(dbapi_connection: Any, handler: Callable[[], bool]) -> None:
    driver = getattr(dbapi_connection, "driver_connection", dbapi_connection)
    if hasattr(driver, "_conn"):  # aiosqlite: the call runs on the connection's own thread
        await_only(driver.set_progress_handler(handler, _PROGRESS_STEPS))
    else:
        dbapi_connection.set_progress_handler(handler, _PROGRESS_STEPS)


def _arm_deadline(connection: Connection, *_args: Any) -> None:
    deadline = connection.info.get(_DEADLINE_KEY)
    if deadline is not None:
        deadline.arm()


def _disarm_deadline(connection: Connection, *_args: Any) -> None:
    deadline = connection.info.get(_DEADLINE_KEY)
    if deadline is not None:
        deadline.disarm()


def _disarm_after_error(context: ExceptionContext) -> None:
    if context.connection is not None and not context.connection.closed:
        _disarm_deadline(context.connection)


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Replaces the `re`-based REGEXP that SQLAlchemy registers, which holds the GIL throughout.
    dbapi_connection.create_function("regexp", 2, sqlite_regexp, deterministic=True)
    dbapi_connection.create_function(DECIMAL_KEY, 1, decimal_sort_key, deterministic=True)
    dbapi_connection.create_function(LOCAL_DATE, 2, sqlite_local_date, deterministic=True)
    cursor = dbapi_connection.cursor()
    # WAL lets readers run beside the writer; LIKE must be case-sensitive as on PostgreSQL
    # (the `where` language has `_ilike` for the other case).
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        "case_sensitive_like=ON",
        "busy_timeout=5000",
        "synchronous=NORMAL",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


_UNDOS = "openwyn_undos"
Undo = Callable[[], Awaitable[object]]


def on_rollback(session: AsyncSession, undo: Undo) -> None:
    """Have `undo` run should the session's transaction (`Database.session`) roll back: for
    what it began outside the database, which no rollback reaches. A commit forgets it."""
    session.info.setdefault(_UNDOS, []).append(undo)


@event.listens_for(Session, "after_commit")
def _forget_undos(session: Session) -> None:
    session.info.pop(_UNDOS, None)


async def _undo_outside(session: AsyncSession) -> None:
    """Run what `on_rollback` registered, each alone."""
    for undo in session.info.pop(_UNDOS, []):
        await undo_outside(undo)


async def undo_outside(undo: Undo) -> None:
    """Run `undo` on the way out of an error: its own failure is logged, never raised over the
    error being handled."""
    try:
        await undo()
    except Exception:
        logging.getLogger(__name__).exception("undoing outside the database failed")


def make_engine(settings: Settings) -> AsyncEngine:
    if settings.is_sqlite:
        engine = create_async_engine(
            settings.database_url, connect_args={"timeout": 5}, json_deserializer=orjson.loads
        )
        sync_engine = engine.sync_engine
        seconds = settings.db_statement_timeout_seconds
        event.listen(sync_engine, "connect", _sqlite_connect_listener(seconds))
        event.listen(sync_engine, "before_cursor_execute", _arm_deadline)
        event.listen(sync_engine, "after_cursor_execute", _disarm_deadline)
        event.listen(sync_engine, "handle_error", _disarm_after_error)
        return engine
    # No ping before each checkout (three round trips with asyncpg, twice a request): a
    # connection the server dropped fails its request with 503, and SQLAlchemy then discards
    # every pooled connection of the same age, so one request per process sees a restart.
    return create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_pool_size,
        pool_recycle=1800,
        # The connection returned last is handed out first: a read-heavy process keeps using
        # the same few connections (and server backends, warm in the CPU's caches) instead of
        # cycling through the whole pool; the rest stay idle until a burst needs them.
        pool_use_lifo=True,
        pool_timeout=settings.db_connect_timeout_seconds,
        json_deserializer=orjson.loads,
        connect_args=postgres_connect_args(settings),
    )


def postgres_connect_args(settings: Settings) -> dict[str, Any]:
    """asyncpg's connection options, for SQLAlchemy's pool and the driver's alike."""
    statement_ms = int(settings.db_statement_timeout_seconds * 1000)
    return {
        "timeout": settings.db_connect_timeout_seconds,
        # The server cancels a statement first, and says so (SQLSTATE 57014); the driver's own
        # timer is for a server that stopped answering.
        "command_timeout": settings.db_statement_timeout_seconds + _DRIVER_TIMEOUT_GRACE_SECONDS,
        "server_settings": {
            "statement_timeout": str(statement_ms),
            # A transaction left open holds back the change feed and webhooks, which hand out
            # only what is older than the oldest running transaction.
            "idle_in_transaction_session_timeout": str(IDLE_IN_TRANSACTION_MS),
            "timezone": "UTC",
        },
    }


_DRIVER_TIMEOUT_GRACE_SECONDS = 1.0
_QUERY_CANCELED = "57014"
_ASYNCPG_PROTOCOL = "protocol.pyx"


def is_query_timeout(exc: BaseException) -> bool:
    """Whether a database error means a statement ran out of time (504), not that the database
    is unreachable (503): PostgreSQL's ``query_canceled``, asyncpg's command timeout, SQLite's
    statement interrupted by its deadline, or a ``_regex`` that gave up on one value."""
    error: BaseException | None = exc
    while error is not None:
        if getattr(error, "sqlstate", None) == _QUERY_CANCELED:
            return True
        if getattr(error, "sqlite_errorname", None) == "SQLITE_INTERRUPT":
            return True
        if REGEX_TIMED_OUT in str(error) and not isinstance(error, TimeoutError):
            return True
        if isinstance(error, TimeoutError) and _raised_by_a_running_query(error):
            return True
        error = getattr(error, "orig", None) or error.__cause__
    return False


def _raised_by_a_running_query(error: TimeoutError) -> bool:
    """asyncpg's command timeout is a bare TimeoutError, as is its connect timeout: the
    traceback tells them apart. The first is raised by the protocol while it waits for a
    statement's answer; the second by a timeout scope around the connecting code."""
    trace = error.__traceback__
    if trace is None:
        return False
    while trace.tb_next is not None:
        trace = trace.tb_next
    return PurePath(trace.tb_frame.f_code.co_filename).name == _ASYNCPG_PROTOCOL


def sync_engine_of(engine: AsyncEngine) -> Engine:
    return engine.sync_engine


class Reader(AsyncConnection):
    """The connection of `Database.reader`, which connects on first use.

    A statement the driver module prepared (kit/driver.py) runs on a connection of the driver's
    pool (PostgreSQL only); any other statement checks out a pooled SQLAlchemy connection in
    autocommit mode the first time one runs. A get by id therefore never pays for SQLAlchemy's
    checkout. Only the methods read paths call are connected lazily (`execute`, `scalar`,
    `scalars`); any other raises SQLAlchemy's "not started" error, loudly.
    """

    def __init__(self, engine: AsyncEngine, driver_pool: DriverPool | None) -> None:
        super().__init__(engine)
        self.driver_pool = driver_pool
        self._driver: asyncpg.Connection | None = None

    @property  # type: ignore[misc]
    def dialect(self) -> Dialect:
        return self.engine.dialect

    async def driver_connection(self) -> asyncpg.Connection:
        """This reader's connection of the driver pool, acquired on first use. A failure to
        connect is a DBAPIError, as SQLAlchemy's pool reports one."""
        if self._driver is None:
            assert self.driver_pool is not None  # noqa: S101 - driver.ready checked
            try:
                self._driver = await self.driver_pool.acquire()
            except Exception as error:
                raise DBAPIError("connect", None, error) from error
        return self._driver

    def drop_driver_connection(self) -> None:
        """The driver connection failed: close it for good, and renew the pool's others."""
        if self._driver is not None and self.driver_pool is not None:
            self._driver.terminate()
            self.driver_pool.expire()

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        await self._connected()
        return await super().execute(*args, **kwargs)

    async def scalar(self, *args: Any, **kwargs: Any) -> Any:
        await self._connected()
        return await super().scalar(*args, **kwargs)

    async def scalars(self, *args: Any, **kwargs: Any) -> Any:
        await self._connected()
        return await super().scalars(*args, **kwargs)

    async def close(self) -> None:
        driver, self._driver = self._driver, None
        try:
            if driver is not None and self.driver_pool is not None:
                self.driver_pool.release(driver)
        finally:
            if self.sync_connection is not None:
                await super().close()

    async def _connected(self) -> None:
        if self.sync_connection is None:
            await self.start()


class Database:
    """The process's engine and session factory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = make_engine(settings)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # The same pool; each connection is put in autocommit mode as it is checked out.
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self.driver_pool = (
            None
            if settings.is_sqlite
            else DriverPool(self.engine.url, settings.db_pool_size, postgres_connect_args(settings))
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            try:
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                await _undo_outside(session)
                raise

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Reader]:
        """A connection for reads only: no BEGIN and COMMIT around them (two round trips fewer
        on PostgreSQL) and no ORM session; each statement sees what was committed when it
        starts. It connects on first use (`Reader`).

        Closed without `AsyncConnection.__aexit__`'s shield, a task of its own and a turn of
        the event loop per request: returning a connection that holds no transaction does no
        I/O, so there is no point at which a cancellation could cut the return short. The one
        return that does I/O (a pool over its size closing the connection) can be cut short,
        and the pool then discards the connection."""
        reader = Reader(self._autocommit, self.driver_pool)
        try:
            yield reader
        finally:
            await reader.close()

    def pool_use(self) -> dict[str, tuple[int, int, int]]:
        """(in use, idle, capacity) of each of this process's pools, for the metrics."""
        pool: Any = self.engine.sync_engine.pool
        checked_out = getattr(pool, "checkedout", None)
        use: dict[str, tuple[int, int, int]] = {}
        if checked_out is not None:  # a queue pool; SQLite's in-memory pool keeps no count
            use["sqlalchemy"] = (checked_out(), pool.checkedin(), pool.size())
        if self.driver_pool is not None:
            use["driver"] = self.driver_pool.use()
        return use

    async def dispose(self) -> None:
        if self.driver_pool is not None:
            await self.driver_pool.close()
        await self.engine.dispose()
