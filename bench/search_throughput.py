"""Benchmark 1: client search throughput against the floor, 100,000 clients in the tenant.

    python bench/search_throughput.py [--workers 2] [--connections 16] [--seconds 15] [--cleanup]

`POST /gql/v1/clients/search` with a name-prefix `where` that matches 500 clients (a full
50-row page plus `total`), authenticated with a real bearer token, driven by wrk with a fixed
number of connections. Openwyn and the floor app (bench/floor_app.py: the same SQL behind bare
Starlette + asyncpg + orjson) run side by side with the same uvicorn options and process count
and are measured in alternating rounds, so that noise from other work on the machine falls on
both. Target: Openwyn serves at least 0.6 of the floor's requests per second.
"""

from __future__ import annotations

import argparse

from closed_loop import WrkResult, ensure_wrk, wrk
from common import (
    SEARCH_BODY,
    SEARCH_PATH,
    auth,
    check_search,
    database,
    drop,
    median,
    parser,
    tenants,
    verdict,
)
from servers import Server, cpu_seconds, running, token

TARGET = 0.6


def _load(server: Server, bearer: str, seconds: float, connections: int) -> tuple[WrkResult, float]:
    """wrk's figures and the server's CPU milliseconds per request over the run."""
    headers = auth(bearer) | {"Content-Type": "application/json"}
    before = cpu_seconds(server)
    result = wrk(
        server.base_url + SEARCH_PATH,
        method="POST",
        body=SEARCH_BODY,
        headers=headers,
        seconds=seconds,
        connections=connections,
    )
    return result, (cpu_seconds(server) - before) * 1000 / result.requests


def measure(args: argparse.Namespace, servers: tuple[Server, Server], bearer: str) -> None:
    for server in servers:
        _load(server, bearer, args.warmup, args.connections)
    rates: dict[str, list[float]] = {server.label: [] for server in servers}
    for round_number in range(1, args.rounds + 1):
        for server in servers:
            result, cpu_ms = _load(server, bearer, args.seconds, args.connections)
            rates[server.label].append(result.requests_per_second)
            print(
                f"round {round_number} {server.label:8} {result.requests_per_second:7.1f} req/s"
                f"  p50 {result.p50_ms:6.2f} ms  p99 {result.p99_ms:6.2f} ms"
                f"  cpu {cpu_ms:.2f} ms/req"
            )
    openwyn, floor = median(rates["openwyn"]), median(rates["floor"])
    ratio = openwyn / floor
    print(f"openwyn {openwyn:.1f} req/s, floor {floor:.1f} req/s (medians of {args.rounds} runs)")
    print(f"ratio {ratio:.2f} (target >= {TARGET}): {verdict(ratio >= TARGET)}")


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--connections", type=int, default=16, help="wrk connections")
    args = options.parse_args()
    ensure_wrk()
    db = database(args)
    (tenant,) = tenants(db, ["bench-100k"])
    print(f"{args.workers} uvicorn process(es) per app, {args.connections} wrk connections")
    try:
        with running(db, args.workers) as servers:
            bearer = token(servers[0], tenant.api_key)
            check_search(servers, bearer)
            measure(args, servers, bearer)
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
