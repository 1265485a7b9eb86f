"""Records sync throughput: 10,000 mixed records in batches of 100, synced twice.

    python bench/records_sync.py                       # SQLite (a temporary file)
    python bench/records_sync.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test

The records are staff, clients (each naming its partner by systemRef), contacts, contact-client
links (naming both ends by systemRef) and one custom type referencing clients. The first run
must create every record, the second must report every one UNCHANGED. Each run prints records
per second; requests go through the whole ASGI app in-process (no network), one at a time.
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

from openwyn.app import create_app
from openwyn.auth import service, tokens
from openwyn.auth.roles import Role
from openwyn.config import Settings
from openwyn.migrations import runner

BATCH = 100
MIX = {"staff": 500, "client": 3000, "contact": 3000, "contact_client": 3000, "engagement": 500}
ENGAGEMENT = {
    "name": "engagement",
    "fields": [
        {"name": "year", "type": "integer", "required": True},
        {"name": "fee", "type": "decimal"},
        {"name": "client", "type": "reference", "referencedEntityType": "client"},
    ],
}


def records() -> list[dict[str, Any]]:
    """The 10,000 records, in an order where every reference points backwards."""
    out: list[dict[str, Any]] = []
    for n in range(MIX["staff"]):
        attributes = {"firstName": f"F{n}", "lastName": f"L{n}", "email": f"s{n}@firm.example"}
        out.append({"type": "staff", "systemRef": f"S-{n}", "attributes": attributes})
    for n in range(MIX["client"]):
        attributes = {"name": f"Client {n}", "partnerStaffId": {"systemRef": f"S-{n % 500}"}}
        out.append({"type": "client", "systemRef": f"C-{n}", "attributes": attributes})
    for n in range(MIX["contact"]):
        attributes = {"firstName": f"P{n}", "lastName": "Contact", "email": f"p{n}@c.example"}
        out.append({"type": "contact", "systemRef": f"P-{n}", "attributes": attributes})
    for n in range(MIX["contact_client"]):
        ends = {"contactId": {"systemRef": f"P-{n}"}, "clientId": {"systemRef": f"C-{n}"}}
        attributes = ends | {"isPrimary": True}
        out.append({"type": "contact_client", "systemRef": f"L-{n}", "attributes": attributes})
    for n in range(MIX["engagement"]):
        attributes = {"year": 2026, "fee": f"{n}.50", "client": {"systemRef": f"C-{n}"}}
        out.append({"type": "engagement", "systemRef": f"E-{n}", "attributes": attributes})
    return out


async def _postgres_database(url: str) -> str:
    name = f"openwyn_bench_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    return url.rsplit("/", 1)[0] + f"/{name}"


async def _client(settings: Settings) -> tuple[httpx.AsyncClient, Any]:
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
    return client, app


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


async def run(url: str, label: str) -> None:
    settings = Settings(
        database_url=url,
        jwt_secret="bench-" + "x" * 40,
        rate_limit_per_key=10**9,
        access_log=False,
    )
    client, app = await _client(settings)
    (await client.post("/api/v1/records/custom", json=ENGAGEMENT)).raise_for_status()
    batch = records()
    for attempt in ("first", "second"):
        counts = await sync(client, batch)
        rate = counts.pop("_per_second")
        print(f"{label} {attempt} run: {rate} records/s {dict(counts)}")
    await client.aclose()
    await app.state.ctx.db.dispose()


def main(postgres: str | None) -> None:
    if postgres:
        url = asyncio.run(_postgres_database(postgres))
    else:
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    runner.upgrade(url)  # runs its own event loop
    asyncio.run(run(url, "postgresql" if postgres else "sqlite"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="a PostgreSQL URL to create the bench database from")
    main(parser.parse_args().postgres)
