"""Records sync throughput: 10,000 mixed records in batches of 100, synced twice.

    python bench/records_sync.py                       # SQLite (a temporary file)
    python bench/records_sync.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test
    python bench/records_sync.py --records 200         # a quick check of the same mix

The records are staff, clients (each naming its partner by systemRef), contacts, contact-client
links (naming both ends by systemRef) and one custom type referencing clients. The first run
must create every record, the second must report every one UNCHANGED and add no event to the
outbox; otherwise the bench exits non-zero. Each run prints records per second; requests go
through the whole ASGI app in-process (no network), one at a time. A PostgreSQL database it
creates is dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy import func, select

from openwyn.app import create_app
from openwyn.auth import service, tokens
from openwyn.auth.roles import Role
from openwyn.config import Settings
from openwyn.kit.outbox import EVENTS
from openwyn.migrations import runner

BATCH = 100
RECORDS = 10_000
MIX = {"staff": 500, "client": 3000, "contact": 3000, "contact_client": 3000, "engagement": 500}
ENGAGEMENT = {
    "name": "engagement",
    "fields": [
        {"name": "year", "type": "integer", "required": True},
        {"name": "fee", "type": "decimal"},
        {"name": "client", "type": "reference", "referencedEntityType": "client"},
    ],
}


class BenchFailed(SystemExit):
    """A broken sync: exits non-zero with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"records_sync FAILED: {reason}")


def mix(total: int) -> dict[str, int]:
    """MIX scaled to about `total` records, at least one of each type. Links and engagements
    name clients and contacts of the same number, so their counts never exceed those."""
    return {kind: max(1, share * total // RECORDS) for kind, share in MIX.items()}


def records(total: int = RECORDS) -> list[dict[str, Any]]:
    """The records, in an order where every reference points backwards."""
    counts = mix(total)
    out: list[dict[str, Any]] = []
    attributes: dict[str, Any]
    for n in range(counts["staff"]):
        attributes = {"firstName": f"F{n}", "lastName": f"L{n}", "email": f"s{n}@firm.example"}
        out.append({"type": "staff", "systemRef": f"S-{n}", "attributes": attributes})
    for n in range(counts["client"]):
        partner = {"systemRef": f"S-{n % counts['staff']}"}
        attributes = {"name": f"Client {n}", "partnerStaffId": partner}
        out.append({"type": "client", "systemRef": f"C-{n}", "attributes": attributes})
    for n in range(counts["contact"]):
        attributes = {"firstName": f"P{n}", "lastName": "Contact", "email": f"p{n}@c.example"}
        out.append({"type": "contact", "systemRef": f"P-{n}", "attributes": attributes})
    for n in range(counts["contact_client"]):
        ends: dict[str, Any] = {
            "contactId": {"systemRef": f"P-{n}"},
            "clientId": {"systemRef": f"C-{n}"},
        }
        attributes = ends | {"isPrimary": True}
        out.append({"type": "contact_client", "systemRef": f"L-{n}", "attributes": attributes})
    for n in range(counts["engagement"]):
        attributes = {"year": 2026, "fee": f"{n}.50", "client": {"systemRef": f"C-{n}"}}
        out.append({"type": "engagement", "systemRef": f"E-{n}", "attributes": attributes})
    return out


async def _admin(url: str, statement: str) -> None:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def _postgres_database(url: str) -> str:
    name = f"openwyn_bench_{uuid.uuid4().hex[:8]}"
    await _admin(url, f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"


def _drop_postgres_database(admin_url: str, bench_url: str) -> None:
    name = bench_url.rsplit("/", 1)[1]
    asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _client(settings: Settings) -> tuple[httpx.AsyncClient, Any, int]:
    app = create_app(settings)
    ctx = app.state.ctx
    async with ctx.db.session() as session:
        tenant = await service.create_tenant(session, "bench", "Bench firm")
        issued = await service.issue_key(session, tenant.id, name="bench", roles=[Role.API_ADMIN])
    token = tokens.mint(
        settings, key_id=issued.key.id, tenant_slug="bench", roles=[Role.API_ADMIN], staff_id=None
    ).token
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://bench",
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
    )
    return client, app, tenant.id


async def _events(app: Any, tenant_id: int) -> int:
    """The tenant's rows in the outbox: one per committed change."""
    async with app.state.ctx.db.session() as session:
        query = select(func.count()).select_from(EVENTS).where(EVENTS.c.tenant_id == tenant_id)
        count: int = (await session.execute(query)).scalar_one()
    return count


def _expect_all(counts: Counter[str], operation: str, total: int, attempt: str) -> None:
    if counts != Counter({operation: total}):
        raise BenchFailed(f"{attempt} run: expected {total} {operation}, got {dict(counts)}")


async def sync(client: httpx.AsyncClient, batch: list[dict[str, Any]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for start in range(0, len(batch), BATCH):
        response = await client.post(
            "/api/v1/records", json={"records": batch[start : start + BATCH]}
        )
        response.raise_for_status()
        for record in response.json()["data"]["records"]:
            counts[record["operation"] or f"FAILED {record['error']}"] += 1
    elapsed = time.perf_counter() - started
    counts["_per_second"] = int(len(batch) / elapsed)
    return counts


async def _timed(
    client: httpx.AsyncClient, batch: list[dict[str, Any]], label: str
) -> Counter[str]:
    counts = await sync(client, batch)
    rate = counts.pop("_per_second")
    print(f"{label}: {rate} records/s {dict(counts)}")
    return counts


async def run(url: str, label: str, total: int) -> None:
    settings = Settings(
        database_url=url,
        jwt_secret="bench-" + "x" * 40,
        rate_limit_per_key=10**9,
        access_log=False,
    )
    client, app, tenant_id = await _client(settings)
    try:
        (await client.post("/api/v1/records/custom", json=ENGAGEMENT)).raise_for_status()
        batch = records(total)
        first = await _timed(client, batch, f"{label} first run")
        _expect_all(first, "CREATED", len(batch), "first")
        before = await _events(app, tenant_id)
        second = await _timed(client, batch, f"{label} second run")
        _expect_all(second, "UNCHANGED", len(batch), "second")
        added = await _events(app, tenant_id) - before
        if added:
            raise BenchFailed(f"second run: expected no new event, the outbox gained {added}")
    finally:
        await client.aclose()
        await app.state.ctx.db.dispose()


def main(postgres: str | None, total: int) -> None:
    if postgres:
        url = asyncio.run(_postgres_database(postgres))
    else:
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    try:
        runner.upgrade(url)  # runs its own event loop
        asyncio.run(run(url, "postgresql" if postgres else "sqlite", total))
    finally:
        if postgres:
            _drop_postgres_database(postgres, url)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="a PostgreSQL URL to create the bench database from")
    parser.add_argument(
        "--records", type=int, default=RECORDS, help=f"about how many records (default {RECORDS})"
    )
    arguments = parser.parse_args()
    if arguments.records < len(MIX):
        parser.error(f"--records must be at least {len(MIX)}")
    main(arguments.postgres, arguments.records)
