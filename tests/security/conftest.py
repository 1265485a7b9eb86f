"""One app per security module, shared by its tests.

The security suite proves properties across every route, which needs many objects; building
them once per module (rather than per test) keeps the suite fast. Tests here must therefore
leave the shared objects as they found them, which is exactly what most of them assert.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from openwyn.app import create_app
from openwyn.config import Settings
from tests.conftest import SLOW_MACHINE_SECONDS, TEST_SECRET
from tests.fixtures.api import Api, TenantHandle, make_tenant


@pytest.fixture(scope="module")
def shared_settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    # As tests/conftest.py's `settings`, for a module instead of a test.
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
        files_dir=tmp_path_factory.mktemp("security_files"),
        public_url="http://openwyn.test",
    )


@pytest.fixture(scope="module")
async def shared_app(shared_settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(shared_settings)
    yield application
    await application.state.ctx.aclose()


@pytest.fixture(scope="module")
async def shared_api(shared_app: FastAPI) -> AsyncIterator[Api]:
    async with Api.for_app(shared_app) as client:
        yield client


@pytest.fixture(scope="module")
async def intruder(shared_app: FastAPI, shared_api: Api) -> TenantHandle:
    """Tenant B: an API_ADMIN (which holds every record and custom-type role too) aiming at
    tenant A's objects."""
    return await make_tenant(shared_app, shared_api)
