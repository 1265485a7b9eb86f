"""Benchmark: payments per second, and a client's balance and aging at 100k invoices.

    python bench/payments.py [--only payments|balance] [--clients 200] [--concurrency 16]
                             [--seconds 15] [--rate 50] [--rounds 3] [--cleanup]

- **payments**: `bench-payments` holds `--clients` clients, each with one posted invoice of
  1,000,000.00 (made through the API once). `--concurrency` HTTP clients, each with its own
  share of the clients, post CHECK payments of 1.00 allocated to the client's invoice through
  `POST /api/v1/payments` of the served app (each one a PAYMENT ledger row, an allocation, the
  invoice's and the client's balances, and its CREATE and CONFIRMED events, in one
  transaction). Reported: payments/s and the server's CPU ms per payment (process CPU time of
  the uvicorn processes / payments). PostgreSQL's own CPU is not counted.
- **balance**: `bench-balances-100k` holds 100,000 invoices over `HEAVY_CLIENTS` clients (the
  invoice bench's rows: bench/invoice_dataset.py); `GET /api/v1/clients/{id}/balance` of the
  client with the most invoices, at `--rate` per second, against a floor: a bare asyncpg loop
  sending the very statements Openwyn sent for that request (captured from the app run
  in-process, parameters included) at the same rate. p99 of each, median of `--rounds` rounds.
  Target: Openwyn's p99 <= 1.5 x the floor's.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import time
from collections.abc import Sequence
from typing import Any

import asyncpg
import httpx
from common import auth, database, drop, median, parser, verdict
from dataset import COLUMNS, BenchDatabase, Tenant, client_row, progress
from invoice_dataset import _INVOICES_SQL, PLANTED
from open_loop import fixed_rate, http_request
from plans import Statement
from servers import JWT_SECRET, Server, cpu_seconds, machine, running, token
from sqlalchemy import event

from openwyn.app import create_app
from openwyn.config import Settings

PAYMENT_TENANT = "bench-payments"
BALANCE_TENANT = "bench-balances-100k"
BALANCE_INVOICES = 100_000
HEAVY_CLIENTS = 10
INVOICE_AMOUNT = "1000000.00"
PAYMENT_AMOUNT = "1.00"
TARGET = 1.5
MEASURES = ("payments", "balance")


def _arguments() -> argparse.Namespace:
    options = parser("Payments per second, and the balance read against its floor.")
    options.add_argument("--only", choices=MEASURES)
    options.add_argument("--clients", type=int, default=200, help="payment tenant's clients")
    options.add_argument("--concurrency", type=int, default=16, help="HTTP clients posting")
    options.add_argument("--rate", type=float, default=50, help="balance reads per second")
    options.set_defaults(rounds=3)
    return options.parse_args()


async def _seed_clients(conn: asyncpg.Connection, tenant_id: int, size: int, slug: str) -> None:
    """`size` clients, COPYed once; their invoices are made through the API (_invoices)."""
    have = await conn.fetchval("SELECT count(*) FROM clients WHERE tenant_id = $1", tenant_id)
    if have == size:
        return
    rows = [client_row(tenant_id, n, 10_000_000) for n in range(size)]
    await conn.copy_records_to_table("clients", records=rows, columns=COLUMNS)
    progress(f"{slug}: {size:,} clients in", done=True)


async def _seed_heavy(conn: asyncpg.Connection, tenant_id: int, size: int, slug: str) -> None:
    """`size` invoices over HEAVY_CLIENTS clients (the invoice bench's statuses and dates)."""
    have = await conn.fetchval("SELECT count(*) FROM invoices WHERE tenant_id = $1", tenant_id)
    if have == size:
        return
    await conn.execute("DELETE FROM invoices WHERE tenant_id = $1", tenant_id)
    await conn.execute("DELETE FROM clients WHERE tenant_id = $1", tenant_id)
    rows = [client_row(tenant_id, n, 10_000_000) for n in range(HEAVY_CLIENTS)]
    await conn.copy_records_to_table("clients", records=rows, columns=COLUMNS)
    await conn.execute(_INVOICES_SQL, tenant_id, size, size // PLANTED, PLANTED)
    await conn.execute("VACUUM (ANALYZE) clients, invoices")
    progress(f"{slug}: {size:,} invoices over {HEAVY_CLIENTS} clients", done=True)


async def _tenants(db: BenchDatabase, args: argparse.Namespace) -> tuple[Tenant, Tenant]:
    await db.prepare()
    payments = await db.seeded_tenant(PAYMENT_TENANT, args.clients, _seed_clients)
    balances = await db.seeded_tenant(BALANCE_TENANT, BALANCE_INVOICES, _seed_heavy)
    return payments, balances


async def _targets(server: Server, headers: dict[str, str]) -> list[tuple[int, int]]:
    """(client, posted invoice) of every client of the payment tenant; invoices made once."""
    async with httpx.AsyncClient(base_url=server.base_url, headers=headers, timeout=60) as api:
        clients: list[int] = []
        body: dict[str, Any] = {"pageSize": 1000}
        while True:
            page = (await api.post("/gql/v1/clients/search", json=body)).raise_for_status().json()
            clients += [row["id"] for row in page["clients"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            body["cursor"] = page["pageInfo"]["endCursor"]
        found = await api.post("/gql/v1/invoices", json={"pageSize": 1000})
        invoices = {
            row["clientId"]: row["id"] for row in found.raise_for_status().json()["invoices"]
        }
        for client_id in clients:
            if client_id in invoices:
                continue
            line = {"description": "Retainer", "quantity": 1, "unitPrice": INVOICE_AMOUNT}
            made = await api.post(
                "/api/v1/invoices", json={"clientId": client_id, "lineItems": [line]}
            )
            invoice_id = made.raise_for_status().json()["data"]["id"]
            (await api.post(f"/api/v1/invoices/{invoice_id}/post")).raise_for_status()
            invoices[client_id] = invoice_id
    return [(client_id, invoices[client_id]) for client_id in clients]


async def _pay_for(
    server: Server, headers: dict[str, str], targets: list[tuple[int, int]], seconds: float, p: int
) -> tuple[int, int]:
    """(payments made, failures) of `p` HTTP clients posting for `seconds`."""
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=p)
    async with httpx.AsyncClient(
        base_url=server.base_url, headers=headers, limits=limits, timeout=60
    ) as api:

        async def one_client(share: Sequence[tuple[int, int]]) -> tuple[int, int]:
            made = failed = turn = 0
            while time.perf_counter() < deadline:
                client_id, invoice_id = share[turn % len(share)]
                turn += 1
                body = {
                    "clientId": client_id,
                    "amount": PAYMENT_AMOUNT,
                    "paymentMethod": "CHECK",
                    "allocations": [{"invoiceId": invoice_id, "amount": PAYMENT_AMOUNT}],
                }
                answer = await api.post("/api/v1/payments", json=body)
                made, failed = (
                    (made + 1, failed) if answer.status_code == 201 else (made, failed + 1)
                )
            return made, failed

        shares = [targets[n::p] for n in range(p)]
        results = await asyncio.gather(*(one_client(share) for share in shares if share))
    return sum(made for made, _ in results), sum(failed for _, failed in results)


def _payments(server: Server, tenant: Tenant, args: argparse.Namespace) -> None:
    headers = auth(token(server, tenant.api_key))
    targets = asyncio.run(_targets(server, headers))
    print(f"\npayments: {len(targets)} clients, {args.concurrency} HTTP clients, CHECK payments")
    asyncio.run(_pay_for(server, headers, targets, args.warmup, args.concurrency))
    for round_number in range(args.rounds):
        before = cpu_seconds(server)
        started = time.perf_counter()
        made, failed = asyncio.run(
            _pay_for(server, headers, targets, args.seconds, args.concurrency)
        )
        elapsed = time.perf_counter() - started
        cpu_ms = (cpu_seconds(server) - before) * 1000 / max(made, 1)
        print(
            f"  round {round_number + 1}: {made / elapsed:7.1f} payments/s"
            f"  cpu {cpu_ms:.2f} ms/payment  ({made} made, {failed} failed)"
        )


async def _heaviest(db: BenchDatabase, tenant: Tenant) -> int:
    conn = await db.connect()
    try:
        found: int = await conn.fetchval(
            "SELECT client_id FROM invoices WHERE tenant_id = $1"
            " GROUP BY client_id ORDER BY count(*) DESC LIMIT 1",
            tenant.tenant_id,
        )
        return found
    finally:
        await conn.close()


async def _balance_statements(db: BenchDatabase, tenant: Tenant, path: str) -> list[Statement]:
    """The statements Openwyn runs for one balance read (the second, past any cached auth)."""
    settings = Settings(
        database_url=db.url, jwt_secret=JWT_SECRET, access_log=False,
        rate_limit_token_per_address=10**9,
    )  # fmt: skip
    app = create_app(settings)
    engine = app.state.ctx.db.engine
    seen: list[Statement] = []
    capturing = False
    wanted = re.compile(r"FROM (?:invoices|client_balances|clients|tenants)\b")

    def capture(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_rest: Any) -> None:
        if capturing and wanted.search(sql):
            seen.append(Statement(sql, tuple(parameters)))

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        exchange = await client.post("/v1/auth/token", json={"jwtApiKey": tenant.api_key})
        headers = auth(exchange.raise_for_status().json()["token"])
        (await client.get(path, headers=headers)).raise_for_status()
        capturing = True
        (await client.get(path, headers=headers)).raise_for_status()
    await engine.dispose()
    return seen


async def _floor(
    db: BenchDatabase, statements: Sequence[Statement], rate: float, seconds: float
) -> list[float]:
    """The statements, in order on one pooled connection, at `rate` per second: each run's
    milliseconds from when it was due (sorted)."""
    pool = await asyncpg.create_pool(db.dsn, min_size=8, max_size=8)
    assert pool is not None
    latencies: list[float] = []

    async def one(due: float) -> None:
        async with pool.acquire() as conn:
            for statement in statements:
                await conn.fetch(statement.sql, *statement.parameters)
        latencies.append((time.perf_counter() - due) * 1000)

    try:
        start = time.perf_counter()
        runs = []
        for n in range(int(rate * seconds)):
            due = start + n / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            runs.append(asyncio.create_task(one(due)))
        await asyncio.gather(*runs)
    finally:
        await pool.close()
    return sorted(latencies)


def _p99(sorted_ms: Sequence[float]) -> float:
    rank = math.ceil(0.99 * len(sorted_ms))
    return sorted_ms[min(max(rank, 1), len(sorted_ms)) - 1]


def _balance(server: Server, db: BenchDatabase, tenant: Tenant, args: argparse.Namespace) -> None:
    client_id = asyncio.run(_heaviest(db, tenant))
    path = f"/api/v1/clients/{client_id}/balance"
    statements = asyncio.run(_balance_statements(db, tenant, path))
    print(f"\nbalance: {BALANCE_INVOICES:,} invoices over {HEAVY_CLIENTS} clients, {path}")
    for statement in statements:
        print(f"  SQL: {' '.join(statement.sql.split())[:300]}")
    request = http_request("GET", path, auth(token(server, tenant.api_key)))
    fixed_rate(server.port, [request], args.rate, args.warmup)
    ours, floors = [], []
    for round_number in range(args.rounds):
        before = cpu_seconds(server)
        result = fixed_rate(server.port, [request], args.rate, args.seconds)
        if result.failures:
            raise SystemExit(f"answers other than 200: {dict(result.failures)}")
        cpu_ms = (cpu_seconds(server) - before) * 1000 / len(result.milliseconds)
        floor = asyncio.run(_floor(db, statements, args.rate, args.seconds))
        ours.append(result.percentile(0.99))
        floors.append(_p99(floor))
        print(
            f"  round {round_number + 1}: openwyn p50 {result.percentile(0.5):6.2f} ms"
            f"  p99 {ours[-1]:6.2f} ms  cpu {cpu_ms:.2f} ms/req | floor p50"
            f" {floor[len(floor) // 2]:6.2f} ms  p99 {floors[-1]:6.2f} ms"
        )
    ratio = median(ours) / median(floors)
    print(
        f"  median p99: openwyn {median(ours):.2f} ms, floor {median(floors):.2f} ms,"
        f" ratio {ratio:.2f} (target <= {TARGET}): {verdict(ratio <= TARGET)}"
    )


def main() -> None:
    args = _arguments()
    db = database(args)
    payment_tenant, balance_tenant = asyncio.run(_tenants(db, args))
    print(f"machine: {machine()}")
    try:
        with running(db, args.workers) as (server, _floor_app):
            if args.only in (None, "payments"):
                _payments(server, payment_tenant, args)
            if args.only in (None, "balance"):
                _balance(server, db, balance_tenant, args)
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
