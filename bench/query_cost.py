"""What the costliest `where` expression the limits accept costs the server, and whether the
health check stays quick while such expressions arrive at full speed.

1. **Compiling.** Several expressions, each at the limits in its own way (the most conditions
   of the costliest kinds, the most list items, the longest patterns, the deepest relations),
   are compiled in-process for the clients resource, `where` compiler and SQL both, for
   PostgreSQL and SQLite; the costliest of them is the one the load sends.
2. **Under load.** Openwyn runs under uvicorn (the options of `servers.py`) on SQLite and on
   PostgreSQL (the bench database's `bench-10k` tenant); 16 connections send that expression
   to `POST /gql/v1/clients/search` as fast as answers come back (one value changed on every
   request, so no cache spares the compiler), while one more connection asks `/healthz`
   every 20 ms. The run prints the health check's p50 and p99, the searches answered and
   their statuses. Everything is on loopback; the run is bounded by `--seconds`.

    python bench/query_cost.py [--seconds 10] [--workers 2] [--skip-postgres]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from common import auth, database, parser
from dataset import BenchDatabase
from servers import Server, _start, _stop, machine, openwyn_env_for, token
from sqlalchemy.dialects import postgresql, sqlite

import openwyn.api  # noqa: F401 - registers the resources
from openwyn.kit.query import LIMITS, compile_where
from openwyn.kit.resource import REGISTRY

SEARCH_PATH = "/gql/v1/clients/search"
CONNECTIONS = 16
HEALTH_EVERY = 0.02
COMPILE_RUNS = 20
_TEMPLATE_SALT = 987_654_321  # appears in a built document only where the salt does
PATTERN = ("(a|b)*" * 42 + "abcd")[: LIMITS.pattern_length]


def _timestamps(salt: int) -> list[str]:
    return [
        f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T08:{n % 60:02d}:{salt % 60:02d}Z"
        for n in range(LIMITS.list_items)
    ]


def _deep_relation(salt: int) -> dict[str, Any]:
    """Relations nested to the deepest level an `_or` item allows: client -> jobs -> client ..."""
    inner: dict[str, Any] = {"name": {"_ilike": f"%{salt}%"}}
    for relation in reversed(["jobs", "client"] * ((LIMITS.depth - 2) // 2)):
        inner = {relation: inner}
    return inner


def _filler(salt: int, count: int) -> list[dict[str, Any]]:
    return [{"name": {"_neq": f"{salt}-{n}"}} for n in range(count)]


RELATIONS = LIMITS.relations
REGEXES = LIMITS.total_regex_length // LIMITS.pattern_length
BUDGET = LIMITS.conditions
# Each relation through a link (two subqueries) and the comparison in it; then direct ones.
LINKED = RELATIONS * (2 * LIMITS.relation_weight + 1)
DIRECT = RELATIONS * (LIMITS.relation_weight + 1)
CHAIN = LIMITS.depth - 2  # relations in one chain at the deepest level an `_or` item allows
CHAINS = RELATIONS // CHAIN
CHAINED = CHAINS * (CHAIN * LIMITS.relation_weight + 1)
CUSTOM = BUDGET // LIMITS.custom_field_weight  # comparisons of custom fields
LISTED = LIMITS.list_items // LIMITS.items_per_condition  # what a full list counts beyond 1
CANDIDATES: dict[str, Callable[[int], dict[str, Any]]] = {
    f"{RELATIONS} relations through a link, {BUDGET - LINKED} _neq": lambda salt: {
        "_or": [{"contacts": {"email": {"_eq": f"{salt}-{n}"}}} for n in range(RELATIONS)]
        + _filler(salt, BUDGET - LINKED)
    },
    f"{RELATIONS} direct relations, {BUDGET - DIRECT} _neq": lambda salt: {
        "_or": [{"partner": {"firstName": {"_eq": f"{salt}-{n}"}}} for n in range(RELATIONS)]
        + _filler(salt, BUDGET - DIRECT)
    },
    f"{CHAINS} relation chain {CHAIN} deep, {BUDGET - CHAINED} _neq": lambda salt: {
        "_or": [_deep_relation(salt + n) for n in range(CHAINS)] + _filler(salt, BUDGET - CHAINED)
    },
    f"{REGEXES} _regex of 256 characters, {BUDGET - REGEXES} _neq": lambda salt: {
        "_or": [{"name": {"_regex": f"{PATTERN[:-4]}{salt % 10}{n:03d}"}} for n in range(REGEXES)]
        + _filler(salt, BUDGET - REGEXES)
    },
    f"{CUSTOM} customFields _eq": lambda salt: {
        "_or": [{"customFields": {f"k{salt}_{n}": {"_eq": salt + n}}} for n in range(CUSTOM)]
    },
    f"{BUDGET} _neq": lambda salt: {"_or": _filler(salt, BUDGET)},
    f"2 _in of 1000 timestamps, {BUDGET - 2 * (1 + LISTED)} _neq": lambda salt: {
        "_or": [
            {"createdAt": {"_in": _timestamps(salt)}},
            {"updatedAt": {"_nin": _timestamps(salt + 1)}},
            *_filler(salt, BUDGET - 2 * (1 + LISTED)),
        ]
    },
    f"2 customFields _in of 1000, {CUSTOM - 2 - LISTED} customFields _neq": lambda salt: {
        "_or": [{"customFields": {f"k{salt}": {"_in": list(range(salt, salt + 1000))}}}] * 2
        + [{"customFields": {f"k{salt}_{n}": {"_neq": salt}}} for n in range(CUSTOM - 2 - LISTED)]
    },
}


def compile_ms(build: Callable[[int], dict[str, Any]]) -> tuple[float, float, float, int]:
    """Median milliseconds of the `where` compiler, then of its SQL for PostgreSQL and for
    SQLite (a server compiles for one of them), and the most bound parameters of either."""
    spec = REGISTRY["client"].query_spec
    dialects = (postgresql.asyncpg.dialect(), sqlite.dialect())
    where_ms: list[float] = []
    sql_ms: list[list[float]] = [[], []]
    binds = 0
    for salt in range(COMPILE_RUNS):
        where = build(10_000 + salt)
        started = time.thread_time()
        clause = compile_where(spec, where)
        where_ms.append((time.thread_time() - started) * 1000)
        for index, dialect in enumerate(dialects):
            started = time.thread_time()
            compiled = clause.compile(dialect=dialect)
            sql_ms[index].append((time.thread_time() - started) * 1000)
            binds = max(binds, len(compiled.positiontup or ()))
    median = statistics.median
    return median(where_ms), median(sql_ms[0]), median(sql_ms[1]), binds


def measure_compiling() -> str:
    print(f"compiling, median of {COMPILE_RUNS} (the where compiler, then its SQL):")
    costs = {}
    for name, build in CANDIDATES.items():
        where_ms, postgres_ms, sqlite_ms, binds = compile_ms(build)
        costs[name] = where_ms + max(postgres_ms, sqlite_ms)
        print(
            f"  {name:42} where {where_ms:7.2f} ms + SQL {postgres_ms:6.2f} ms (PostgreSQL)"
            f" / {sqlite_ms:6.2f} ms (SQLite)  binds {binds}"
        )
    costliest = max(costs, key=lambda name: costs[name])
    met = "MET" if costs[costliest] < 10 else "NOT MET"
    print(f"costliest: {costliest}, {costs[costliest]:.2f} ms -> under 10 ms: {met}")
    return costliest


async def _search_forever(
    client: httpx.AsyncClient,
    build: Callable[[int], dict[str, Any]],
    first: int,
    step: int,
    statuses: Counter[int],
    stop: asyncio.Event,
) -> None:
    # Built and encoded once; each request writes its own salt over the template's, so the
    # senders spend their time sending rather than building 100 KB documents.
    template = json.dumps({"where": build(_TEMPLATE_SALT), "pageSize": 10}).encode()
    marker = str(_TEMPLATE_SALT).encode()
    headers = {"content-type": "application/json"}
    salt = first
    while not stop.is_set():
        body = template.replace(marker, str(salt).encode())
        response = await client.post(SEARCH_PATH, content=body, headers=headers)
        statuses[response.status_code] += 1
        salt += step


# The probe runs in a process of its own: in the load's process, whose event loop also builds
# and sends sixteen connections' worth of large expressions, its timings measured that loop
# as much as the server's.
_PROBE = """
import json, sys, time, httpx
base_url, seconds, every = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
latencies = []
with httpx.Client(base_url=base_url, timeout=60) as client:
    client.get("/healthz").raise_for_status()
    next_at = started_at = time.perf_counter()
    while time.perf_counter() - started_at < seconds:
        started = time.perf_counter()
        client.get("/healthz").raise_for_status()
        latencies.append((time.perf_counter() - started) * 1000)
        next_at += every
        time.sleep(max(0.0, next_at - time.perf_counter()))
print(json.dumps(latencies))
"""


async def _health_probe(base_url: str, seconds: float) -> list[float]:
    probe = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _PROBE,
        base_url,
        str(seconds),
        str(HEALTH_EVERY),
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await probe.communicate()
    if probe.returncode != 0:
        raise RuntimeError("the health probe failed")
    latencies: list[float] = json.loads(out)
    return latencies


async def load(
    server: Server, bearer: str, build: Callable[[int], dict[str, Any]], seconds: float
) -> None:
    stop = asyncio.Event()
    statuses: Counter[int] = Counter()
    limits = httpx.Limits(max_connections=1)
    clients = [
        httpx.AsyncClient(
            base_url=server.base_url, headers=auth(bearer), timeout=120, limits=limits
        )
        for _ in range(CONNECTIONS)
    ]
    probe = asyncio.create_task(_health_probe(server.base_url, seconds))
    senders = [
        asyncio.create_task(_search_forever(client, build, n, CONNECTIONS, statuses, stop))
        for n, client in enumerate(clients)
    ]
    await asyncio.sleep(seconds)
    stop.set()
    latencies = await probe
    await asyncio.gather(*senders)
    for client in clients:
        await client.aclose()
    ordered = sorted(latencies)
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    searches = sum(statuses.values())
    print(
        f"  {server.label:10} /healthz p50 {p50:6.2f} ms  p99 {p99:7.2f} ms"
        f"  max {ordered[-1]:7.2f} ms"
        f"  ({len(ordered)} probes); searches {searches} ({searches / seconds:.1f}/s)"
        f"  statuses {dict(statuses)}  -> p99 under 50 ms: {'MET' if p99 < 50 else 'NOT MET'}"
    )


def _cli(env: dict[str, str], *args: str) -> str:
    command = [sys.executable, "-m", "openwyn", *args]
    done = subprocess.run(  # noqa: S603 - our own CLI
        command, env=os.environ | env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"openwyn {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def _sqlite_server(workdir: Path, workers: int) -> tuple[Server, str]:
    workdir.mkdir(parents=True, exist_ok=True)
    env = openwyn_env_for(f"sqlite+aiosqlite:///{workdir / 'bench.db'}", workdir)
    _cli(env, "migrate")
    created = json.loads(_cli(env, "tenant", "create", "bench", "--json"))
    records = workdir / "clients.jsonl"
    lines = [
        {"type": "client", "systemRef": f"C-{n}", "attributes": {"name": f"Client {n}"}}
        for n in range(500)
    ]
    records.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    _cli(env, "import", "--tenant", "bench", str(records))
    server = _start("sqlite", "openwyn.app:create_app_from_env", workers, env, workdir)
    return server, created["apiKey"]["apiKey"]


def _postgres_server(db: BenchDatabase, workdir: Path, workers: int) -> tuple[Server, str]:
    workdir.mkdir(parents=True, exist_ok=True)
    asyncio.run(db.prepare())
    tenant = asyncio.run(db.tenant("bench-10k"))
    env = openwyn_env_for(db.url, workdir)
    server = _start("postgresql", "openwyn.app:create_app_from_env", workers, env, workdir)
    return server, tenant.api_key


def main() -> None:
    options = parser(__doc__ or "", seconds=10)
    options.add_argument("--skip-postgres", action="store_true", help="SQLite only")
    options.add_argument(
        "--expression", choices=list(CANDIDATES), help="send this one (default: the costliest)"
    )
    args = options.parse_args()
    print(f"machine: {machine()}")
    costliest = measure_compiling()
    if args.expression:
        print(f"sending: {args.expression}")
    costliest = CANDIDATES[args.expression or costliest]
    print(
        f"under load: {CONNECTIONS} connections of searches,"
        f" /healthz every {HEALTH_EVERY * 1000:.0f} ms, {args.seconds:.0f} s"
    )
    with tempfile.TemporaryDirectory(prefix="openwyn-bench-") as tmp:
        starts = [lambda: _sqlite_server(Path(tmp) / "sqlite", args.workers)]
        if not args.skip_postgres:
            db = database(args)
            starts.append(lambda: _postgres_server(db, Path(tmp) / "pg", args.workers))
        for start in starts:
            server, api_key = start()
            try:
                asyncio.run(load(server, token(server, api_key), costliest, args.seconds))
            finally:
                _stop(server)
        if not args.skip_postgres and args.cleanup:
            asyncio.run(db.drop())


if __name__ == "__main__":
    main()
