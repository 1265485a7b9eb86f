"""Benchmark 4: WIP search with sums at 100,000 and 1,000,000 WIP rows, and the project list
with roll-ups at 100,000 jobs, each against the floor.

    python bench/work_reads.py [--only wips-scale|wips-throughput|projects] [--rate 50]
                               [--connections 16] [--project-rate 2] [--project-seconds 30]
                               [--rounds 3] [--cleanup]

The WIP search is `POST /gql/v1/wips/search` with `{"where": {"clientId": {"_eq": C},
"status": {"_eq": "OPEN"}}, "pageSize": 50}`: a client's open WIP, the question a partner
asks before billing it, answered with a 50-row page in the default order (loggedDate desc),
`total.aggregate.count` and `total.aggregate.sum` over the whole filtered set. The client asked
about holds exactly 500 open entries in both tenants (bench/work_dataset.py), so the two sizes
compare the cost of finding rows, not the size of the answer. Three measures:

- **wips-scale**: p99 at a fixed rate (open loop), Openwyn and the floor side by side over the
  same seconds, on each tenant. Target: Openwyn's p99 at 1M / its p99 at 100k <= 1.5.
- **wips-throughput**: wrk, `--connections` connections, each app alone, alternating rounds,
  on each tenant. Target: Openwyn / floor >= 0.6.
- **projects**: `POST /gql/v1/projects` with `{"pageSize": 50}` (default order: updatedAt desc,
  every roll-up in the row, `total.aggregate.count`) on 100,000 jobs, both apps side by side at
  `--project-rate` each. Target: Openwyn's p99 <= 1.5 x the floor's.

First the run prints the SQL Openwyn sends for each (captured from the server in-process),
checks that the floor's SQL (bench/floor_app.py) is the very same text, and prints PostgreSQL's
EXPLAIN (ANALYZE, BUFFERS) of every statement on every tenant; then it checks that both apps
answer the same rows, counts and sums.
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
from open_loop import Latencies, http_request, interleaved
from plans import explain, plan_choice, server_statements
from servers import Server, cpu_seconds, machine, running, token
from work_dataset import (
    JOB_TENANTS,
    WIP_MATCHES,
    WIP_TENANTS,
    planted_client,
    seed_jobs,
    seed_wips,
)

WIPS_PATH = "/gql/v1/wips/search"
PROJECTS_PATH = "/gql/v1/projects"
PAGE_SIZE = 50
SCALE_TARGET = 1.5
THROUGHPUT_TARGET = 0.6
PROJECTS_TARGET = 1.5
SMALL, LARGE = WIP_TENANTS
(JOBS,) = JOB_TENANTS
MEASURES = ("wips-scale", "wips-throughput", "projects")


@dataclass(frozen=True)
class Case:
    """One tenant's request: its path and body, and what the floor must send for it."""

    tenant: Tenant
    path: str
    body: dict[str, Any]
    table: str
    floor_sql: tuple[str, ...]

    @property
    def key(self) -> str:
        return "projects" if self.path == PROJECTS_PATH else "wips"


def wip_search(client_id: int) -> dict[str, Any]:
    where = {"clientId": {"_eq": client_id}, "status": {"_eq": "OPEN"}}
    return {"where": where, "pageSize": PAGE_SIZE}


WIP_SQL = (floor_app.WIP_PAGE_SQL, floor_app.WIP_COUNT_SQL, floor_app.WIP_SUM_SQL)
PROJECT_SQL = (floor_app.PROJECT_PAGE_SQL, floor_app.PROJECT_COUNT_SQL)


async def _cases(db: BenchDatabase) -> list[Case]:
    await db.prepare()
    cases = []
    for slug, size in WIP_TENANTS.items():
        tenant = await db.seeded_tenant(slug, size, seed_wips)
        conn = await db.connect()
        try:
            client_id = await planted_client(conn, tenant.tenant_id)
        finally:
            await conn.close()
        cases.append(Case(tenant, WIPS_PATH, wip_search(client_id), "wips", WIP_SQL))
    for slug, size in JOB_TENANTS.items():
        tenant = await db.seeded_tenant(slug, size, seed_jobs)
        body = {"pageSize": PAGE_SIZE}
        cases.append(Case(tenant, PROJECTS_PATH, body, "jobs", PROJECT_SQL))
    return cases


def _kind(sql: str) -> str:
    if sql.startswith("SELECT count"):
        return "count"
    return "sums" if sql.startswith("SELECT coalesce(sum") else "page"


async def show_plans(db: BenchDatabase, cases: Sequence[Case]) -> None:
    """Openwyn's SQL, the check that the floor sends the same, and the plans on each tenant."""
    shown: set[str] = set()
    for case in cases:
        statements = await server_statements(db, case.tenant, case.path, case.body, case.table)
        sent = tuple(statement.sql for statement in statements)
        if sent != case.floor_sql:
            raise RuntimeError(f"{case.path}: the floor's SQL differs from Openwyn's:\n{sent}")
        if case.path not in shown:
            shown.add(case.path)
            print(f"Openwyn's SQL for {case.path} (the floor sends the same text):")
            for statement in statements:
                print("    " + statement.sql.replace("\n", "\n    "))
                print(f"    -- {statement.parameters}")
        for statement in statements:
            plan = await explain(db, statement)
            print(f"EXPLAIN (ANALYZE, BUFFERS), {case.tenant.slug} {_kind(statement.sql)}:")
            print(f"    ({await plan_choice(db, statement)})")
            print("    " + "\n    ".join(plan))


def _answer(server: Server, case: Case, bearer: str) -> dict[str, Any]:
    response = httpx.post(server.base_url + case.path, json=case.body, headers=auth(bearer))
    response.raise_for_status()
    answer: dict[str, Any] = response.json()
    return answer


def check(servers: Sequence[Server], case: Case, bearer: str) -> None:
    """Both apps answer the same rows (ids, fields), count and sums: they do the same work."""
    answers = [_answer(server, case, bearer) for server in servers]
    wanted = WIP_MATCHES if case.key == "wips" else case.tenant.size
    for server, answer in zip(servers, answers, strict=True):
        total = answer["total"]["aggregate"]["count"]
        if total != wanted or len(answer[case.key]) != PAGE_SIZE:
            raise RuntimeError(f"{server.label}: {total} matches, {len(answer[case.key])} rows")
    first, second = (orjson.dumps(answer[case.key]) for answer in answers)
    totals = [answer["total"] for answer in answers]
    if first != second or totals[0] != totals[1]:
        raise RuntimeError(f"{case.path}: Openwyn and the floor answer differently")


def _request(case: Case, bearer: str) -> bytes:
    headers = auth(bearer) | {"Content-Type": "application/json"}
    return http_request("POST", case.path, headers, orjson.dumps(case.body))


def side_by_side(
    servers: Sequence[Server], request: bytes, rate: float, seconds: float, detail: str
) -> dict[str, Latencies]:
    """Both apps at `rate` over the same seconds, their requests taking turns."""
    before = [cpu_seconds(server) for server in servers]
    results = interleaved([server.port for server in servers], [request], rate, seconds)
    for server, result, cpu in zip(servers, results, before, strict=True):
        report_run(server, detail, result, cpu)
    return {server.label: result for server, result in zip(servers, results, strict=True)}


def wips_scale(
    args: argparse.Namespace, servers: tuple[Server, Server], requests: dict[str, bytes]
) -> bool:
    print(f"== WIP search p99, {SMALL} vs {LARGE}, {args.rate:g} req/s each, side by side")
    for request in requests.values():
        interleaved([server.port for server in servers], [request], args.rate, args.warmup)
    p99: dict[tuple[str, str], list[float]] = {}
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}, {args.seconds:g} s per tenant")
        order = servers if round_number % 2 else servers[::-1]
        for slug in (SMALL, LARGE) if round_number % 2 else (LARGE, SMALL):
            found = side_by_side(order, requests[slug], args.rate, args.seconds, f"{slug:15}")
            for label, result in found.items():
                p99.setdefault((label, slug), []).append(result.percentile(0.99))
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
        server.base_url + case.path,
        method="POST",
        body=orjson.dumps(case.body).decode(),
        headers=headers,
        seconds=seconds,
        connections=connections,
    )
    cpu_ms = (cpu_seconds(server) - before) * 1000 / result.requests
    print(
        f"  {server.label:8} {case.tenant.slug:15} {result.requests_per_second:7.1f} req/s"
        f"  p50 {result.p50_ms:6.2f} ms  p99 {result.p99_ms:6.2f} ms  cpu {cpu_ms:.2f} ms/req"
    )
    return result.requests_per_second


def wips_throughput(
    args: argparse.Namespace,
    servers: tuple[Server, Server],
    cases: Sequence[Case],
    bearers: dict[str, str],
) -> bool:
    print(f"== WIP search throughput, wrk with {args.connections} connections, one app at a time")
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
    met = True
    for case in cases:
        slug = case.tenant.slug
        mine, floor = rates[("openwyn", slug)], rates[("floor", slug)]
        ratio = median(mine) / median(floor)
        rounds = ", ".join(f"{a / b:.2f}" for a, b in zip(mine, floor, strict=True))
        met = met and ratio >= THROUGHPUT_TARGET
        print(
            f"{slug}: openwyn {median(mine):.1f} req/s, floor {median(floor):.1f} req/s,"
            f" ratio {ratio:.2f} (rounds {rounds}; target >= {THROUGHPUT_TARGET}):"
            f" {verdict(ratio >= THROUGHPUT_TARGET)}"
        )
    return met


def projects(args: argparse.Namespace, servers: tuple[Server, Server], request: bytes) -> bool:
    rate = args.project_rate
    seconds = args.project_seconds
    print(f"== project list p99, {JOBS}, {rate:g} req/s each, side by side")
    interleaved([server.port for server in servers], [request], rate, args.warmup)
    p99: dict[str, list[float]] = {}
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}, {seconds:g} s")
        order = servers if round_number % 2 else servers[::-1]
        for label, result in side_by_side(order, request, rate, seconds, JOBS).items():
            p99.setdefault(label, []).append(result.percentile(0.99))
    ratio = median(p99["openwyn"]) / median(p99["floor"])
    rounds = ", ".join(f"{a / b:.2f}" for a, b in zip(p99["openwyn"], p99["floor"], strict=True))
    print(
        f"openwyn p99 {median(p99['openwyn']):.2f} ms, floor {median(p99['floor']):.2f} ms,"
        f" ratio {ratio:.2f} (rounds {rounds}; target <= {PROJECTS_TARGET}):"
        f" {verdict(ratio <= PROJECTS_TARGET)}"
    )
    return ratio <= PROJECTS_TARGET


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--only", choices=MEASURES, action="append", help="measures to run")
    options.add_argument("--rate", type=float, default=50, help="WIP searches/s, each app")
    options.add_argument("--connections", type=int, default=16, help="wrk connections")
    # A page costs PostgreSQL about a third of a second of CPU (see the README): 2 a second
    # each keeps the two cores short of saturation, so the p99 is the request's, not a queue's.
    options.add_argument("--project-rate", type=float, default=2, help="project lists/s, each")
    options.add_argument("--project-seconds", type=float, default=30, help="per project run")
    options.add_argument("--no-plans", action="store_true", help="skip the SQL and its plans")
    options.set_defaults(rounds=3)
    args = options.parse_args()
    measures = args.only or MEASURES
    if "wips-throughput" in measures:
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
            wip_cases = [case for case in cases if case.key == "wips"]
            if "wips-scale" in measures:
                wips_scale(args, servers, requests)
            if "wips-throughput" in measures:
                wips_throughput(args, servers, wip_cases, bearers)
            if "projects" in measures:
                projects(args, servers, requests[JOBS])
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
