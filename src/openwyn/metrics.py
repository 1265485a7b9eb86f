"""Prometheus metrics: what each process counts, and the exposition at `/metrics`.

Per process, as it happens:
- `openwyn_http_request_duration_seconds{route,method,status}`: every request's latency, by its
  route template (`/gql/v1/client/{id}`, never the raw path: one series per route, not per id);
  the histogram's `_count` is the number of requests.
- `openwyn_webhook_deliveries_total{outcome}`: attempts recorded, by what came of them
  (`succeeded`, `retrying`, `failed`).
- `openwyn_db_pool_connections{pool,state}` and `openwyn_db_pool_capacity{pool}`: connections
  of this process's pools (SQLAlchemy's, and on PostgreSQL the driver pool of the reads), taken
  every `SAMPLE_SECONDS` rather than on each checkout, which would cost every request.

For the whole database, read when scraped: `openwyn_webhook_queue_deliveries{state}` (queued,
due) and `openwyn_webhook_oldest_due_age_seconds`.

And `openwyn_outbound_messages{status}`: the outbound email queue by status (`queued`, `sent`,
`failed`, `captured`), from one grouped count.

`openwyn serve` runs prometheus-client's multiprocess mode (`serve_multiprocess`): every process
writes its values to files in one directory, and whichever process answers a scrape sums them.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import threading
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import cache
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    values,
)
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead

from openwyn.db import Database

MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"
SAMPLE_SECONDS = 5.0
CONTENT_TYPE = CONTENT_TYPE_LATEST
# Latency buckets from a cached get (a millisecond) to a search at its deadline.
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 15.0)
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "unmatched"


class Metrics:
    """The metric families; built once per process (`metrics()`), after the mode is chosen."""

    def __init__(self) -> None:
        self.request_seconds = Histogram(
            "openwyn_http_request_duration_seconds",
            "Requests by route template, method and status, with their latency.",
            ["route", "method", "status"],
            buckets=_BUCKETS,
        )
        self.deliveries = Counter(
            "openwyn_webhook_deliveries",
            "Webhook delivery attempts recorded, by outcome.",
            ["outcome"],
        )
        self.pool_connections = Gauge(
            "openwyn_db_pool_connections",
            "Database connections of the processes' pools, in use or idle.",
            ["pool", "state"],
            multiprocess_mode="livesum",
        )
        self.pool_capacity = Gauge(
            "openwyn_db_pool_capacity",
            "The most connections the processes' pools open (without overflow).",
            ["pool"],
            multiprocess_mode="livesum",
        )
        self.queue = Gauge(
            "openwyn_webhook_queue_deliveries",
            "Deliveries with an attempt still to make (queued), and those due now (due).",
            ["state"],
            multiprocess_mode="mostrecent",
        )
        self.oldest_due_age = Gauge(
            "openwyn_webhook_oldest_due_age_seconds",
            "How long the oldest due delivery has waited for a worker (0 when none is due).",
            multiprocess_mode="mostrecent",
        )
        self.outbound_messages = Gauge(
            "openwyn_outbound_messages",
            "Outbound email messages by status (queued, sent, failed, captured).",
            ["status"],
            multiprocess_mode="mostrecent",
        )
        # (route, method, status) -> its histogram: one dictionary lookup per request instead
        # of prometheus-client's label handling (a lock and a tuple of strings).
        self._request_series: dict[tuple[str, str, int], Any] = {}

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        series = self._request_series.get(key)
        if series is None:
            label = method if method in _METHODS else "other"
            series = self._request_series[key] = self.request_seconds.labels(
                route, label, str(status)
            )
        series.observe(seconds)

    def sample_pools(self, db: Database) -> None:
        for pool, (in_use, idle, capacity) in db.pool_use().items():
            self.pool_connections.labels(pool, "in_use").set(in_use)
            self.pool_connections.labels(pool, "idle").set(idle)
            self.pool_capacity.labels(pool).set(capacity)


@cache
def metrics() -> Metrics:
    return Metrics()


def serve_multiprocess(directory: Path) -> None:
    """Count in files under `directory`, emptied first (a previous run's values would add up
    with this one's): for `openwyn serve`, before any metric exists. Its worker processes
    inherit the setting through the environment."""
    if metrics.cache_info().currsize:
        raise RuntimeError("the metrics mode is chosen before the first metric is made")
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink()
    os.environ[MULTIPROCESS_ENV] = str(directory)
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]


def multiprocess_directory() -> str | None:
    return os.environ.get(MULTIPROCESS_ENV) or None


def process_exits() -> None:
    """Drop this process's live gauges from the sums (multiprocess mode only)."""
    directory = multiprocess_directory()
    if directory is not None:
        mark_process_dead(os.getpid(), directory)  # type: ignore[no-untyped-call]


def exposition() -> bytes:
    metrics()  # every family is listed, the ones nothing has counted yet too
    directory = multiprocess_directory()
    if directory is None:
        return generate_latest(REGISTRY)
    # Built per scrape, as prometheus-client's multiprocess mode asks: it reads the files then.
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
    return generate_latest(registry)


def authorized(expected: str | None, authorization: str | None) -> bool:
    """Whether the `Authorization` header carries the metrics token (compared in constant
    time); never, when no token is configured."""
    if not expected or not authorization:
        return False
    scheme, _, presented = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return secrets.compare_digest(presented.strip().encode(), expected.encode())


def start_exposition_server(host: str, port: int, token: str) -> WSGIServer:
    """`/metrics` of a process that serves no API (`openwyn worker --metrics-port`), in a
    thread of its own, behind the same token; returns the server (`shutdown()` stops it)."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        if environ.get("PATH_INFO") != "/metrics":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"No such route.\n"]
        if not authorized(token, environ.get("HTTP_AUTHORIZATION")):
            start_response("401 Unauthorized", [("WWW-Authenticate", "Bearer")])
            return [b"The metrics token is missing or wrong.\n"]
        start_response("200 OK", [("Content-Type", CONTENT_TYPE)])
        return [exposition()]

    server = make_server(host, port, app, ThreadingWSGIServer, handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    return server


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Scrapes are not logged: one every few seconds would drown the worker's lines."""


DatabaseSampler = Callable[[Database, Metrics, datetime], Awaitable[None]]


async def _sample_queue(db: Database, found: Metrics, now: datetime) -> None:
    from openwyn.webhooks import repository as webhooks_repo

    async with db.reader() as reads:
        state = await webhooks_repo.unscoped_queue_state(reads, now)
    found.queue.labels("queued").set(state.queued)
    found.queue.labels("due").set(state.due)
    oldest = state.oldest_due_at
    found.oldest_due_age.set(max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)


async def _sample_outbound_messages(db: Database, found: Metrics, now: datetime) -> None:
    from openwyn.mail import queue
    from openwyn.mail import repository as mail_repo

    async with db.reader() as reads:
        counts = await mail_repo.unscoped_counts_by_status(reads)
    for status in queue.STATUSES:  # every status, so a drained queue reads 0, not its past
        found.outbound_messages.labels(status.lower()).set(counts.get(status, 0))


DATABASE_SAMPLERS: list[DatabaseSampler] = [_sample_queue, _sample_outbound_messages]


async def sample_pools_every(db: Database, seconds: float) -> None:
    found = metrics()
    while True:
        found.sample_pools(db)
        await asyncio.sleep(seconds)


async def sample_database(db: Database, now: datetime) -> None:
    found = metrics()
    found.sample_pools(db)
    for sampler in DATABASE_SAMPLERS:
        await sampler(db, found, now)
