"""Records sync throughput: 10,000 mixed records in batches of 100, synced twice.

    python bench/records_sync.py                       # SQLite (a temporary file)
    python bench/records_sync.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test
    python bench/records_sync.py --records 200         # a quick check of the same mix

The records are staff, clients (each naming its partner by systemRef), contacts, contact-client
links (naming both ends by systemRef) and one custom type referencing clients. The first run
must create every record, the second must report every one UNCHANGED and add no event to the
outbox; otherwise the bench exits non-zero. The second run is made three times, its median
reported. Each run prints records per second; requests go through the whole ASGI app
in-process (no network), one at a time. On PostgreSQL a floor (below) makes the same runs, each
right after Openwyn's. Then `openwyn import` syncs the same records twice from a JSON Lines
file into a tenant of its own (checked the same way) and the bench prints its rate over the
API's. A PostgreSQL database it creates is dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import orjson
from sqlalchemy import func, select

from openwyn import collector
from openwyn.app import create_app
from openwyn.auth import service, tokens
from openwyn.auth.roles import Role
from openwyn.cli_import import import_file
from openwyn.config import Settings
from openwyn.db import Database
from openwyn.migrations import runner
from openwyn.web.outbox import EVENTS

BATCH = 100
RECORDS = 10_000
ROUNDS = 3  # of the unchanged run, Openwyn's and the floor's taking turns
MIX = {"staff": 500, "client": 3000, "contact": 3000, "contact_client": 3000, "filing": 500}
ENGAGEMENT = {
    "name": "filing",
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
    """MIX scaled to about `total` records, at least one of each type. Links and filings
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
    for n in range(counts["filing"]):
        attributes = {"year": 2026, "fee": f"{n}.50", "client": {"systemRef": f"C-{n}"}}
        out.append({"type": "filing", "systemRef": f"E-{n}", "attributes": attributes})
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


async def _client(settings: Settings, slug: str = "bench") -> tuple[httpx.AsyncClient, Any, int]:
    app = create_app(settings)
    ctx = app.state.ctx
    async with ctx.db.session() as session:
        tenant = await service.create_tenant(session, slug, "Bench firm")
        issued = await service.issue_key(session, tenant.id, name="bench", roles=[Role.API_ADMIN])
    token = tokens.mint(
        settings, key_id=issued.key.id, tenant_slug=slug, roles=[Role.API_ADMIN], staff_id=None
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
    """One run: the batches' requests timed, each answer checked after. The client encodes the
    bodies before and decodes the answers after: the JSON a client makes and reads is its own
    time, not Openwyn's (nor is it the floor's)."""
    bodies = [
        orjson.dumps({"records": batch[start : start + BATCH]})
        for start in range(0, len(batch), BATCH)
    ]
    headers = {"Content-Type": "application/json"}
    answers = []
    started = time.perf_counter()
    for body in bodies:
        answers.append(await client.post("/api/v1/records", content=body, headers=headers))
    elapsed = time.perf_counter() - started
    counts: Counter[str] = Counter()
    for answer in answers:
        answer.raise_for_status()
        for record in orjson.loads(answer.content)["data"]["records"]:
            counts[record["operation"] or f"FAILED {record['error']}"] += 1
    counts["_per_second"] = int(len(batch) / elapsed)
    return counts


# The floor: the same records written by a bare asyncpg script into the same schema (a tenant
# of its own), in batches of the same size, each one transaction with one multi-row upsert per
# type (references resolved by join, unchanged rows left alone by the WHERE of ON CONFLICT) and
# one multi-row event insert. What PostgreSQL itself costs for this sync, for the ratio.
FLOOR_SQL = {
    "staff": """
    INSERT INTO staff AS t (tenant_id, pms_ref, first_name, last_name, email,
                            active, version, created_at, updated_at)
    SELECT $1, v.ref, v.first_name, v.last_name, v.email, true, 1, now(), now()
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
        AS v(ref, first_name, last_name, email)
    ON CONFLICT (tenant_id, pms_ref) DO UPDATE SET first_name = excluded.first_name,
        last_name = excluded.last_name, email = excluded.email,
        version = t.version + 1, updated_at = now()
    WHERE (t.first_name, t.last_name, t.email)
        IS DISTINCT FROM (excluded.first_name, excluded.last_name, excluded.email)
    RETURNING t.id, t.pms_ref AS ref, t.version = 1 AS created, row_to_json(t)::text AS data""",
    "client": """
    INSERT INTO clients AS t (tenant_id, pms_ref, name, partner_staff_id, active,
                              send_invoices_electronically, version, created_at, updated_at)
    SELECT $1, v.ref, v.name, s.id, true, false, 1, now(), now()
    FROM unnest($2::text[], $3::text[], $4::text[]) AS v(ref, name, partner)
    LEFT JOIN staff s ON s.tenant_id = $1 AND s.pms_ref = v.partner
    ON CONFLICT (tenant_id, pms_ref) DO UPDATE SET name = excluded.name,
        partner_staff_id = excluded.partner_staff_id, version = t.version + 1, updated_at = now()
    WHERE (t.name, t.partner_staff_id)
        IS DISTINCT FROM (excluded.name, excluded.partner_staff_id)
    RETURNING t.id, t.pms_ref AS ref, t.version = 1 AS created, row_to_json(t)::text AS data""",
    "contact": """
    INSERT INTO contacts AS t (tenant_id, pms_ref, first_name, last_name, email, active,
                               receives_invoice_emails, receives_statements,
                               version, created_at, updated_at)
    SELECT $1, v.ref, v.first_name, v.last_name, v.email, true, false, false, 1, now(), now()
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
        AS v(ref, first_name, last_name, email)
    ON CONFLICT (tenant_id, pms_ref) DO UPDATE SET first_name = excluded.first_name,
        last_name = excluded.last_name, email = excluded.email,
        version = t.version + 1, updated_at = now()
    WHERE (t.first_name, t.last_name, t.email)
        IS DISTINCT FROM (excluded.first_name, excluded.last_name, excluded.email)
    RETURNING t.id, t.pms_ref AS ref, t.version = 1 AS created, row_to_json(t)::text AS data""",
    "contact_client": """
    INSERT INTO contact_clients AS t (tenant_id, pms_ref, contact_id, client_id, is_primary,
                                      is_billing, version, created_at, updated_at)
    SELECT $1, v.ref, c.id, k.id, v.is_primary, false, 1, now(), now()
    FROM unnest($2::text[], $3::text[], $4::text[], $5::bool[])
        AS v(ref, contact, client, is_primary)
    JOIN contacts c ON c.tenant_id = $1 AND c.pms_ref = v.contact
    JOIN clients k ON k.tenant_id = $1 AND k.pms_ref = v.client
    ON CONFLICT (tenant_id, pms_ref) DO UPDATE SET contact_id = excluded.contact_id,
        client_id = excluded.client_id, is_primary = excluded.is_primary,
        version = t.version + 1, updated_at = now()
    WHERE (t.contact_id, t.client_id, t.is_primary)
        IS DISTINCT FROM (excluded.contact_id, excluded.client_id, excluded.is_primary)
    RETURNING t.id, t.pms_ref AS ref, t.version = 1 AS created, row_to_json(t)::text AS data""",
    "filing": """
    INSERT INTO custom_records AS t (tenant_id, type_id, system_ref, data, active,
                                     version, created_at, updated_at)
    SELECT $1, $2, v.ref, json_build_object('year', v.year, 'fee', v.fee, 'client', k.id),
           true, 1, now(), now()
    FROM unnest($3::text[], $4::int[], $5::text[], $6::text[]) AS v(ref, year, fee, client)
    LEFT JOIN clients k ON k.tenant_id = $1 AND k.pms_ref = v.client
    ON CONFLICT (tenant_id, type_id, system_ref) DO UPDATE SET data = excluded.data,
        version = t.version + 1, updated_at = now()
    WHERE t.data::jsonb IS DISTINCT FROM excluded.data::jsonb
    RETURNING t.id, t.system_ref AS ref, t.version = 1 AS created, row_to_json(t)::text AS data""",
}
FLOOR_EVENTS = """
    INSERT INTO events (tenant_id, txid, event_id, entity_type, operation, entity_id,
                        system_ref, occurred_at, data)
    SELECT $1, pg_current_xact_id()::text::bigint, e.event_id, e.entity_type, e.operation,
           e.entity_id, e.system_ref, now(), e.data
    FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[])
        AS e(event_id, entity_type, operation, entity_id, system_ref, data)"""


def _floor_arguments(kind: str, of_kind: list[dict[str, Any]]) -> list[list[Any]]:
    """The arrays of the type's upsert, one per column sent, in the statement's order."""
    refs = [record["systemRef"] for record in of_kind]
    values = [record["attributes"] for record in of_kind]
    if kind in ("staff", "contact"):
        columns = [[v["firstName"] for v in values], [v["lastName"] for v in values]]
        return [refs, *columns, [v["email"] for v in values]]
    if kind == "client":
        partners = [v["partnerStaffId"]["systemRef"] for v in values]
        return [refs, [v["name"] for v in values], partners]
    if kind == "contact_client":
        contacts = [v["contactId"]["systemRef"] for v in values]
        clients = [v["clientId"]["systemRef"] for v in values]
        return [refs, contacts, clients, [v["isPrimary"] for v in values]]
    fees = [v["fee"] for v in values]
    return [refs, [v["year"] for v in values], fees, [v["client"]["systemRef"] for v in values]]


async def _floor_batch(
    conn: asyncpg.Connection, tenant_id: int, type_id: int, batch: list[dict[str, Any]]
) -> Counter[str]:
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for record in batch:
        by_kind.setdefault(record["type"], []).append(record)
    counts: Counter[str] = Counter()
    events: list[list[Any]] = [[], [], [], [], [], []]
    async with conn.transaction():
        for kind, of_kind in by_kind.items():
            head = [tenant_id, type_id] if kind == "filing" else [tenant_id]
            rows = await conn.fetch(FLOOR_SQL[kind], *head, *_floor_arguments(kind, of_kind))
            for row in rows:
                operation = "CREATE" if row["created"] else "UPDATE"
                event = [f"evt_{uuid.uuid4().hex[:24]}", kind, operation, row["id"], row["ref"]]
                for column, value in zip(events, [*event, row["data"]], strict=True):
                    column.append(value)
                counts["CREATED" if row["created"] else "UPDATED"] += 1
            counts["UNCHANGED"] += len(of_kind) - len(rows)
        if events[0]:
            await conn.execute(FLOOR_EVENTS, tenant_id, *events)
    return +counts


async def floor_sync(
    url: str, tenant_id: int, type_id: int, batch: list[dict[str, Any]]
) -> tuple[int, Counter[str]]:
    """The floor's records per second for one run of the sync, checked like Openwyn's."""
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        # Statistics of the tables Openwyn's runs just filled: without them the planner takes
        # them for empty and joins the links' ends by scans, seconds per batch (not timed).
        await conn.execute("ANALYZE")
        counts: Counter[str] = Counter()
        started = time.perf_counter()
        for start in range(0, len(batch), BATCH):
            counts += await _floor_batch(conn, tenant_id, type_id, batch[start : start + BATCH])
        elapsed = time.perf_counter() - started
    finally:
        await conn.close()
    return int(len(batch) / elapsed), counts


async def run(url: str, label: str, total: int) -> None:
    settings = Settings(
        database_url=url,
        jwt_secret="bench-" + "x" * 40,
        rate_limit_per_key=10**9,
        access_log=False,
    )
    batch = records(total)
    floor = await _floor_tenant(settings) if label == "postgresql" else None
    client, app, tenant_id = await _client(settings)
    # The app runs under its lifespan, as `openwyn serve --no-worker` runs it: start-up freezes
    # what it built out of the garbage collector's way (app.py), and a full collection that
    # walked it took a quarter of a second, every other run.
    try:
        async with app.router.lifespan_context(app):
            runs = Runs(client, app, tenant_id, batch, label, url, floor)
            rates, floor_rates = await runs.measured()
    finally:
        await client.aclose()
        await app.state.ctx.db.dispose()
    imported = await _import_runs(settings, batch, label)
    for (attempt, rate), import_rate in zip(rates.items(), imported, strict=True):
        print(f"{label} {attempt} run: openwyn import / API = {import_rate / rate:.2f}")
    for attempt, floor_rate in floor_rates.items():
        print(f"{label} {attempt} run: Openwyn / floor = {rates[attempt] / floor_rate:.2f}")


@dataclass
class Runs:
    """Openwyn's runs and, on PostgreSQL, the floor's, taking turns: both create once, then
    each syncs the unchanged records ROUNDS times, Openwyn's round and the floor's one after
    the other, so that a machine slower for a while slows both."""

    client: httpx.AsyncClient
    app: Any
    tenant_id: int
    batch: list[dict[str, Any]]
    label: str
    url: str
    floor: tuple[int, int] | None  # the floor's tenant and custom type, on PostgreSQL

    async def measured(self) -> tuple[dict[str, int], dict[str, int]]:
        """Openwyn's records per second by run (unchanged: the median), and the floor's."""
        (await self.client.post("/api/v1/records/custom", json=ENGAGEMENT)).raise_for_status()
        created = await self._openwyn("first run", "CREATED")
        floor_created = await self._floor("first run", "CREATED")
        before = await _events(self.app, self.tenant_id)
        if self.floor:  # the statistics the floor's runs get too (untimed)
            await _admin(self.url, "ANALYZE")
        unchanged, floor_unchanged = [], []
        for round_number in range(1, ROUNDS + 1):
            name = f"second run, round {round_number}"
            unchanged.append(await self._openwyn(name, "UNCHANGED"))
            floor_unchanged.append(await self._floor(name, "UNCHANGED"))
        added = await _events(self.app, self.tenant_id) - before
        if added:
            raise BenchFailed(f"second run: expected no new event, the outbox gained {added}")
        print(f"{self.label} second run: median {statistics.median(unchanged)} records/s")
        rates = {"first": created, "second": int(statistics.median(unchanged))}
        if not self.floor:
            return rates, {}
        print(f"floor second run: median {statistics.median(floor_unchanged)} records/s")
        ratios = ", ".join(f"{o / f:.2f}" for o, f in zip(unchanged, floor_unchanged, strict=True))
        print(f"{self.label} second run: Openwyn / floor by round {ratios}")
        return rates, {"first": floor_created, "second": int(statistics.median(floor_unchanged))}

    async def _openwyn(self, name: str, operation: str) -> int:
        counts = await sync(self.client, self.batch)
        rate = counts.pop("_per_second")
        _expect_all(counts, operation, len(self.batch), name)
        print(f"{self.label} {name}: {rate} records/s {dict(counts)}")
        return rate

    async def _floor(self, name: str, operation: str) -> int:
        if self.floor is None:
            return 0
        tenant_id, type_id = self.floor
        rate, counts = await floor_sync(self.url, tenant_id, type_id, self.batch)
        _expect_all(counts, operation, len(self.batch), f"floor {name}")
        print(f"floor {name}: {rate} records/s {dict(counts)}")
        return rate


async def _import_runs(settings: Settings, batch: list[dict[str, Any]], label: str) -> list[int]:
    """`openwyn import`'s two runs of the same records from a JSON Lines file, in a tenant of
    its own, through the command's own code (`import_file`, without the process start)."""
    client, app, _ = await _client(settings, slug="import")
    try:
        (await client.post("/api/v1/records/custom", json=ENGAGEMENT)).raise_for_status()
    finally:
        await client.aclose()
        await app.state.ctx.db.dispose()
    path = Path(tempfile.mkdtemp()) / "records.jsonl"
    path.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in batch))
    collector.settle()  # as `openwyn import` does before it reads the file
    db = Database(settings)
    rates = []
    try:
        for attempt, operation in (("first", "created"), ("second", "unchanged")):
            started = time.perf_counter()
            with path.open("rb") as source:
                totals = await import_file(db, "import", source, path.stat().st_size)
            rate = int(len(batch) / (time.perf_counter() - started))
            if totals[operation] != len(batch):
                raise BenchFailed(f"import {attempt} run: expected {len(batch)} {operation}")
            print(f"{label} import {attempt} run: {rate} records/s")
            rates.append(rate)
    finally:
        await db.dispose()
    shutil.rmtree(path.parent)
    return rates


async def _floor_tenant(settings: Settings) -> tuple[int, int]:
    """The floor's tenant and its custom type (made through the API)."""
    client, app, tenant_id = await _client(settings, slug="floor")
    try:
        created = await client.post("/api/v1/records/custom", json=ENGAGEMENT)
        type_id: int = created.raise_for_status().json()["data"]["id"]
    finally:
        await client.aclose()
        await app.state.ctx.db.dispose()
    return tenant_id, type_id


@contextmanager
def bench_database(postgres: str | None) -> Iterator[str]:
    """The URL of a migrated database of the bench's own: created from the `postgres` URL and
    dropped at the end, or without one a SQLite file in a temporary directory, removed at the
    end."""
    if postgres:
        url = asyncio.run(_postgres_database(postgres))
    else:
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    try:
        runner.upgrade(url)  # runs its own event loop
        yield url
    finally:
        if postgres:
            _drop_postgres_database(postgres, url)
        else:
            shutil.rmtree(Path(url.split("///", 1)[1]).parent)


def main(postgres: str | None, total: int) -> None:
    with bench_database(postgres) as url:
        asyncio.run(run(url, "postgresql" if postgres else "sqlite", total))


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
