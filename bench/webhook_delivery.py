"""Webhook delivery throughput of one `openwyn worker` process, against a bare loop.

    python bench/webhook_delivery.py                 # PostgreSQL at 127.0.0.1:5432
    python bench/webhook_delivery.py --events 5000 --rounds 5

A receiver process answers 200 at once. The same N event payloads are then delivered in each
round, at the same concurrency, to that receiver:

1. by one `openwyn worker` process: dispatch from the outbox, leased claims, a logged attempt per
   delivery, signing and recording outcomes, all against the database;
2. by a bare loop that only signs each payload (Standard Webhooks) and POSTs it with aiohttp,
   on the same event loop (uvloop).

Both rates run from the receiver's first request: the bare loop's to its last request, the
worker's to the moment its last outcome is written (no attempt left PENDING in its log), as a
worker that sent faster than it records would only be moving its backlog. They are measured in
alternating rounds of the same run (the worker's queue and log emptied and its feed position
reset before each, so it delivers the same events again), and the ratio of the medians is
printed. Target: the worker
reaches at least half the bare loop's rate.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any, NamedTuple

import aiohttp
import asyncpg
import httpx
import orjson
import uvloop

from openwyn.auth import service as auth_service
from openwyn.config import Settings
from openwyn.db import Database
from openwyn.directory.clients import CLIENTS
from openwyn.events import subscriptions
from openwyn.migrations import runner
from openwyn.web import service
from openwyn.webhooks import signing

# The receiver answers on a bare protocol (httptools' parser on uvloop), not through an ASGI
# server: on two cores, every microsecond it spends is taken from the side with more processes
# to run (the worker and its database), where a real endpoint runs on another machine. Under
# uvicorn it cost about 53 µs of CPU a request; this way, 14 to 26 µs.
RECEIVER = """
import asyncio, time, httptools, orjson, uvloop
stats = {"count": 0, "first": None, "last": None}
OK = b"HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\n\\r\\nok"
class Receiver(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport, self.parser, self.url = transport, httptools.HttpRequestParser(self), b""
    def data_received(self, data):
        self.parser.feed_data(data)
    def on_message_begin(self):
        self.url = b""
    def on_url(self, url):
        self.url += url
    def on_message_complete(self):
        if self.parser.get_method() != b"GET":
            now = time.perf_counter()
            stats["count"] += 1
            stats["first"] = stats["first"] or now
            stats["last"] = now
            self.transport.write(OK)
            return
        body = orjson.dumps(stats)
        if self.url == b"/reset":
            stats.update(count=0, first=None, last=None)
        head = b"HTTP/1.1 200 OK\\r\\ncontent-length: %d\\r\\n\\r\\n" % len(body)
        self.transport.write(head + body)
async def serve():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Receiver, "127.0.0.1", PORT, backlog=1024)
    await server.serve_forever()
uvloop.run(serve())
"""


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    parser.add_argument(
        "--events",
        type=int,
        default=20000,
        help="events a round (a few seconds of delivery: the last batch's write weighs little)",
    )
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--port", type=int, default=18081)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (medians)")
    return parser.parse_args()


async def fresh_database(admin_url: str) -> str:
    name = f"openwyn_bench_hooks_{uuid.uuid4().hex[:8]}"
    connection = await asyncpg.connect(admin_url.replace("+asyncpg", ""))
    await connection.execute(f'CREATE DATABASE "{name}"')
    await connection.close()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


async def drop_database(admin_url: str, url: str) -> None:
    connection = await asyncpg.connect(admin_url.replace("+asyncpg", ""))
    await connection.execute(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    await connection.close()


async def seed(settings: Settings, events: int, receiver_url: str) -> tuple[str, list[bytes]]:
    """A tenant subscribed to client creations, N of them; the secret and the N payloads."""
    db = Database(settings)
    async with db.session() as session:
        tenant = await auth_service.create_tenant(session, "bench", "Bench")
        body = subscriptions.SubscriptionCreate(
            entityType="client", operation="CREATE", deliveryUrl=receiver_url
        )
        await subscriptions.create(session, tenant.id, None, body, allow_insecure=True)
        secret = (await _secret(session, tenant.id))[0]
    async with db.session() as session:
        payloads = []
        for n in range(events):
            item = await service.create(session, CLIENTS, tenant.id, {"name": f"Client {n}"})
            payloads.append(orjson.dumps({"type": "client.CREATE", "data": item}))
    await db.dispose()
    return secret, payloads


async def _secret(session: Any, tenant_id: int) -> list[str]:
    from openwyn.webhooks import service as secrets

    return await secrets.secrets_in_use(session, tenant_id)


async def forget_deliveries(url: str) -> None:
    """Empty the queue and the log and move the dispatch position back to the feed's start:
    the next worker run delivers the same events again, from the outbox, as the first did."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        await connection.execute(
            "TRUNCATE webhook_attempts, webhook_deliveries;"
            " UPDATE webhook_dispatch_cursors SET txid = 0, event_row_id = 0"
        )
        await connection.execute("VACUUM ANALYZE webhook_dispatch_cursors")
    finally:
        await connection.close()


async def receiver_stats(
    base: str, reset: bool = False, client: httpx.AsyncClient | None = None
) -> dict[str, Any]:
    if client is None:
        async with httpx.AsyncClient() as client:
            return await receiver_stats(base, reset, client)
    response = await client.get(f"{base}/reset" if reset else f"{base}/stats")
    stats: dict[str, Any] = response.json()
    return stats


async def wait_for(base: str, count: int, seconds: float = 300) -> dict[str, Any]:
    """Poll the receiver until `count` deliveries have arrived, over one client: a client per
    poll (a TLS context each) cost about a tenth of a core while the worker was measured."""
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            stats = await receiver_stats(base, client=client)
            if stats["count"] >= count:
                return stats
            await asyncio.sleep(0.2)
    raise SystemExit(f"only {stats['count']} of {count} deliveries arrived")


async def wait_until_recorded(url: str, seconds: float = 60) -> float:
    """When the worker's log holds no attempt still PENDING, on the receiver's clock (both read
    the machine's monotonic clock): the worker is done when its outcomes are written, not when
    its last request arrives."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            pending = "SELECT EXISTS (SELECT FROM webhook_attempts WHERE status = 'PENDING')"
            if not await connection.fetchval(pending):
                return time.monotonic()
            await asyncio.sleep(0.01)
    finally:
        await connection.close()
    raise SystemExit(f"the worker's outcomes were not all written within {seconds} s")


def rate(stats: dict[str, Any], done: float | None = None) -> float:
    """Deliveries a second from the first request to the last, or to `done`."""
    return float((stats["count"] - 1) / ((done or stats["last"]) - stats["first"]))


class Round(NamedTuple):
    rate: float  # deliveries a second, by the receiver's clock, up to the last one recorded
    sent_rate: float  # deliveries a second, up to the last request
    cpu_us: float  # CPU microseconds per delivery, of the process delivering
    database_us: float = 0.0  # CPU microseconds per delivery, of the database's processes
    receiver_us: float = 0.0  # CPU microseconds per delivery, of the receiver


def process_cpu(pid: int) -> float:
    """CPU seconds a process has used, from /proc (utime and stime, the 14th and 15th fields)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def database_cpu() -> float:
    """CPU seconds used so far by this machine's PostgreSQL processes (the server and its
    backends): the bench's database runs here, and shares the cores with what it measures."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            if stat.read_text().split(" (", 1)[1].startswith("postgres)"):
                total += process_cpu(int(stat.parent.name))
    return total


async def worker_rate(url: str, base: str, events: int, concurrency: int, receiver: int) -> Round:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
    env |= {
        "OPENWYN_DATABASE_URL": url,
        "OPENWYN_WEBHOOKS_ALLOW_INSECURE": "true",
        "OPENWYN_WEBHOOKS_POLL_SECONDS": "0.05",
        "OPENWYN_LOG_LEVEL": "warning",
    }
    command = ["-m", "openwyn", "worker", "--concurrency", str(concurrency)]
    process = await asyncio.create_subprocess_exec(sys.executable, *command, env=env)
    try:
        # The worker's CPU from its first delivery to its last: not its start-up.
        first = await wait_for(base, 1)
        cpu_before, database_before = process_cpu(process.pid), database_cpu()
        receiver_before = process_cpu(receiver)
        stats = await wait_for(base, events)
        recorded = await wait_until_recorded(url)
        cpu = process_cpu(process.pid) - cpu_before
        database = database_cpu() - database_before
        received = process_cpu(receiver) - receiver_before
    finally:
        process.terminate()
        await process.wait()
    delivered = stats["count"] - first["count"]
    per_delivery = 1e6 / delivered
    return Round(
        rate(stats, recorded),
        rate(stats),
        cpu * per_delivery,
        database * per_delivery,
        received * per_delivery,
    )


async def bare_rate(
    target: str, base: str, secret: str, payloads: list[bytes], concurrency: int, receiver: int
) -> Round:
    """Sign and POST every payload, `concurrency` at a time, with the HTTP client and settings
    the worker uses (aiohttp, no redirects, at most 4 KiB of each answer read), and nothing
    else: no database, no claims, no log."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for payload in payloads:
        queue.put_nowait(payload)
    cpu_before, receiver_before = time.process_time(), process_cpu(receiver)
    connector = aiohttp.TCPConnector(limit=concurrency, use_dns_cache=False)
    async with aiohttp.ClientSession(connector=connector, trust_env=False) as client:

        async def sender(n: int) -> None:
            while not queue.empty():
                body = queue.get_nowait()
                msg_id = f"msg_{n}_{queue.qsize()}"
                headers = signing.headers([secret], msg_id, int(time.time()), body.decode())
                headers |= {"content-type": "application/json", "user-agent": "bench"}
                async with client.post(
                    target, data=body, headers=headers, allow_redirects=False
                ) as response:
                    await response.content.read(4096)

        await asyncio.gather(*(sender(n) for n in range(concurrency)))
    cpu = time.process_time() - cpu_before
    stats = await wait_for(base, len(payloads))
    received = process_cpu(receiver) - receiver_before
    per_delivery = 1e6 / len(payloads)
    bare = rate(stats)
    return Round(bare, bare, cpu * per_delivery, receiver_us=received * per_delivery)


def describe(worker: Round, bare: Round) -> str:
    return (
        f"worker {worker.rate:.0f}/s (sent at {worker.sent_rate:.0f}/s;"
        f" µs CPU each: {worker.cpu_us:.0f}, database"
        f" {worker.database_us:.0f}, receiver {worker.receiver_us:.0f}),"
        f" bare {bare.rate:.0f}/s (µs CPU each: {bare.cpu_us:.0f}, receiver {bare.receiver_us:.0f})"
    )


async def main() -> None:
    args = parse()
    base = f"http://127.0.0.1:{args.port}"
    receiver = await asyncio.create_subprocess_exec(
        sys.executable, "-c", RECEIVER.replace("PORT", str(args.port))
    )
    url = await fresh_database(args.postgres)
    try:
        await asyncio.sleep(1.5)
        await asyncio.to_thread(runner.upgrade, url)
        settings = Settings(database_url=url, jwt_secret="bench-" + "x" * 40)
        print(f"seeding {args.events} events ...", flush=True)
        secret, payloads = await seed(settings, args.events, f"{base}/hook")
        workers, bares = [], []
        for round_ in range(1, args.rounds + 1):
            await forget_deliveries(url)
            await receiver_stats(base, reset=True)
            workers.append(
                await worker_rate(url, base, args.events, args.concurrency, receiver.pid)
            )
            await receiver_stats(base, reset=True)
            target = f"{base}/hook"
            bares.append(
                await bare_rate(target, base, secret, payloads, args.concurrency, receiver.pid)
            )
            print(f"round {round_}: {describe(workers[-1], bares[-1])}", flush=True)
    finally:
        receiver.terminate()
        await receiver.wait()
        await drop_database(args.postgres, url)
    worker = statistics.median(r.rate for r in workers)
    bare = statistics.median(r.rate for r in bares)
    worker_cpu = statistics.median(r.cpu_us for r in workers)
    bare_cpu = statistics.median(r.cpu_us for r in bares)
    print(f"concurrency {args.concurrency}, {args.events} deliveries, medians of {args.rounds}")
    print(f"openwyn worker (1 process): {worker:8.0f} deliveries/s, {worker_cpu:4.0f} µs CPU each")
    print(f"bare sign-and-POST loop:    {bare:8.0f} deliveries/s, {bare_cpu:4.0f} µs CPU each")
    print(f"ratio: {worker / bare:.2f} (target >= 0.5)")
    print(f"CPU per delivery, bare over worker: {bare_cpu / worker_cpu:.2f}")


if __name__ == "__main__":
    # The bare loop runs on the event loop `openwyn worker` runs on (uvloop), so that the two
    # differ only in what the worker does besides signing and sending.
    uvloop.run(main())
