"""Benchmark 5: invoice posting throughput, finalize of 10-line approved drafts on PostgreSQL.

    python bench/invoice_posting.py [--drafts 400] [--parallel 16] [--rounds 3]
                                    [--profile 100] [--cleanup]

Each round seeds `--drafts` approved draft bills straight into the tables of the tenant
`bench-post` (a new client per draft, with one job, ten approved WIP entries ON_DRAFT on the
draft, and one line per entry: what `POST /api/v1/draft-invoices` with `groupBy: NONE` leaves,
reviewed and approved), then finalizes all of them over HTTP, `POST
/api/v1/draft-invoices/{id}/finalize`, `--parallel` requests in flight at a time, each for a
different client: the real workflow, so every posting locks the tenant's invoice counter (the
gapless number), writes the invoice and its ten lines, the INVOICE ledger row and the client's
balance, bills ten WIP entries, refreshes the job's roll-ups, writes the FINALIZED and
RECONCILED history rows and every event through the outbox, in one transaction.

It prints postings per second (wall clock over the round), latency p50/p99, and the CPU per
posting of Openwyn's processes and of PostgreSQL's (every `postgres` process on the machine,
which is this benchmark's alone only if nothing else uses the server). Then it checks the
numbers are distinct and consecutive. With `--profile N` it finalizes N more drafts in-process
(the same app, through httpx's ASGI transport, 8 at a time) under cProfile, and prints where
Openwyn's CPU goes, by package and by function.
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from common import auth, database, drop, median, parser
from dataset import COLUMNS, BenchDatabase, Tenant, client_row
from servers import Server, cpu_seconds, machine, openwyn_env, running, token
from work_dataset import STAFF

TENANT = "bench-post"
LINES = 10

_STAFF_SQL = """
INSERT INTO staff (tenant_id, version, created_at, updated_at, first_name, last_name, email,
                   title, staff_type, billing_rate, cost_rate, active)
SELECT $1, 1, now(), now(), 'Staff', 'Member ' || lpad(n::text, 3, '0'),
       'staff' || n || '@firm.example', 'Accountant', 'STAFF', 150, 60, true
FROM generate_series(0, $2 - 1) AS n
"""

# The clients with ids above $2 (this round's): one job each.
_JOBS_SQL = """
WITH s AS (SELECT array_agg(id ORDER BY id) AS ids FROM staff WHERE tenant_id = $1)
INSERT INTO jobs (tenant_id, version, created_at, updated_at, job_ref, name, client_id,
                  partner_staff_id, manager_staff_id, status, start_date, due_date, fee_type)
SELECT $1, 1, now(), now(), 'P-' || c.id, 'Annual accounts ' || c.id, c.id,
       s.ids[1 + c.id % array_length(s.ids, 1)], s.ids[1 + (c.id + 7) % array_length(s.ids, 1)],
       'IN_PROGRESS', date '2026-01-01', date '2026-12-31', 'HOURLY'
FROM clients c, s WHERE c.tenant_id = $1 AND c.id > $2
"""

_DRAFTS_SQL = """
INSERT INTO draft_invoices (tenant_id, version, created_at, updated_at, draft_number, status,
                            review_status, client_id, client_name, project_id, bill_type,
                            group_by, subtotal, tax_amount, total_amount, currency,
                            approved_at, source)
SELECT $1, 1, now(), now(), 'BD-' || c.id, 'APPROVED', 'APPROVED', c.id, c.name, j.id, 'WIP',
       'NONE', 0, 0, 0, 'USD', now(), 'OPENWYN'
FROM clients c JOIN jobs j ON j.client_id = c.id AND j.tenant_id = $1
WHERE c.tenant_id = $1 AND c.id > $2
"""

# Ten approved time entries per draft, on it (ON_DRAFT), 1.5 to 6 hours at 150.
_WIPS_SQL = """
WITH s AS (SELECT array_agg(id ORDER BY id) AS ids FROM staff WHERE tenant_id = $1)
INSERT INTO wips (tenant_id, version, created_at, updated_at, type, client_id, job_id, staff_id,
                  logged_date, hours, rate, value, currency, billable, approved, notes,
                  task_code, billed_amount, write_off_amount, outstanding_amount, status,
                  draft_invoice_id, source)
SELECT $1, 1, now(), now(), 'TIME', d.client_id, d.project_id,
       s.ids[1 + (d.id + g) % array_length(s.ids, 1)], date '2026-11-01' + g,
       1.5 + (g % 4) * 1.5, 150, (1.5 + (g % 4) * 1.5) * 150, 'USD', true, true,
       'Prepared workpapers, item ' || g, 'PREP', 0, 0, (1.5 + (g % 4) * 1.5) * 150,
       'ON_DRAFT', d.id, 'PMS'
FROM draft_invoices d, s, generate_series(1, $3) AS g
WHERE d.tenant_id = $1 AND d.client_id > $2
"""

_LINES_SQL = """
INSERT INTO draft_invoice_lines (tenant_id, version, created_at, updated_at, draft_invoice_id,
                                 position, description, quantity, unit_price, amount,
                                 standard_amount, adjustment, tax_rate, tax_amount, job_id,
                                 wip_ids)
SELECT $1, 1, now(), now(), w.draft_invoice_id,
       row_number() OVER (PARTITION BY w.draft_invoice_id ORDER BY w.id) - 1, w.notes, w.hours,
       w.rate, w.value, w.value, 0, 0, 0, w.job_id, json_build_array(w.id)
FROM wips w WHERE w.tenant_id = $1 AND w.client_id > $2 AND w.draft_invoice_id IS NOT NULL
"""

_TOTALS_SQL = """
UPDATE draft_invoices d SET subtotal = t.amount, total_amount = t.amount
FROM (SELECT draft_invoice_id, sum(amount) AS amount FROM draft_invoice_lines
      WHERE tenant_id = $1 GROUP BY draft_invoice_id) t
WHERE d.id = t.draft_invoice_id AND d.tenant_id = $1 AND d.client_id > $2
"""


async def _seed(conn: asyncpg.Connection, tenant_id: int, drafts: int) -> list[int]:
    """`drafts` new approved 10-line drafts, one per new client; their ids."""
    if not await conn.fetchval("SELECT count(*) FROM staff WHERE tenant_id = $1", tenant_id):
        await conn.execute(_STAFF_SQL, tenant_id, STAFF)
    have = await conn.fetchval("SELECT count(*) FROM clients WHERE tenant_id = $1", tenant_id)
    last = await conn.fetchval(
        "SELECT coalesce(max(id), 0) FROM clients WHERE tenant_id = $1", tenant_id
    )
    rows = [client_row(tenant_id, n, 1_000_000) for n in range(have + 1, have + 1 + drafts)]
    async with conn.transaction():
        await conn.copy_records_to_table("clients", records=rows, columns=COLUMNS)
        await conn.execute(_JOBS_SQL, tenant_id, last)
        await conn.execute(_DRAFTS_SQL, tenant_id, last)
        await conn.execute(_WIPS_SQL, tenant_id, last, LINES)
        await conn.execute(_LINES_SQL, tenant_id, last)
        await conn.execute(_TOTALS_SQL, tenant_id, last)
    await conn.execute("ANALYZE clients, jobs, wips, draft_invoices, draft_invoice_lines")
    ids = await conn.fetch(
        "SELECT id FROM draft_invoices WHERE tenant_id = $1 AND client_id > $2 ORDER BY id",
        tenant_id,
        last,
    )
    return [int(row["id"]) for row in ids]


async def _noop(_conn: asyncpg.Connection, _tenant_id: int, _size: int, _slug: str) -> None:
    return None


async def _prepare(db: BenchDatabase) -> Tenant:
    await db.prepare()
    return await db.seeded_tenant(TENANT, 0, _noop)


async def _drafts(db: BenchDatabase, tenant: Tenant, count: int) -> list[int]:
    conn = await db.connect()
    try:
        return await _seed(conn, tenant.tenant_id, count)
    finally:
        await conn.close()


def postgres_seconds() -> float:
    """CPU time used so far by every `postgres` process on the machine."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, _, rest = text.partition(") ")
        if name.endswith("(postgres"):
            fields = rest.split()
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


async def _finalize_all(
    base_url: str, bearer: str, ids: list[int], parallel: int
) -> tuple[list[float], float]:
    """Every draft finalized, `parallel` at a time; latencies (ms, sorted) and wall seconds."""
    latencies: list[float] = []
    queue = list(reversed(ids))
    limits = httpx.Limits(max_connections=parallel, max_keepalive_connections=parallel)

    async with httpx.AsyncClient(
        base_url=base_url, headers=auth(bearer), limits=limits, timeout=120
    ) as http:

        async def worker() -> None:
            while queue:
                draft_id = queue.pop()
                began = time.perf_counter()
                response = await http.post(f"/api/v1/draft-invoices/{draft_id}/finalize", json={})
                if response.status_code != 200:
                    raise RuntimeError(f"draft {draft_id}: {response.status_code} {response.text}")
                latencies.append((time.perf_counter() - began) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(parallel)))
        wall = time.perf_counter() - started
    return sorted(latencies), wall


def _percentile(values: list[float], fraction: float) -> float:
    return values[max(0, min(len(values) - 1, round(fraction * len(values)) - 1))]


async def check_numbers(db: BenchDatabase, tenant: Tenant, ids: list[int]) -> None:
    """The round's invoices: one per draft, POSTED, numbers distinct and consecutive."""
    conn = await db.connect()
    try:
        rows = await conn.fetch(
            "SELECT invoice_number, status FROM invoices WHERE tenant_id = $1"
            " AND draft_invoice_id = ANY($2::bigint[])",
            tenant.tenant_id,
            ids,
        )
        ledger = await conn.fetchval(
            "SELECT count(*) FROM ar_transactions t JOIN invoices i ON i.id = t.invoice_id"
            " WHERE i.tenant_id = $1 AND i.draft_invoice_id = ANY($2::bigint[])",
            tenant.tenant_id,
            ids,
        )
    finally:
        await conn.close()
    numbers = sorted(int(str(row["invoice_number"]).rsplit("-", 1)[-1]) for row in rows)
    statuses = {row["status"] for row in rows}
    consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    if len(rows) != len(ids) or not consecutive or ledger != len(ids):
        raise RuntimeError(f"{len(rows)} invoices, {ledger} ledger rows, consecutive {consecutive}")
    print(
        f"  {len(rows)} invoices {statuses}, numbers {numbers[0]}..{numbers[-1]} consecutive,"
        f" {ledger} ledger rows"
    )


def round_once(
    db: BenchDatabase, tenant: Tenant, server: Server, bearer: str, drafts: int, parallel: int
) -> float:
    ids = asyncio.run(_drafts(db, tenant, drafts))
    cpu, pg = cpu_seconds(server), postgres_seconds()
    latencies, wall = asyncio.run(_finalize_all(server.base_url, bearer, ids, parallel))
    app_ms = (cpu_seconds(server) - cpu) * 1000 / len(ids)
    pg_ms = (postgres_seconds() - pg) * 1000 / len(ids)
    rate = len(ids) / wall
    print(
        f"  {len(ids)} postings in {wall:.1f} s: {rate:.1f} postings/s, p50"
        f" {_percentile(latencies, 0.5):.0f} ms, p99 {_percentile(latencies, 0.99):.0f} ms;"
        f" cpu per posting: openwyn {app_ms:.1f} ms, postgres {pg_ms:.1f} ms"
    )
    asyncio.run(check_numbers(db, tenant, ids))
    return rate


def _package(filename: str) -> str:
    for marker in ("/openwyn/", "/sqlalchemy/", "/asyncpg/", "/pydantic", "/starlette/"):
        if marker in filename:
            return marker.strip("/")
    for marker in ("/fastapi/", "/httpx/", "/httpcore/", "/anyio/", "/orjson", "/json/"):
        if marker in filename:
            return "fastapi" if marker == "/fastapi/" else "client (httpx) / anyio / json"
    if filename.startswith("~") or "/asyncio/" in filename or "uvloop" in filename:
        return "builtins, asyncio"
    return "other"


async def _profiled(db: BenchDatabase, tenant: Tenant, count: int) -> pstats.Stats:
    from openwyn.app import create_app_from_env

    ids = await _drafts(db, tenant, count)
    with tempfile.TemporaryDirectory(prefix="openwyn-bench-") as tmp:
        os.environ.update(openwyn_env(db, Path(tmp)))
        app = create_app_from_env()
        transport = httpx.ASGITransport(app=app)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://bench") as http,
        ):
            answer = await http.post("/v1/auth/token", json={"jwtApiKey": tenant.api_key})
            bearer = answer.json()["token"]
            # Eight postings outside the profile: caches, prepared statements, the pool.
            warm, ids = ids[:8], ids[8:]
            await _finalize_all_asgi(http, bearer, warm)
            profile = cProfile.Profile()
            profile.enable()
            started = time.perf_counter()
            await _finalize_all_asgi(http, bearer, ids)
            wall = time.perf_counter() - started
            profile.disable()
    print(f"  {len(ids)} postings in-process in {wall:.1f} s ({len(ids) / wall:.1f}/s)")
    return pstats.Stats(profile)


async def _finalize_all_asgi(http: httpx.AsyncClient, bearer: str, ids: list[int]) -> None:
    queue = list(reversed(ids))

    async def worker() -> None:
        while queue:
            draft_id = queue.pop()
            response = await http.post(
                f"/api/v1/draft-invoices/{draft_id}/finalize", json={}, headers=auth(bearer)
            )
            if response.status_code != 200:
                raise RuntimeError(f"draft {draft_id}: {response.status_code} {response.text}")

    await asyncio.gather(*(worker() for _ in range(8)))


def profile(db: BenchDatabase, tenant: Tenant, count: int) -> None:
    print(f"== where the CPU goes: cProfile, {count} postings in-process (8 in flight)")
    stats = asyncio.run(_profiled(db, tenant, count))
    postings = count - 8
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    by_package: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in raw.items():
        by_package[_package(filename)] += tottime
        total += tottime
    print(
        f"  own time per posting {total * 1000 / postings:.1f} ms"
        " (cProfile inflates it), by package:"
    )
    for package, seconds in sorted(by_package.items(), key=lambda item: -item[1]):
        print(f"    {package:32} {seconds * 1000 / postings:6.2f} ms  {seconds / total:5.1%}")
    print("  the 25 functions with the most own time:")
    stats.sort_stats("tottime").print_stats(25)
    print("  openwyn's functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats("openwyn/", 30)


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--drafts", type=int, default=400, help="drafts finalized per round")
    options.add_argument("--parallel", type=int, default=16, help="requests in flight")
    options.add_argument("--profile", type=int, default=100, help="postings profiled (0: none)")
    options.set_defaults(rounds=3)
    args = options.parse_args()
    db = database(args)
    tenant = asyncio.run(_prepare(db))
    print(f"machine: {machine()}, {args.workers} uvicorn process(es)")
    try:
        rates = []
        with running(db, args.workers) as (server, _floor):
            bearer = token(server, tenant.api_key)
            print(
                f"== finalize throughput, {args.drafts} drafts of {LINES} lines per round,"
                f" {args.parallel} in flight"
            )
            for number in range(1, args.rounds + 1):
                print(f"round {number} ({datetime.now(UTC):%H:%M:%S} UTC)")
                rates.append(round_once(db, tenant, server, bearer, args.drafts, args.parallel))
        spread = f"{min(rates):.1f}..{max(rates):.1f}"
        print(f"postings/s: median {median(rates):.1f} (rounds {spread})")
        if args.profile:
            profile(db, tenant, args.profile + 8)
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
