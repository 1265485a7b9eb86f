"""Benchmark 2: `GET /gql/v1/client/{id}` latency at a fixed request rate, against the floor.

    python bench/get_latency.py [--rate 100] [--rounds 5] [--workers 2] [--seconds 15] [--cleanup]

Requests for 1,000 different clients of the 100,000-client tenant, each with a real bearer
token, are sent at a fixed rate by an open-loop client (bench/open_loop.py), so a slow answer
never delays the requests behind it and the percentiles include any queueing it causes.
Openwyn and the floor app (bench/floor_app.py) run side by side with the same uvicorn options
and are measured over the same seconds, each at the full rate, their requests taking turns half
a period apart: whatever else the machine does during a round (its stalls move either app's
p99 by a factor of three between rounds taken one after the other) falls on both alike. Each
round's first app alternates. Target: Openwyn's p99 at most 1.5 times the floor's.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence

from common import auth, database, drop, median, parser, report_run, tenants, verdict
from dataset import BenchDatabase, Tenant
from open_loop import Latencies, http_request, interleaved
from servers import Server, cpu_seconds, running, token

TARGET = 1.5
SAMPLE = 1000


async def _client_ids(db: BenchDatabase, tenant: Tenant) -> list[int]:
    """A fixed, scattered sample of the tenant's clients (the same one on every run)."""
    conn = await db.connect()
    try:
        rows = await conn.fetch(
            "SELECT id FROM clients WHERE tenant_id = $1 ORDER BY md5(id::text) LIMIT $2",
            tenant.tenant_id,
            SAMPLE,
        )
    finally:
        await conn.close()
    return [row["id"] for row in rows]


def _round(
    servers: Sequence[Server], requests: list[bytes], rate: float, seconds: float
) -> list[Latencies]:
    """Both apps at `rate` over the same seconds, their requests taking turns."""
    before = [cpu_seconds(server) for server in servers]
    results = interleaved([server.port for server in servers], requests, rate, seconds)
    for server, result, cpu in zip(servers, results, before, strict=True):
        report_run(server, f"{result.rate:6.1f} req/s ", result, cpu)
    return results


def measure(
    args: argparse.Namespace, servers: tuple[Server, Server], requests: list[bytes]
) -> None:
    interleaved([server.port for server in servers], requests, args.rate, args.warmup)
    p50: dict[str, list[float]] = {server.label: [] for server in servers}
    p99: dict[str, list[float]] = {server.label: [] for server in servers}
    for round_number in range(1, args.rounds + 1):
        # Each app goes first in every other round, so that neither always follows the other.
        order = servers if round_number % 2 else servers[::-1]
        print(f"round {round_number} at {args.rate:g} req/s each for {args.seconds:g} s")
        results = _round(order, requests, args.rate, args.seconds)
        for server, result in zip(order, results, strict=True):
            p50[server.label].append(result.percentile(0.5))
            p99[server.label].append(result.percentile(0.99))
    for label, values in (("p50", p50), ("p99", p99)):
        openwyn, floor = median(values["openwyn"]), median(values["floor"])
        print(
            f"{label}: openwyn {openwyn:.2f} ms, floor {floor:.2f} ms, ratio {openwyn / floor:.2f}"
        )
    ratio = median(p99["openwyn"]) / median(p99["floor"])
    print(f"p99 ratio {ratio:.2f} (target <= {TARGET}): {verdict(ratio <= TARGET)}")


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--rate", type=float, default=100, help="requests per second, each app")
    # A p99 is its round's 15th-slowest request: five rounds give a median that one bad
    # second of the machine does not decide.
    options.set_defaults(rounds=5)
    args = options.parse_args()
    db = database(args)
    (tenant,) = tenants(db, ["bench-100k"])
    ids = asyncio.run(_client_ids(db, tenant))
    print(f"{args.workers} uvicorn process(es) per app, {len(ids)} different clients")
    try:
        with running(db, args.workers) as servers:
            headers = auth(token(servers[0], tenant.api_key))
            requests = [http_request("GET", f"/gql/v1/client/{id_}", headers) for id_ in ids]
            measure(args, servers, requests)
    finally:
        if args.cleanup:
            drop(db)


if __name__ == "__main__":
    main()
