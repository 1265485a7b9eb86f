"""Engine and sessions: one code path for SQLite (the default) and PostgreSQL.

``Reads`` is what read paths take: a session, or the plain connection of a route that only
reads (``Database.reader``).

The request owns the transaction: ``Database.session()`` commits when the block ends cleanly and
rolls back on any error. Services flush when they need ids; they never commit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
import regex
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

from openwyn.config import Settings

Reads = AsyncSession | AsyncConnection
IDLE_IN_TRANSACTION_MS = 60_000


# The `where` language's `_regex` on SQLite runs here, in Python, once per row it examines.
# The `regex` engine releases the GIL while it matches (the server keeps serving) and gives up
# on a value after this long, failing the statement: a pathological pattern cannot stall the
# process. PostgreSQL's own engine is bounded by the statement timeout instead.
REGEX_SECONDS_PER_VALUE = 0.1
REGEX_TIMED_OUT = "user-defined function raised exception"  # how SQLite reports it


def sqlite_regexp(pattern: str, value: str | None) -> bool | None:
    if value is None:
        return None
    match = regex.search(pattern, value, timeout=REGEX_SECONDS_PER_VALUE, concurrent=True)
    return match is not None


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Replaces the `re`-based REGEXP that SQLAlchemy registers, which holds the GIL throughout.
    dbapi_connection.create_function("regexp", 2, sqlite_regexp, deterministic=True)
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


def make_engine(settings: Settings) -> AsyncEngine:
    if settings.is_sqlite:
        engine = create_async_engine(
            settings.database_url, connect_args={"timeout": 5}, json_deserializer=orjson.loads
        )
        event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
        return engine
    statement_ms = int(settings.db_statement_timeout_seconds * 1000)
    # No ping before each checkout (three round trips with asyncpg, twice a request): a
    # connection the server dropped fails its request with 503, and SQLAlchemy then discards
    # every pooled connection of the same age, so one request per process sees a restart.
    return create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_pool_size,
        pool_recycle=1800,
        pool_timeout=settings.db_connect_timeout_seconds,
        json_deserializer=orjson.loads,
        connect_args={
            "timeout": settings.db_connect_timeout_seconds,
            "command_timeout": settings.db_statement_timeout_seconds,
            "server_settings": {
                "statement_timeout": str(statement_ms),
                # A transaction left open holds back the change feed and webhooks, which hand
                # out only what is older than the oldest running transaction.
                "idle_in_transaction_session_timeout": str(IDLE_IN_TRANSACTION_MS),
                "timezone": "UTC",
            },
        },
    )


def sync_engine_of(engine: AsyncEngine) -> Engine:
    return engine.sync_engine


class Database:
    """The process's engine and session factory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = make_engine(settings)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

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
                raise

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[AsyncConnection]:
        """A connection for reads only: no BEGIN and COMMIT around them (two round trips fewer
        on PostgreSQL) and no ORM session; each statement sees what was committed when it
        starts."""
        async with self.engine.connect() as connection:
            yield await connection.execution_options(isolation_level="AUTOCOMMIT")

    async def dispose(self) -> None:
        await self.engine.dispose()
