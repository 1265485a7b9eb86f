"""The migrations build exactly the schema the models declare, on both databases."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from openwyn.models import Base

pytestmark = pytest.mark.anyio


# Built by raw SQL on PostgreSQL only (a GIN index over JSONB), so the models cannot declare it.
POSTGRESQL_ONLY = {"ix_custom_records_tenant_id_data"}


def _declared(obj: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    return not (kind == "index" and reflected and name in POSTGRESQL_ONLY)


def _differences(connection: Connection) -> list[Any]:
    options = {"compare_type": True, "include_object": _declared}
    context = MigrationContext.configure(connection, opts=options)
    return list(compare_metadata(context, Base.metadata))


async def test_the_migrated_database_matches_the_models(database_url: str) -> None:
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            differences = await connection.run_sync(_differences)
    finally:
        await engine.dispose()
    assert differences == []
