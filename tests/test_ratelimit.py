"""Rate limits slide: in any span of one window, at most the limit is let through.

A fixed window lets the limit through at the end of one window and again at the start of the
next. These tests drive each limiter with a clock of their own (no waiting) through a burst
that straddles a window boundary, then count what was let through in every window-long span.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from fastapi import FastAPI

from openwyn.context import AppContext
from openwyn.web.ratelimit import BatchedPostgresLimiter, Limiter, MemoryLimiter, PostgresLimiter

pytestmark = pytest.mark.anyio

WINDOW = 60
LIMIT = 10


class FakeClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


LimiterFactory = Callable[[FakeClock], Limiter]


def _factories(ctx: AppContext) -> dict[str, LimiterFactory]:
    made: dict[str, LimiterFactory] = {"memory": lambda clock: MemoryLimiter(WINDOW, clock)}
    if ctx.db.dialect == "postgresql":
        made["postgres"] = lambda clock: PostgresLimiter(ctx.db, WINDOW, clock)
        made["batched"] = lambda clock: BatchedPostgresLimiter(ctx.db, WINDOW, clock)
    return made


@pytest.fixture(params=["memory", "postgres", "batched"])
def make_limiter(request: pytest.FixtureRequest, app: FastAPI) -> LimiterFactory:
    factories = _factories(app.state.ctx)
    if request.param not in factories:
        pytest.skip("a PostgreSQL limiter: runs when the suite runs on PostgreSQL")
    return factories[request.param]


def _most_in_one_window(allowed_at: list[float]) -> int:
    return max(
        sum(1 for other in allowed_at if start <= other < start + WINDOW) for start in allowed_at
    )


async def test_a_burst_across_a_window_boundary_lets_at_most_the_limit_through(
    make_limiter: LimiterFactory,
) -> None:
    # A fresh bucket, and a boundary of the fixed windows a minute-long limit used to reset at.
    bucket, boundary = f"burst:{uuid.uuid4().hex}", 1_800_000_000.0
    clock = FakeClock(boundary - 2)
    limiter = make_limiter(clock)
    allowed_at = []
    while clock.now < boundary + 2 * WINDOW:  # a call every 0.25 s for two windows and more
        if (await limiter.hit(bucket, LIMIT)).allowed:
            allowed_at.append(clock.now)
        clock.now += 0.25
    await limiter.flush()
    assert allowed_at[:LIMIT] == [boundary - 2 + 0.25 * i for i in range(LIMIT)]
    assert _most_in_one_window(allowed_at) == LIMIT
    # The limit slides on: the burst's hits age out and calls are let through again.
    assert len(allowed_at) >= 2 * LIMIT


async def test_retry_after_names_the_moment_a_call_is_let_through(
    make_limiter: LimiterFactory,
) -> None:
    bucket, start = f"retry:{uuid.uuid4().hex}", 1_800_000_030.0
    clock = FakeClock(start)
    limiter = make_limiter(clock)
    remaining = [(await limiter.hit(bucket, LIMIT)).remaining for _ in range(LIMIT)]
    assert remaining == list(range(LIMIT - 1, -1, -1))
    refused = await limiter.hit(bucket, LIMIT)
    assert not refused.allowed
    retry_after = int(refused.headers()["Retry-After"])
    assert WINDOW <= retry_after <= WINDOW + 2  # a minute, and at most a slot and a second more
    clock.now = start + retry_after - 1
    assert not (await limiter.hit(bucket, LIMIT)).allowed
    clock.now = start + retry_after
    assert (await limiter.hit(bucket, LIMIT)).allowed
    await limiter.flush()


async def test_refused_calls_do_not_count(make_limiter: LimiterFactory) -> None:
    """A client that keeps calling while refused is let through once its hits age out."""
    bucket, start = f"refused:{uuid.uuid4().hex}", 1_800_000_000.0
    clock = FakeClock(start)
    limiter = make_limiter(clock)
    for _ in range(LIMIT * 5):
        await limiter.hit(bucket, LIMIT)
    clock.now = start + WINDOW + 1
    assert (await limiter.hit(bucket, LIMIT)).remaining == LIMIT - 1
    await limiter.flush()


async def test_two_processes_share_one_sliding_count(app: FastAPI) -> None:
    ctx: AppContext = app.state.ctx
    if ctx.db.dialect != "postgresql":
        pytest.skip("SQLite runs one process; its counters live in memory")
    bucket, boundary = f"shared:{uuid.uuid4().hex}", 1_800_000_000.0
    clock = FakeClock(boundary - 1)
    first, second = PostgresLimiter(ctx.db, WINDOW, clock), PostgresLimiter(ctx.db, WINDOW, clock)
    allowed = 0
    for step in range(4 * LIMIT):  # alternating, straddling the boundary
        limiter = first if step % 2 == 0 else second
        allowed += (await limiter.hit(bucket, LIMIT)).allowed
        clock.now += 0.05
    assert allowed == LIMIT
