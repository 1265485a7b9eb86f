"""Test harness: a migrated database per run (SQLite by default, PostgreSQL when
OPENWYN_TEST_DATABASE_URL says so), a fresh app per test and a fresh tenant per test."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi import FastAPI

from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.migrations import runner
from tests.fixtures.api import Api, TenantHandle, make_tenant

TEST_SECRET = "test-secret-" + "x" * 40
SLOW_MACHINE_SECONDS = 120.0
POSTGRES_URL = os.environ.get("OPENWYN_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


async def _admin_execute(url: str, statement: str) -> None:
    import asyncpg

    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


@contextmanager
def empty_database(directory: Path) -> Iterator[str]:
    """The URL of a new, empty database: a file in `directory`, or one on the PostgreSQL
    under test, dropped afterwards."""
    if not POSTGRES_URL:
        yield f"sqlite+aiosqlite:///{directory / 'openwyn.db'}"
        return
    name = f"openwyn_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin_execute(POSTGRES_URL, f'CREATE DATABASE "{name}"'))
    try:
        yield POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        asyncio.run(_admin_execute(POSTGRES_URL, f'DROP DATABASE "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A freshly migrated database for this run, dropped afterwards."""
    with empty_database(tmp_path_factory.mktemp("db")) as url:
        runner.upgrade(url)
        yield url


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        jwt_secret=TEST_SECRET,
        rate_limit_per_key=100_000,
        rate_limit_token_per_address=100_000,
        rate_limit_anonymous_per_address=100_000,
        access_log=False,
        # A loaded machine is slow, not broken: waits for a connection or a statement are bounded
        # generously, so that only a real failure (never a slow moment) answers 503 or 504.
        db_connect_timeout_seconds=SLOW_MACHINE_SECONDS,
        db_statement_timeout_seconds=SLOW_MACHINE_SECONDS,
        files_dir=tmp_path / "files",
        public_url="http://openwyn.test",  # the in-process client's base URL (fixtures/api.py)
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    yield application
    await application.state.ctx.aclose()


@pytest.fixture
async def api(app: FastAPI) -> AsyncIterator[Api]:
    async with Api.for_app(app) as client:
        yield client


@pytest.fixture
async def tenant(app: FastAPI, api: Api) -> TenantHandle:
    return await make_tenant(app, api)


@pytest.fixture
async def other_tenant(app: FastAPI, api: Api) -> TenantHandle:
    return await make_tenant(app, api)
