"""The driver's pool (PostgreSQL): reuse, its size, waiting, and never handing out a connection
that failed, was cancelled mid-statement, went stale or sat idle too long."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest
from fastapi import FastAPI
from sqlalchemy import Integer, func, select

from openwyn.db import postgres_connect_args
from openwyn.kit import driver, pool
from openwyn.kit.pool import DriverPool
from tests.conftest import POSTGRES_URL, SLOW_MACHINE_SECONDS
from tests.kit.backends import running

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(not POSTGRES_URL, reason="the driver pool is PostgreSQL's"),
]


async def _pool(app: FastAPI, wait_seconds: float) -> AsyncIterator[DriverPool]:
    db = app.state.ctx.db
    args = postgres_connect_args(db.settings) | {"timeout": wait_seconds}
    made = DriverPool(db.engine.url, 2, args)
    yield made
    await made.close()


@pytest.fixture
async def small_pool(app: FastAPI) -> AsyncIterator[DriverPool]:
    """Two connections at most. A loaded machine may take more than a moment to connect, so
    the bound on a caller's wait is generous here: only the test of that bound sets it low."""
    async for made in _pool(app, SLOW_MACHINE_SECONDS):
        yield made


@pytest.fixture
async def impatient_pool(app: FastAPI) -> AsyncIterator[DriverPool]:
    """Two connections at most, and a caller waits half a second for one at most."""
    async for made in _pool(app, 0.5):
        yield made


async def _queued(waited_on: DriverPool) -> None:
    """Until a caller waits for a connection: the task runs up to its wait in a few turns of
    the loop (no I/O), so the bound in turns is generous."""
    for _ in range(1000):
        if waited_on._waiters:  # noqa: SLF001 - the pool's queue is what is waited for
            return
        await asyncio.sleep(0)  # one turn of the loop
    raise AssertionError("no caller waits for a connection")


async def _pid(connection: asyncpg.Connection) -> int:
    pid: int = await connection.fetchval("SELECT pg_backend_pid()")
    return pid


async def test_a_returned_connection_is_handed_out_again(small_pool: DriverPool) -> None:
    first = await small_pool.acquire()
    pid = await _pid(first)
    small_pool.release(first)
    again = await small_pool.acquire()
    assert again is first and await _pid(again) == pid
    # The JSON codecs are SQLAlchemy's: values parsed on the way out.
    assert await again.fetchval("SELECT CAST('{\"a\": [1]}' AS jsonb)") == {"a": [1]}
    small_pool.release(again)


async def test_a_caller_beyond_the_size_waits_for_a_connection_to_come_back(
    small_pool: DriverPool,
) -> None:
    held = [await small_pool.acquire(), await small_pool.acquire()]
    waiting = asyncio.create_task(small_pool.acquire())
    await _queued(small_pool)
    assert not waiting.done()
    small_pool.release(held[0])
    assert await waiting is held[0]
    for connection in (held[1], held[0]):
        small_pool.release(connection)


async def test_a_caller_waits_no_longer_than_the_connect_timeout(
    impatient_pool: DriverPool,
) -> None:
    held = [await impatient_pool.acquire(), await impatient_pool.acquire()]
    with pytest.raises(TimeoutError):
        await impatient_pool.acquire()
    for connection in held:
        impatient_pool.release(connection)
    # The caller that gave up left no claim behind: both connections are there to take.
    taken = [await impatient_pool.acquire(), await impatient_pool.acquire()]
    assert set(map(id, taken)) == set(map(id, held))
    for connection in taken:
        impatient_pool.release(connection)


async def test_a_closed_connection_frees_its_place_and_is_not_handed_out(
    small_pool: DriverPool,
) -> None:
    held = [await small_pool.acquire(), await small_pool.acquire()]
    waiting = asyncio.create_task(small_pool.acquire())
    await _queued(small_pool)
    held[0].terminate()
    small_pool.release(held[0])
    replacement = await waiting
    assert replacement is not held[0] and not replacement.is_closed()
    assert await replacement.fetchval("SELECT 1") == 1
    for connection in (replacement, held[1]):
        small_pool.release(connection)


async def test_expire_replaces_idle_connections_and_those_out_when_they_come_back(
    small_pool: DriverPool,
) -> None:
    idle, out = await small_pool.acquire(), await small_pool.acquire()
    small_pool.release(idle)
    small_pool.expire()
    assert idle.is_closed()
    small_pool.release(out)
    assert out.is_closed()
    fresh = await small_pool.acquire()
    assert fresh not in (idle, out) and await fresh.fetchval("SELECT 1") == 1
    small_pool.release(fresh)


async def test_a_connection_idle_too_long_is_replaced(
    small_pool: DriverPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, out = await small_pool.acquire(), await small_pool.acquire()
    small_pool.release(old)
    monkeypatch.setattr(pool, "IDLE_SECONDS", 0.0)
    fresh = await small_pool.acquire()
    assert fresh is not old and old.is_closed()
    monkeypatch.undo()
    # The one that was in use meanwhile was not idle: it comes back to the pool as it is.
    small_pool.release(out)
    assert not out.is_closed() and await small_pool.acquire() is out
    for connection in (out, fresh):
        small_pool.release(connection)


async def test_closing_closes_the_idle_connections_and_the_pool_opens_new_ones_after(
    small_pool: DriverPool,
) -> None:
    idle = await small_pool.acquire()
    small_pool.release(idle)
    await small_pool.close()
    assert idle.is_closed()
    fresh = await small_pool.acquire()
    assert fresh is not idle and await fresh.fetchval("SELECT 1") == 1
    small_pool.release(fresh)


async def test_a_read_cancelled_mid_statement_never_returns_its_connection(app: FastAPI) -> None:
    db = app.state.ctx.db
    sleep = driver.prepare(select(func.pg_sleep(5, type_=Integer)), db.engine.dialect, ())
    backend = driver.prepare(select(func.pg_backend_pid(type_=Integer)), db.engine.dialect, ())
    assert sleep is not None and backend is not None
    pids: list[int] = []

    async def sleeping_read() -> None:
        async with db.reader() as reader:
            pids.append((await driver.fetch(reader, backend, {}))[0][0])
            await driver.fetch(reader, sleep, {})

    read = asyncio.create_task(sleeping_read())
    async with db.reader() as watcher:
        await running(watcher, "pg_sleep")
    read.cancel()
    with pytest.raises(asyncio.CancelledError):
        await read
    async with db.reader() as reader:
        pid = (await driver.fetch(reader, backend, {}))[0][0]
    assert pids and pid != pids[0]
