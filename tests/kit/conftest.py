"""One engine per test module for the query-language tests.

SQLite (a temporary file) by default; PostgreSQL when ``OPENWYN_TEST_DATABASE_URL`` names one,
in a fresh schema of its own because other suites share that database. Connections are set up
as the application sets up its own: on SQLite, LIKE is made case-sensitive. ``REGEXP`` is
deliberately not registered here, to prove that the SQLite dialect registers it by itself.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.schema import CreateSchema, DropSchema

POSTGRES_URL = os.environ.get("OPENWYN_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


def _case_sensitive_like(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA case_sensitive_like = ON")
    cursor.close()


@pytest.fixture(scope="module")
async def engine(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[AsyncEngine]:
    if not POSTGRES_URL:
        path = tmp_path_factory.mktemp("kit_query") / "query.db"
        sqlite = create_async_engine(f"sqlite+aiosqlite:///{path}")
        event.listen(sqlite.sync_engine, "connect", _case_sensitive_like)
        yield sqlite
        await sqlite.dispose()
        return
    schema = f"kit_query_{uuid.uuid4().hex[:12]}"
    base = create_async_engine(POSTGRES_URL)
    async with base.begin() as connection:
        await connection.execute(CreateSchema(schema))
    try:
        yield base.execution_options(schema_translate_map={None: schema})
    finally:
        async with base.begin() as connection:
            await connection.execute(DropSchema(schema, cascade=True))
        await base.dispose()
