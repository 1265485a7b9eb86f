"""The connections of the driver's reads (kit/driver.py): a pool of plain asyncpg connections.

asyncpg's own pool prepares every connection for code that may leave anything behind on it:
a checkout runs in a timeout scope and hands out a proxy object with an inactivity timer, and a
return runs a reset under a timeout inside a shielded task of its own. Measured with callgrind
on `GET /gql/v1/client/{id}`, that came to 164,000 instructions a get, a quarter of it. The
driver's reads are single statements in autocommit and leave nothing on a connection, so here
a checkout and a return are a list operation, and only a caller who finds every connection in
use waits, up to the connect timeout.

What asyncpg's pool guarded against is handled where it arises. A statement the database
refused leaves its connection usable; any other failure, and a cancellation in the middle of a
statement, closes the connection (`driver.fetch`), and a closed connection is never reused. A
lost connection makes `expire` replace all the others before their next use, as the server may
have restarted. A connection idle for `IDLE_SECONDS` is replaced rather than trusted.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

import asyncpg
import orjson
from sqlalchemy.engine import URL

# asyncpg's pool closes a connection idle for five minutes; so does this one, before reuse.
IDLE_SECONDS = 300.0


class DriverPool:
    """Up to `size` connections, opened as needed, set up as SQLAlchemy's asyncpg dialect sets
    up its own (the same server settings and timeouts, the same JSON codecs), so a read gives
    the same values on either. The most recently returned connection is handed out first."""

    def __init__(self, url: URL, size: int, connect_args: Mapping[str, Any]) -> None:
        self.dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.size = size
        self.connect_args = dict(connect_args)
        self._idle: list[tuple[asyncpg.Connection, float]] = []  # with when each came back
        self._generation_of: dict[asyncpg.Connection, int] = {}  # every open connection
        self._generation = 0
        self._connecting = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> asyncpg.Connection:
        while True:
            connection = self._take_idle()
            if connection is not None:
                return connection
            if len(self._generation_of) + self._connecting < self.size:
                return await self._connect()
            await self._wait_turn()

    def release(self, connection: asyncpg.Connection) -> None:
        """Give a connection back; one that closed, or that an `expire` since its checkout
        made stale, is closed and its place freed."""
        fresh = self._generation_of.get(connection) == self._generation
        if fresh and not connection.is_closed() and not connection.is_in_transaction():
            self._idle.append((connection, time.monotonic()))
            self._wake_one()
        else:
            self._discard(connection)

    def use(self) -> tuple[int, int, int]:
        """(in use, idle, capacity), for the metrics."""
        idle = len(self._idle)
        return len(self._generation_of) - idle, idle, self.size

    def expire(self) -> None:
        """After a connection failed: every other may be as dead (the server restarted), so
        each is replaced before its next use instead of failing a request of its own."""
        self._generation += 1
        self._discard_idle()

    async def close(self) -> None:
        """Close the idle connections, and the others as they come back; the pool opens new
        ones if it is used again."""
        self._generation += 1
        idle, self._idle = self._idle, []
        for connection, _since in idle:
            self._generation_of.pop(connection, None)
        closing = [connection.close(timeout=self.connect_args["timeout"]) for connection, _ in idle]
        await asyncio.gather(*closing, return_exceptions=True)

    def _take_idle(self) -> asyncpg.Connection | None:
        if self._idle and time.monotonic() - self._idle[-1][1] >= IDLE_SECONDS:
            self._discard_idle()  # the newest came back that long ago: so did every other
        while self._idle:
            connection, _since = self._idle.pop()
            if not connection.is_closed():
                return connection
            self._discard(connection)
        return None

    async def _connect(self) -> asyncpg.Connection:
        self._connecting += 1
        try:
            connection: asyncpg.Connection = await asyncpg.connect(self.dsn, **self.connect_args)
            try:
                await _json_codecs(connection)
            except BaseException:
                connection.terminate()
                raise
        except BaseException:
            self._wake_one()  # the place this caller would have taken is free again
            raise
        finally:
            self._connecting -= 1
        self._generation_of[connection] = self._generation
        return connection

    async def _wait_turn(self) -> None:
        """Until a connection comes back or a place frees; TimeoutError after the connect
        timeout, as asyncpg's pool gives."""
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(self.connect_args["timeout"]):
                await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._wake_one()  # woken, then cancelled: the turn goes to the next caller
            raise
        finally:
            with contextlib.suppress(ValueError):
                self._waiters.remove(waiter)

    def _wake_one(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _discard_idle(self) -> None:
        idle, self._idle = self._idle, []
        for connection, _since in idle:
            self._discard(connection)

    def _discard(self, connection: asyncpg.Connection) -> None:
        """Close `connection` at once (no goodbye to a server that may be gone) and free its
        place for a caller waiting for one."""
        self._generation_of.pop(connection, None)
        connection.terminate()
        self._wake_one()


async def _json_codecs(connection: asyncpg.Connection) -> None:
    """SQLAlchemy's asyncpg dialect's codecs: text in (bind processors serialise), parsed
    values out."""
    await connection.set_type_codec(
        "json", encoder=str.encode, decoder=orjson.loads, schema="pg_catalog", format="binary"
    )
    await connection.set_type_codec(
        "jsonb",
        encoder=lambda text: b"\x01" + text.encode(),
        decoder=lambda raw: orjson.loads(raw[1:]),
        schema="pg_catalog",
        format="binary",
    )
