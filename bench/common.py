"""What the three HTTP benchmarks share: options, the search they send, answer checks, output."""

from __future__ import annotations

import argparse
import asyncio
import statistics
from collections.abc import Sequence

import httpx
import orjson
from dataset import ADMIN_URL, DEFAULT_NAME, MATCHES, SEARCH_PREFIX, BenchDatabase, Tenant
from open_loop import Latencies
from servers import Server, cpu_seconds, machine

SEARCH_PATH = "/gql/v1/clients/search"
PAGE_SIZE = 50
# A selective, indexable filter: a name prefix, served by ix_clients_tenant_id_name_created_at.
SEARCH = {"where": {"name": {"_like": f"{SEARCH_PREFIX}%"}}, "pageSize": PAGE_SIZE}
SEARCH_BODY = orjson.dumps(SEARCH).decode()


def parser(description: str, seconds: float = 15) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(description=description)
    options.add_argument("--admin-url", default=ADMIN_URL, help="PostgreSQL to create from")
    options.add_argument("--database", default=DEFAULT_NAME, help="the bench database's name")
    options.add_argument("--workers", type=int, default=2, help="uvicorn processes per app")
    options.add_argument("--seconds", type=float, default=seconds, help="per measured run")
    options.add_argument("--warmup", type=float, default=5, help="seconds of warm-up per app")
    options.add_argument("--rounds", type=int, default=2, help="alternating runs per app")
    options.add_argument("--cleanup", action="store_true", help="drop the database at the end")
    return options


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def database(args: argparse.Namespace) -> BenchDatabase:
    return BenchDatabase(args.admin_url, args.database)


async def _tenants(db: BenchDatabase, slugs: Sequence[str]) -> list[Tenant]:
    await db.prepare()
    return [await db.tenant(slug) for slug in slugs]


def tenants(db: BenchDatabase, slugs: Sequence[str]) -> list[Tenant]:
    """The tenants, seeded if they are not already; prints the machine the run is on."""
    found = asyncio.run(_tenants(db, slugs))
    print(f"machine: {machine()}, PostgreSQL {asyncio.run(_server_version(db))}")
    return found


async def _server_version(db: BenchDatabase) -> str:
    conn = await db.connect()
    try:
        version: str = await conn.fetchval("SHOW server_version")
        return version
    finally:
        await conn.close()


def drop(db: BenchDatabase) -> None:
    asyncio.run(db.drop())


def check_search(servers: Sequence[Server], token: str) -> None:
    """Both apps must give the same page and count, so they are measured doing the same work."""
    answers = []
    for server in servers:
        response = httpx.post(server.base_url + SEARCH_PATH, json=SEARCH, headers=auth(token))
        response.raise_for_status()
        answers.append(response.json())
    for server, answer in zip(servers, answers, strict=True):
        total = answer["total"]["aggregate"]["count"]
        if total != MATCHES or len(answer["clients"]) != PAGE_SIZE:
            raise RuntimeError(f"{server.label}: {total} matches, {len(answer['clients'])} rows")
    ids = [[client["id"] for client in answer["clients"]] for answer in answers]
    keys = [sorted(answer["clients"][0]) for answer in answers]
    if ids[0] != ids[1] or keys[0] != keys[1]:
        raise RuntimeError("Openwyn and the floor answer differently")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def verdict(met: bool) -> str:
    return "MET" if met else "NOT MET"


def report_run(server: Server, detail: str, result: Latencies, cpu_before: float) -> None:
    """One open-loop run's line: its percentiles and the server's CPU per request (since
    `cpu_before`); any answer other than 200 stops the bench."""
    if result.failures:
        raise RuntimeError(f"{server.label}: answers other than 200: {dict(result.failures)}")
    cpu_ms = (cpu_seconds(server) - cpu_before) * 1000 / len(result.milliseconds)
    print(
        f"  {server.label:8} {detail} p50 {result.percentile(0.5):6.2f} ms"
        f"  p99 {result.percentile(0.99):6.2f} ms  cpu {cpu_ms:.2f} ms/req"
        + (f"  ({result.late} sent late)" if result.late else "")
    )
