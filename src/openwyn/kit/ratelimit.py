"""Fixed-window rate limits: per process on SQLite, shared through PostgreSQL otherwise.

On PostgreSQL two kinds share the counter table. `PostgresLimiter` counts every hit in the
database before deciding: exact across processes, for the small limits that guard the token
exchange and anonymous callers. `BatchedPostgresLimiter` counts the per-key limit of every
authenticated request in memory and adds its counts to the shared table in one statement every
quarter second, without the request waiting: a write transaction per request would cost more
than the request itself. Its decisions use the shared total as of the last sync plus this
process's hits since, so the limit holds across processes to within a quarter second of the
others' traffic.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Table, delete

from openwyn.kit import driver
from openwyn.models import RateLimitCounter
from openwyn.models.base import table_of

if TYPE_CHECKING:
    from openwyn.config import Settings
    from openwyn.db import Database, Reader

# One hit (or sync) in this many also deletes windows that ended, keeping the table small.
_PRUNE_ONE_IN = 500
SYNC_SECONDS = 0.25
COUNTERS: Table = table_of(RateLimitCounter)
log = logging.getLogger("openwyn.ratelimit")


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

    async def flush(self) -> None:
        """Share every count not yet shared (at shutdown)."""


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

    async def flush(self) -> None:
        return None


# Adds each (bucket, window) row's count to the shared one and returns the totals: one fixed
# statement over arrays, prepared once per connection, whatever the number of rows, and run
# on the driver in autocommit (a single statement needs no transaction of its own).
_ADD_COUNTS = driver.Prepared(
    sql=(
        "INSERT INTO rate_limit_counters (bucket, window_start, count) "
        "SELECT * FROM unnest($1::varchar[], $2::bigint[], $3::integer[]) "
        "ON CONFLICT (bucket, window_start) "
        "DO UPDATE SET count = rate_limit_counters.count + excluded.count "
        "RETURNING bucket, window_start, count"
    ),
    order=("buckets", "starts", "counts"),
    carried={},
    processors={},
)


async def _add_counts(
    conn: Reader, counts: dict[tuple[str, int], int]
) -> list[tuple[str, int, int]]:
    keys = list(counts)
    values = {
        "buckets": [bucket for bucket, _ in keys],
        "starts": [start for _, start in keys],
        "counts": [counts[key] for key in keys],
    }
    return [(row[0], row[1], row[2]) for row in await driver.fetch(conn, _ADD_COUNTS, values)]


async def _prune_sometimes(conn: Reader, current_start: int) -> None:
    if random.randrange(_PRUNE_ONE_IN) == 0:  # noqa: S311 - not security relevant
        await conn.execute(delete(COUNTERS).where(COUNTERS.c.window_start < current_start))


class PostgresLimiter:
    def __init__(self, db: Database, window_seconds: int) -> None:
        self.db = db
        self.window_seconds = window_seconds

    async def hit(self, bucket: str, limit: int) -> Decision:
        start, reset = _window(self.window_seconds)
        async with self.db.reader() as conn:
            count = (await _add_counts(conn, {(bucket, start): 1}))[0][2]
            await _prune_sometimes(conn, start)
        return Decision(limit, limit - count, reset)

    async def flush(self) -> None:
        return None


class BatchedPostgresLimiter:
    def __init__(self, db: Database, window_seconds: int) -> None:
        self.db = db
        self.window_seconds = window_seconds
        self._shared: dict[tuple[str, int], int] = {}  # totals as of the last sync
        self._pending: Counter[tuple[str, int]] = Counter()  # this process's hits since
        self._sending: Counter[tuple[str, int]] = Counter()  # the hits of the sync under way
        self._last_sync = 0.0
        self._sync: asyncio.Task[None] | None = None

    async def hit(self, bucket: str, limit: int) -> Decision:
        start, reset = _window(self.window_seconds)
        key = (bucket, start)
        self._pending[key] += 1
        count = self._shared.get(key, 0) + self._sending[key] + self._pending[key]
        self._sync_soon(start)
        return Decision(limit, limit - count, reset)

    async def flush(self) -> None:
        if self._sync is not None:
            await self._sync
        if self._pending:
            await self._send(_window(self.window_seconds)[0])

    def _sync_soon(self, current_start: int) -> None:
        idle = self._sync is None or self._sync.done()
        if idle and time.monotonic() - self._last_sync >= SYNC_SECONDS:
            self._last_sync = time.monotonic()
            self._sync = asyncio.create_task(self._send(current_start))

    async def _send(self, current_start: int) -> None:
        """Add this process's pending hits to the shared counts and read back the totals."""
        self._sending, self._pending = self._pending, Counter()
        current = {key: count for key, count in self._sending.items() if key[1] >= current_start}
        try:
            async with self.db.reader() as conn:
                totals = await _add_counts(conn, current) if current else []
                await _prune_sometimes(conn, current_start)
        except Exception as error:  # the database is down: keep counting here, send later
            log.warning("rate-limit counts not shared yet: %s", error.__class__.__name__)
            self._pending.update(self._sending)
            self._sending = Counter()
            return
        self._sending = Counter()
        self._shared = {
            key: count for key, count in self._shared.items() if key[1] >= current_start
        }
        self._shared.update({(bucket, start): count for bucket, start, count in totals})


def make_limiter(settings: Settings, db: Database) -> Limiter:
    """The exact limiter: the token exchange and anonymous callers."""
    if db.dialect == "postgresql":
        return PostgresLimiter(db, settings.rate_limit_window_seconds)
    return MemoryLimiter(settings.rate_limit_window_seconds)


def make_key_limiter(settings: Settings, db: Database) -> Limiter:
    """The limiter of every authenticated request: per API key, counted without a round trip."""
    if db.dialect == "postgresql":
        return BatchedPostgresLimiter(db, settings.rate_limit_window_seconds)
    return MemoryLimiter(settings.rate_limit_window_seconds)
