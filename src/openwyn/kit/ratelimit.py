"""Fixed-window rate limits: per process on SQLite, shared through PostgreSQL otherwise."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert

from openwyn.models import RateLimitCounter
from openwyn.models.base import table_of

if TYPE_CHECKING:
    from openwyn.config import Settings
    from openwyn.db import Database

# One hit in this many also deletes windows that ended, keeping the shared table small.
_PRUNE_ONE_IN = 500


@dataclass(frozen=True)
class Decision:
    limit: int
    remaining: int
    reset_seconds: int

    @property
    def allowed(self) -> bool:
        return self.remaining >= 0

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(self.remaining, 0)),
            "RateLimit-Reset": str(self.reset_seconds),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.reset_seconds)
        return headers


class Limiter(Protocol):
    async def hit(self, bucket: str, limit: int) -> Decision: ...


def _window(window_seconds: int) -> tuple[int, int]:
    now = time.time()
    start = int(now // window_seconds) * window_seconds
    return start, max(1, int(start + window_seconds - now + 0.999))


class MemoryLimiter:
    def __init__(self, window_seconds: int) -> None:
        self.window_seconds = window_seconds
        self._counts: dict[str, tuple[int, int]] = {}

    async def hit(self, bucket: str, limit: int) -> Decision:
        start, reset = _window(self.window_seconds)
        window, count = self._counts.get(bucket, (start, 0))
        count = count + 1 if window == start else 1
        self._counts[bucket] = (start, count)
        if len(self._counts) > 100_000:
            self._counts = {k: v for k, v in self._counts.items() if v[0] == start}
        return Decision(limit, limit - count, reset)


class PostgresLimiter:
    def __init__(self, db: Database, window_seconds: int) -> None:
        self.db = db
        self.window_seconds = window_seconds

    async def hit(self, bucket: str, limit: int) -> Decision:
        start, reset = _window(self.window_seconds)
        table = table_of(RateLimitCounter)
        upsert = (
            pg_insert(table)
            .values(bucket=bucket, window_start=start, count=1)
            .on_conflict_do_update(
                index_elements=["bucket", "window_start"], set_={"count": table.c.count + 1}
            )
            .returning(table.c.count)
        )
        async with self.db.engine.begin() as conn:
            count = (await conn.execute(upsert)).scalar_one()
            if random.randrange(_PRUNE_ONE_IN) == 0:  # noqa: S311 - not security relevant
                await conn.execute(delete(table).where(table.c.window_start < start))
        return Decision(limit, limit - count, reset)


def make_limiter(settings: Settings, db: Database) -> Limiter:
    if db.dialect == "postgresql":
        return PostgresLimiter(db, settings.rate_limit_window_seconds)
    return MemoryLimiter(settings.rate_limit_window_seconds)
