"""Benchmark 3: client search p99 with 10,000 and with 1,000,000 clients in the tenant.

    python bench/search_scale.py [--rate 50] [--workers 2] [--seconds 15] [--cleanup]

The search of benchmark 1 (a name prefix matching exactly 500 clients in every tenant, a
50-row page and `total.aggregate.count`) is sent at a fixed rate by an open-loop client to a
10,000-client tenant and to a 1,000,000-client tenant of the same database, in alternating
rounds, to Openwyn and (for reference) to the floor app. The run first prints the SQL Openwyn
sends and PostgreSQL's EXPLAIN (ANALYZE) of it for both tenants. Target: Openwyn's p99 on the
large tenant at most 1.5 times its p99 on the small one.
"""

from __future__ import annotations

import argparse
import asyncio

from common import (
    SEARCH_BODY,
    SEARCH_PATH,
    auth,
    check_search,
    database,
    drop,
    median,
    parser,
    report_run,
    tenants,
    verdict,
)
from dataset import Tenant
from open_loop import Latencies, fixed_rate, http_request
from plans import show_search_plans
from servers import Server, cpu_seconds, running, token

TARGET = 1.5


def _search(bearer: str) -> bytes:
    headers = auth(bearer) | {"Content-Type": "application/json"}
    return http_request("POST", SEARCH_PATH, headers, SEARCH_BODY.encode())


def _run(server: Server, tenant: Tenant, request: bytes, args: argparse.Namespace) -> Latencies:
    before = cpu_seconds(server)
    result = fixed_rate(server.port, [request], args.rate, args.seconds)
    report_run(server, f"{tenant.slug:10}", result, before)
    return result


def measure(
    args: argparse.Namespace, servers: tuple[Server, Server], requests: dict[str, bytes]
) -> dict[tuple[str, str], list[float]]:
    """p99 of every (app, tenant) pair, one value per round."""
    for server in servers:
        for request in requests.values():
            fixed_rate(server.port, [request], args.rate, args.warmup)
    p99: dict[tuple[str, str], list[float]] = {}
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number} at {args.rate:g} req/s for {args.seconds:g} s")
        for server in servers:
            for tenant in args.tenants:
                result = _run(server, tenant, requests[tenant.slug], args)
                p99.setdefault((server.label, tenant.slug), []).append(result.percentile(0.99))
    return p99


def report(p99: dict[tuple[str, str], list[float]], small: str, large: str) -> None:
    for label in ("openwyn", "floor"):
        low, high = median(p99[(label, small)]), median(p99[(label, large)])
        print(f"{label:8} p99 {small} {low:.2f} ms, {large} {high:.2f} ms, ratio {high / low:.2f}")
    ratio = median(p99[("openwyn", large)]) / median(p99[("openwyn", small)])
    print(f"openwyn p99 ratio {ratio:.2f} (target <= {TARGET}): {verdict(ratio <= TARGET)}")


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--rate", type=float, default=50, help="requests per second")
    args = options.parse_args()
    db = database(args)
    args.tenants = tenants(db, ["bench-10k", "bench-1m"])
    asyncio.run(show_search_plans(db, args.tenants))
    print(f"{args.workers} uvicorn process(es) per app")
    try:
        with running(db, args.workers) as servers:
            bearers = {tenant.slug: token(servers[0], tenant.api_key) for tenant in args.tenants}
            for bearer in bearers.values():
                check_search(servers, bearer)
            requests = {slug: _search(bearer) for slug, bearer in bearers.items()}
            report(measure(args, servers, requests), "bench-10k", "bench-1m")
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
