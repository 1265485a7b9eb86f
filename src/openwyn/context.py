"""What one process shares between requests: settings, database, limiter and caches."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from starlette.requests import Request

from openwyn.auth.tokens import VerifiedTokens
from openwyn.config import Settings
from openwyn.db import Database
from openwyn.files.storage import FileStorage, LocalStorage
from openwyn.web.ratelimit import Limiter, make_key_limiter, make_limiter

if TYPE_CHECKING:
    from openwyn.webhooks.worker import Supervisor


@dataclass
class KeyStatus:
    tenant_id: int
    usable: bool
    checked_at: float


@dataclass
class AppContext:
    settings: Settings
    db: Database
    limiter: Limiter  # exact: the token exchange and anonymous callers
    key_limiter: Limiter  # per API key, on every authenticated request
    files: FileStorage
    tokens: VerifiedTokens
    key_status: dict[int, KeyStatus] = field(default_factory=dict)
    key_refreshes: dict[int, asyncio.Task[None]] = field(default_factory=dict)
    # The in-process webhook worker, once started (settings.run_webhook_worker).
    webhook_worker: Supervisor | None = None

    @classmethod
    def build(cls, settings: Settings) -> AppContext:
        db = Database(settings)
        files = LocalStorage(settings.resolved_files_dir())
        return cls(
            settings=settings,
            db=db,
            limiter=make_limiter(settings, db),
            key_limiter=make_key_limiter(settings, db),
            files=files,
            tokens=VerifiedTokens(settings),
        )

    async def aclose(self) -> None:
        # Waited for, not cancelled: each is one short read, and a query cancelled under
        # asyncpg leaves a cancel request of its own running past the event loop.
        await asyncio.gather(*self.key_refreshes.values(), return_exceptions=True)
        await self.key_limiter.flush()
        await self.db.dispose()


def context_of(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx


@asynccontextmanager
async def transaction(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's unit of work: committed before the answer is built, rolled back on error."""
    async with context_of(request).db.session() as session:
        yield session


@asynccontextmanager
async def reading(request: Request) -> AsyncIterator[AsyncConnection]:
    """The request's reads, outside any transaction: for routes that write nothing."""
    async with context_of(request).db.reader() as connection:
        yield connection


def request_id_of(request: Request) -> str:
    return str(request.scope.get("state", {}).get("request_id", ""))


def public_base_url(request: Request) -> str:
    """Where clients reach this server, for the links it sends (pay links, portal links):
    OPENWYN_PUBLIC_URL, else the request's own base URL."""
    public = context_of(request).settings.public_url
    return (public or str(request.base_url)).rstrip("/")
