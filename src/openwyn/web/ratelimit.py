"""Sliding-window rate limits: per process on SQLite, shared through PostgreSQL otherwise.

A window is cut into `SLOTS` slots; a hit is allowed while the allowed hits of the slots that
overlap the last window (the current slot and every slot that began less than a window before
it) number fewer than the limit. Those slots cover more than the last window, never less, so
in any span of one window length at most `limit` hits are allowed, also across the boundary
where a fixed window would let twice the limit through; the price is that a hit is remembered
up to one slot (a sixtieth of the window) longer than the window. Refused hits are not counted,
so a client that keeps calling too fast is let through again as its earlier hits age out.

On PostgreSQL two kinds share the counter table (one row per bucket and slot).
`PostgresLimiter` decides in a transaction that holds an advisory lock on the bucket: exact
across processes, for the small limits that guard the token exchange and anonymous callers.
`BatchedPostgresLimiter` decides the per-key limit of every authenticated request in memory
and adds its counts to the shared table in one statement every quarter second, without the
request waiting: a write transaction per request would cost more than the request itself. Its
decisions use the shared counts as of the last sync plus this process's hits since, so the
limit holds across processes to within a quarter second of the others' traffic.

The maintained `limits` library implements the same moving-window and sliding-window-counter
strategies, but its shared storages are Redis, Memcached and MongoDB: it cannot keep the
counts in the PostgreSQL the processes already share, which is what the contract asks for
(§4: limits hold across processes that share PostgreSQL), so it is not used.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import ColumnElement, Delete, Insert, Table, delete, func, select
from sqlalchemy.dialects.postgresql import insert

from openwyn.kit import driver
from openwyn.models import RateLimitCounter
from openwyn.models.base import table_of

if TYPE_CHECKING:
    from openwyn.config import Settings
    from openwyn.db import Database, Reader

# One hit (or sync) in this many also deletes slots that left the window, keeping the table small.
_PRUNE_ONE_IN = 500
SLOTS = 60
SYNC_SECONDS = 0.25
COUNTERS: Table = table_of(RateLimitCounter)
Clock = Callable[[], float]
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


@dataclass(frozen=True)
class Window:
    """The slots of a sliding window, in epoch milliseconds (a slot is named by its start)."""

    seconds: int

    @property
    def span_ms(self) -> int:
        return self.seconds * 1000

    @property
    def slot_ms(self) -> int:
        return max(1, self.span_ms // SLOTS)

    def slot(self, now_ms: int) -> int:
        return now_ms - now_ms % self.slot_ms

    def oldest(self, now_ms: int) -> int:
        """The first slot still counted at `now_ms`."""
        return self.slot(now_ms) - self.span_ms

    def decide(self, counts: Mapping[int, int], limit: int, now_ms: int) -> Decision:
        """Whether one more hit fits beside the allowed hits `counts` (per slot, only slots
        still counted); the caller records the hit if it is allowed."""
        used = sum(counts.values())
        if used < limit:
            with_hit = Counter(counts)
            with_hit[self.slot(now_ms)] += 1
            # Reset: when the oldest hit counted, this one included, leaves the window.
            return Decision(limit, limit - used - 1, self._seconds_until(with_hit, 1, now_ms))
        # Retry-After: when enough hits have left the window for one more to fit.
        return Decision(limit, -1, self._seconds_until(counts, used - limit + 1, now_ms))

    def _seconds_until(self, counts: Mapping[int, int], leaving: int, now_ms: int) -> int:
        gone = 0
        for slot in sorted(counts):
            gone += counts[slot]
            if gone >= leaving:
                # A slot is counted until the current slot starts a window after its end.
                expires_ms = slot + self.span_ms + self.slot_ms
                return max(1, math.ceil((expires_ms - now_ms) / 1000))
        return max(1, self.seconds)


def _now_ms(clock: Clock) -> int:
    return int(clock() * 1000)


class MemoryLimiter:
    def __init__(self, window_seconds: int, clock: Clock = time.time) -> None:
        self.window = Window(window_seconds)
        self.clock = clock
        self._counts: dict[str, Counter[int]] = {}

    async def hit(self, bucket: str, limit: int) -> Decision:
        now_ms = _now_ms(self.clock)
        oldest = self.window.oldest(now_ms)
        counts = self._counts.setdefault(bucket, Counter())
        for slot in [slot for slot in counts if slot < oldest]:
            del counts[slot]
        decision = self.window.decide(counts, limit, now_ms)
        if decision.allowed:
            counts[self.window.slot(now_ms)] += 1
        if len(self._counts) > 100_000:
            self._counts = {k: v for k, v in self._counts.items() if max(v, default=0) >= oldest}
        return decision

    async def flush(self) -> None:
        return None


# Adds each (bucket, slot) row's count to the shared one and answers every counted slot of the
# buckets sent: the rows it wrote (as written) and the older ones (as committed). One fixed
# statement over arrays, prepared once per connection whatever the number of rows, run on the
# driver in autocommit (a single statement needs no transaction of its own).
_ADD_COUNTS = driver.Prepared(
    sql=(
        "WITH added AS ("
        "INSERT INTO rate_limit_counters (bucket, window_start, count) "
        "SELECT * FROM unnest($1::varchar[], $2::bigint[], $3::integer[]) "
        "ON CONFLICT (bucket, window_start) "
        "DO UPDATE SET count = rate_limit_counters.count + excluded.count "
        "RETURNING bucket, window_start, count) "
        "SELECT bucket, window_start, count FROM added "
        "UNION ALL "
        "SELECT c.bucket, c.window_start, c.count FROM rate_limit_counters c "
        "WHERE c.bucket = ANY($1::varchar[]) AND c.window_start >= $4 "
        "AND NOT EXISTS (SELECT 1 FROM added a "
        "WHERE a.bucket = c.bucket AND a.window_start = c.window_start)"
    ),
    order=("buckets", "starts", "counts", "oldest"),
    carried={},
    processors={},
)
Slots = dict[str, Counter[int]]  # bucket -> allowed hits per slot


async def _add_counts(conn: Reader, counts: Mapping[tuple[str, int], int], oldest: int) -> Slots:
    keys = list(counts)
    values = {
        "buckets": [bucket for bucket, _ in keys],
        "starts": [start for _, start in keys],
        "counts": [counts[key] for key in keys],
        "oldest": oldest,
    }
    shared: Slots = {}
    for bucket, slot, count in await driver.fetch(conn, _ADD_COUNTS, values):
        shared.setdefault(bucket, Counter())[slot] = count
    return shared


def _prune_statement(oldest: int) -> Delete:
    return delete(COUNTERS).where(COUNTERS.c.window_start < oldest)


def _prune_now() -> bool:
    return random.randrange(_PRUNE_ONE_IN) == 0  # noqa: S311 - not security relevant


class PostgresLimiter:
    """Exact across processes: each decision holds the bucket's advisory lock while it reads
    the counted slots and records the hit, so two processes never both take the last one."""

    def __init__(self, db: Database, window_seconds: int, clock: Clock = time.time) -> None:
        self.db = db
        self.window = Window(window_seconds)
        self.clock = clock

    async def hit(self, bucket: str, limit: int) -> Decision:
        now_ms = _now_ms(self.clock)
        slot, oldest = self.window.slot(now_ms), self.window.oldest(now_ms)
        async with self.db.session() as session:
            await session.execute(select(func.pg_advisory_xact_lock(_lock_key(bucket))))
            counted = await session.execute(
                select(COUNTERS.c.window_start, COUNTERS.c.count).where(
                    COUNTERS.c.bucket == bucket, COUNTERS.c.window_start >= oldest
                )
            )
            decision = self.window.decide({row[0]: row[1] for row in counted}, limit, now_ms)
            if decision.allowed:
                await session.execute(_add_one(bucket, slot))
            if _prune_now():
                await session.execute(_prune_statement(oldest))
        return decision

    async def flush(self) -> None:
        return None


def _lock_key(bucket: str) -> ColumnElement[int]:
    # A 64-bit key of the bucket's name, apart from other advisory locks by its prefix.
    key: ColumnElement[int] = func.hashtextextended(f"ratelimit:{bucket}", 0)
    return key


def _add_one(bucket: str, slot: int) -> Insert:
    statement = insert(COUNTERS).values(bucket=bucket, window_start=slot, count=1)
    return statement.on_conflict_do_update(
        index_elements=[COUNTERS.c.bucket, COUNTERS.c.window_start],
        set_={"count": COUNTERS.c.count + 1},
    )


class BatchedPostgresLimiter:
    def __init__(self, db: Database, window_seconds: int, clock: Clock = time.time) -> None:
        self.db = db
        self.window = Window(window_seconds)
        self.clock = clock
        self._shared: Slots = {}  # counted slots as of the last sync
        self._pending: Counter[tuple[str, int]] = Counter()  # this process's hits since
        self._sending: Counter[tuple[str, int]] = Counter()  # the hits of the sync under way
        self._last_sync = 0.0
        self._sync: asyncio.Task[None] | None = None

    async def hit(self, bucket: str, limit: int) -> Decision:
        now_ms = _now_ms(self.clock)
        slot, oldest = self.window.slot(now_ms), self.window.oldest(now_ms)
        counts = Counter(self._shared.get(bucket, {}))
        for local in (self._sending, self._pending):
            counts.update({s: n for (b, s), n in local.items() if b == bucket})
        decision = self.window.decide(
            {s: n for s, n in counts.items() if s >= oldest}, limit, now_ms
        )
        if decision.allowed:
            self._pending[(bucket, slot)] += 1
        self._sync_soon()
        return decision

    async def flush(self) -> None:
        if self._sync is not None:
            await self._sync
        if self._pending:
            await self._send()

    def _sync_soon(self) -> None:
        idle = self._sync is None or self._sync.done()
        if idle and time.monotonic() - self._last_sync >= SYNC_SECONDS:
            self._last_sync = time.monotonic()
            self._sync = asyncio.create_task(self._send())

    async def _send(self) -> None:
        """Add this process's pending hits to the shared counts and read back every counted
        slot of their buckets."""
        oldest = self.window.oldest(_now_ms(self.clock))
        self._sending, self._pending = self._pending, Counter()
        current = {key: count for key, count in self._sending.items() if key[1] >= oldest}
        try:
            async with self.db.reader() as conn:
                shared = await _add_counts(conn, current, oldest) if current else {}
                if _prune_now():
                    await conn.execute(_prune_statement(oldest))
        except Exception as error:  # the database is down: keep counting here, send later
            log.warning("rate-limit counts not shared yet: %s", error.__class__.__name__)
            self._pending.update(self._sending)
            self._sending = Counter()
            return
        self._sending = Counter()
        self._shared = {
            bucket: slots
            for bucket, slots in self._shared.items()
            if max(slots, default=oldest - 1) >= oldest
        }
        self._shared.update(shared)


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
