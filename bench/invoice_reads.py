"""Benchmark 6: invoice search at 100,000 and 1,000,000 invoices, against the floor.

    python bench/invoice_reads.py [--only scale|throughput] [--rate 50] [--connections 16]
                                  [--rounds 3] [--no-plans] [--cleanup]

The search is `POST /gql/v1/invoices/search` with `{"where": {"clientId": {"_eq": C},
"status": {"_in": ["POSTED", "OVERDUE"]}}, "pageSize": 50}`: a client's open invoices, the
question asked before chasing a client or sending a statement, answered with a 50-row page in
the default order (issueDate desc, id) and `total.aggregate.count`. The client asked about holds
400 invoices over four years in both tenants, 120 of them open (bench/invoice_dataset.py), so
the two sizes compare the cost of finding rows, not the size of the answer. Two measures:

- **scale**: p99 at a fixed rate (open loop), Openwyn and the floor side by side over the same
  seconds, on each tenant. Target: Openwyn's p99 at 1M / its p99 at 100k <= 1.5.
- **throughput**: wrk, `--connections` connections, each app alone, alternating rounds, on
  each tenant: Openwyn's requests/s against the floor's (reported; no target of its own).

First the run prints the SQL Openwyn sends (captured from the server in-process), checks that
the floor's SQL (bench/floor_app.py) is the very same text, and prints PostgreSQL's EXPLAIN
(ANALYZE, BUFFERS) of every statement on every tenant; then it checks that both apps answer
the same rows and count.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import floor_app
import httpx
import orjson
from closed_loop import ensure_wrk, wrk
from common import auth, database, drop, median, parser, report_run, verdict
from dataset import BenchDatabase, Tenant
from invoice_dataset import INVOICE_TENANTS, PLANTED_OPEN, planted_client, seed_invoices
from open_loop import http_request, interleaved
from plans import explain, plan_choice, server_statements
from servers import Server, cpu_seconds, machine, running, token

PATH = "/gql/v1/invoices/search"
PAGE_SIZE = 50
SCALE_TARGET = 1.5
SMALL, LARGE = INVOICE_TENANTS
MEASURES = ("scale", "throughput")
# The statements of one search: the tenant's time zone, then the page and the count.
FLOOR_SQL = (
    floor_app.INVOICE_SETTINGS_SQL,
    floor_app.INVOICE_PAGE_SQL,
    floor_app.INVOICE_COUNT_SQL,
)
# What server_statements keeps: statements reading invoices or the tenant's settings (not the
# API key lookup, which joins tenants to api_keys and is cached after the first request).
TABLES = "(?:invoices|tenants)"


@dataclass(frozen=True)
class Case:
    """One tenant's search."""

    tenant: Tenant
    body: dict[str, Any]


def invoice_search(client_id: int) -> dict[str, Any]:
    where = {"clientId": {"_eq": client_id}, "status": {"_in": ["POSTED", "OVERDUE"]}}
    return {"where": where, "pageSize": PAGE_SIZE}


async def _cases(db: BenchDatabase) -> list[Case]:
    await db.prepare()
    cases = []
    for slug, size in INVOICE_TENANTS.items():
        tenant = await db.seeded_tenant(slug, size, seed_invoices)
        conn = await db.connect()
        try:
            client_id = await planted_client(conn, tenant.tenant_id)
        finally:
            await conn.close()
        cases.append(Case(tenant, invoice_search(client_id)))
    return cases


def _kind(sql: str) -> str:
    if sql.startswith("SELECT count"):
        return "count"
    return "settings" if "FROM tenants" in sql else "page"


async def show_plans(db: BenchDatabase, cases: Sequence[Case]) -> None:
    """Openwyn's SQL, the check that the floor sends the same, and the plans on each tenant."""
    for number, case in enumerate(cases):
        statements = await server_statements(db, case.tenant, PATH, case.body, TABLES)
        sent = tuple(statement.sql for statement in statements)
        if sent != FLOOR_SQL:
            raise RuntimeError(f"{PATH}: the floor's SQL differs from Openwyn's:\n{sent}")
        if number == 0:
            print(f"Openwyn's SQL for {PATH} (the floor sends the same text):")
            for statement in statements:
                print("    " + statement.sql.replace("\n", "\n    "))
                print(f"    -- {statement.parameters}")
        for statement in statements:
            if _kind(statement.sql) == "settings":
                continue  # a primary key lookup of one row, the same at any size
            plan = await explain(db, statement)
            print(f"EXPLAIN (ANALYZE, BUFFERS), {case.tenant.slug} {_kind(statement.sql)}:")
            print(f"    ({await plan_choice(db, statement)})")
            print("    " + "\n    ".join(plan))


def _answer(server: Server, case: Case, bearer: str) -> dict[str, Any]:
    response = httpx.post(server.base_url + PATH, json=case.body, headers=auth(bearer))
    response.raise_for_status()
    answer: dict[str, Any] = response.json()
    return answer


def check(servers: Sequence[Server], case: Case, bearer: str) -> None:
    """Both apps answer the same rows (ids, fields, statuses as read) and count."""
    answers = [_answer(server, case, bearer) for server in servers]
    for server, answer in zip(servers, answers, strict=True):
        total = answer["total"]["aggregate"]["count"]
        if total != PLANTED_OPEN or len(answer["invoices"]) != PAGE_SIZE:
            raise RuntimeError(f"{server.label}: {total} matches, {len(answer['invoices'])} rows")
    first, second = (orjson.dumps(answer["invoices"]) for answer in answers)
    totals = [answer["total"] for answer in answers]
    if first != second or totals[0] != totals[1]:
        raise RuntimeError(f"{PATH}: Openwyn and the floor answer differently")


def _request(case: Case, bearer: str) -> bytes:
    headers = auth(bearer) | {"Content-Type": "application/json"}
    return http_request("POST", PATH, headers, orjson.dumps(case.body))


def scale(
    args: argparse.Namespace, servers: tuple[Server, Server], requests: dict[str, bytes]
) -> bool:
    print(f"== invoice search p99, {SMALL} vs {LARGE}, {args.rate:g} req/s each, side by side")
    for request in requests.values():
        interleaved([server.port for server in servers], [request], args.rate, args.warmup)
    p99: dict[tuple[str, str], list[float]] = {}
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}, {args.seconds:g} s per tenant")
        order = servers if round_number % 2 else servers[::-1]
        for slug in (SMALL, LARGE) if round_number % 2 else (LARGE, SMALL):
            ports = [server.port for server in order]
            before = [cpu_seconds(server) for server in order]
            results = interleaved(ports, [requests[slug]], args.rate, args.seconds)
            for server, result, cpu in zip(order, results, before, strict=True):
                report_run(server, f"{slug:19}", result, cpu)
                p99.setdefault((server.label, slug), []).append(result.percentile(0.99))
    for label in ("openwyn", "floor"):
        low, high = median(p99[(label, SMALL)]), median(p99[(label, LARGE)])
        rounds = ", ".join(
            f"{b / a:.2f}" for a, b in zip(p99[(label, SMALL)], p99[(label, LARGE)], strict=True)
        )
        print(
            f"{label:8} p99 {SMALL} {low:.2f} ms, {LARGE} {high:.2f} ms,"
            f" ratio {high / low:.2f} (rounds {rounds})"
        )
    ratio = median(p99[("openwyn", LARGE)]) / median(p99[("openwyn", SMALL)])
    met = ratio <= SCALE_TARGET
    print(f"openwyn p99 {LARGE} / {SMALL} {ratio:.2f} (target <= {SCALE_TARGET}): {verdict(met)}")
    return met


def _wrk(server: Server, case: Case, bearer: str, seconds: float, connections: int) -> float:
    headers = auth(bearer) | {"Content-Type": "application/json"}
    before = cpu_seconds(server)
    result = wrk(
        server.base_url + PATH,
        method="POST",
        body=orjson.dumps(case.body).decode(),
        headers=headers,
        seconds=seconds,
        connections=connections,
    )
    cpu_ms = (cpu_seconds(server) - before) * 1000 / result.requests
    print(
        f"  {server.label:8} {case.tenant.slug:19} {result.requests_per_second:7.1f} req/s"
        f"  p50 {result.p50_ms:6.2f} ms  p99 {result.p99_ms:6.2f} ms  cpu {cpu_ms:.2f} ms/req"
    )
    return result.requests_per_second


def throughput(
    args: argparse.Namespace,
    servers: tuple[Server, Server],
    cases: Sequence[Case],
    bearers: dict[str, str],
) -> None:
    print(f"== invoice search throughput, wrk, {args.connections} connections, one app at a time")
    for server in servers:
        for case in cases:
            _wrk(server, case, bearers[case.tenant.slug], args.warmup, args.connections)
    rates: dict[tuple[str, str], list[float]] = {}
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}, {args.seconds:g} s per run")
        order = servers if round_number % 2 else servers[::-1]
        for case in cases:
            for server in order:
                rate = _wrk(server, case, bearers[case.tenant.slug], args.seconds, args.connections)
                rates.setdefault((server.label, case.tenant.slug), []).append(rate)
    for case in cases:
        slug = case.tenant.slug
        mine, floor = rates[("openwyn", slug)], rates[("floor", slug)]
        rounds = ", ".join(f"{a / b:.2f}" for a, b in zip(mine, floor, strict=True))
        print(
            f"{slug}: openwyn {median(mine):.1f} req/s, floor {median(floor):.1f} req/s,"
            f" ratio {median(mine) / median(floor):.2f} (rounds {rounds})"
        )


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--only", choices=MEASURES, action="append", help="measures to run")
    options.add_argument("--rate", type=float, default=50, help="searches/s, each app")
    options.add_argument("--connections", type=int, default=16, help="wrk connections")
    options.add_argument("--no-plans", action="store_true", help="skip the SQL and its plans")
    options.set_defaults(rounds=3)
    args = options.parse_args()
    measures = args.only or MEASURES
    if "throughput" in measures:
        ensure_wrk()
    db = database(args)
    cases = asyncio.run(_cases(db))
    print(f"machine: {machine()}")
    if not args.no_plans:
        asyncio.run(show_plans(db, cases))
    print(f"{args.workers} uvicorn process(es) per app")
    try:
        with running(db, args.workers) as servers:
            bearers = {case.tenant.slug: token(servers[0], case.tenant.api_key) for case in cases}
            for case in cases:
                check(servers, case, bearers[case.tenant.slug])
            requests = {
                case.tenant.slug: _request(case, bearers[case.tenant.slug]) for case in cases
            }
            if "scale" in measures:
                scale(args, servers, requests)
            if "throughput" in measures:
                throughput(args, servers, cases, bearers)
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
