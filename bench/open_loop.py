"""Latency at a fixed request rate (wrk cannot hold a rate; wrk2 is not in Debian).

An open-loop client: request i is due at `start + i / rate` whatever happened to the earlier
ones, so a slow answer never holds back the next request (the coordinated omission a closed
loop suffers). Each request takes an idle keep-alive connection, or opens a new one, so a
stalled server meets more concurrent requests, as it would in production. A request's latency
runs from the moment it is written to the moment its whole answer has arrived; requests the
client itself sends late (its timer woke late) are counted so that a run that could not keep
its schedule says so.

Plain HTTP/1.1 over asyncio streams on uvloop keeps the client's own cost to a few tens of
microseconds per request, small beside the servers on the same two cores.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import uvloop

LATE_SECONDS = 0.002
# uvicorn closes a keep-alive connection idle for 5 s; never reuse one that old.
IDLE_SECONDS = 4.0


@dataclass(frozen=True)
class Latencies:
    milliseconds: list[float]  # sorted
    failures: Counter[int]  # status of every answer other than 200 (0: connection broken)
    late: int  # requests sent more than LATE_SECONDS after they were due
    seconds: float

    def percentile(self, fraction: float) -> float:
        """Nearest-rank percentile: the value below which `fraction` of the samples fall."""
        rank = math.ceil(fraction * len(self.milliseconds))
        return self.milliseconds[min(max(rank, 1), len(self.milliseconds)) - 1]

    @property
    def rate(self) -> float:
        return len(self.milliseconds) / self.seconds


def http_request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """One keep-alive HTTP/1.1 request, as bytes ready to write."""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.idle_since = time.perf_counter()

    def reusable(self) -> bool:
        fresh = time.perf_counter() - self.idle_since < IDLE_SECONDS
        return fresh and not self.reader.at_eof()

    async def exchange(self, request: bytes) -> int:
        """Send one request and read its whole answer; the status code."""
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(head[9:12])


class _Pool:
    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: list[_Connection] = []

    async def take(self) -> _Connection:
        while self.idle:
            connection = self.idle.pop()
            if connection.reusable():
                return connection
            connection.writer.close()
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        return _Connection(reader, writer)

    def give_back(self, connection: _Connection) -> None:
        connection.idle_since = time.perf_counter()
        self.idle.append(connection)

    def close(self) -> None:
        for connection in self.idle:
            connection.writer.close()


async def _one(pool: _Pool, request: bytes, due: float) -> tuple[float, int, bool]:
    """(latency in ms, status or 0 for a broken connection, sent late) for one request."""
    connection = await pool.take()
    sent = time.perf_counter()
    try:
        status = await connection.exchange(request)
    except (OSError, asyncio.IncompleteReadError):
        connection.writer.close()
        status = 0
    else:
        pool.give_back(connection)
    return (time.perf_counter() - sent) * 1000, status, sent - due > LATE_SECONDS


async def _send_all(pool: _Pool, requests: Sequence[bytes], dues: Sequence[float]) -> Latencies:
    """Each request at its due time (cycling through `requests`), then every answer awaited."""
    tasks = []
    for index, due in enumerate(dues):
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(_one(pool, requests[index % len(requests)], due)))
    results = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - dues[0]
    pool.close()
    return Latencies(
        milliseconds=sorted(latency for latency, _status, _late in results),
        failures=Counter(status for _latency, status, _late in results if status != 200),
        late=sum(late for _latency, _status, late in results),
        seconds=elapsed,
    )


async def _warm_pool(port: int) -> _Pool:
    """A pool with a few warm connections, so that the first requests do not pay a connect."""
    pool = _Pool(port)
    for connection in [await pool.take() for _ in range(8)]:
        pool.give_back(connection)
    return pool


async def _schedule(
    ports: Sequence[int], requests: Sequence[bytes], rate: float, seconds: float
) -> list[Latencies]:
    pools = [await _warm_pool(port) for port in ports]
    count = int(rate * seconds)
    start = time.perf_counter() + 0.01
    # Each target's requests are due at `rate`, the k-th's shifted by k/len(ports) of a period:
    # the targets take turns, and a stall of the machine falls on all of them alike.
    shifts = [k / (len(ports) * rate) for k in range(len(ports))]
    runs = [
        _send_all(pool, requests, [start + shift + index / rate for index in range(count)])
        for pool, shift in zip(pools, shifts, strict=True)
    ]
    return list(await asyncio.gather(*runs))


def fixed_rate(port: int, requests: Sequence[bytes], rate: float, seconds: float) -> Latencies:
    """Send `requests` (cycling) to 127.0.0.1:`port` at `rate` per second for `seconds`."""
    (latencies,) = interleaved([port], requests, rate, seconds)
    return latencies


def interleaved(
    ports: Sequence[int], requests: Sequence[bytes], rate: float, seconds: float
) -> list[Latencies]:
    """`fixed_rate` to every port at once, their requests taking turns: paired samples, each
    port's latencies measured over the same seconds as the others'."""
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(_schedule(ports, requests, rate, seconds))
