"""A large WIP import: N `wip` records from a JSON Lines file through `openwyn import`'s code.

    python bench/wip_import.py --rows 100000                  # SQLite (a temporary file)
    python bench/wip_import.py --rows 1000000 --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test

A tenant of its own gets staff, clients and jobs (imported by systemRef through the same code),
then the WIP file, written a line at a time into a temporary directory (never held in memory):
TIME entries mostly (quarter hours at whole-dollar rates, so every value is exact to the cent),
one in ten an EXPENSE. Each is imported by `cli_import.import_file`, the code of `openwyn
import`, without the process start. The bench prints the time, records per second and the
process's peak RSS before and after the WIP import (a streamed import keeps it flat), then
checks that the tenant holds N WIP rows whose values, and whose jobs' roll-ups, add up to the
generator's sum, exactly; otherwise it exits non-zero. A PostgreSQL database it creates is
dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
from records_sync import BenchFailed, bench_database
from sqlalchemy import func, select

from openwyn.auth import service
from openwyn.cli_import import import_file
from openwyn.config import Settings
from openwyn.db import Database
from openwyn.kit.repository import cents, from_cents
from openwyn.models import JobRollup, Wip
from openwyn.models.base import table_of

SLUG = "wip-import"
STAFF = 200
CLIENTS = 500
JOBS = 2000
# Days from FIRST_DAY the entries spread over: with 200 staff, at most three entries of at most
# eight hours fall on one staff member's day up to 1,200,000 rows (24 hours a day is the rule).
DAYS = 2000
FIRST_DAY = date(2021, 1, 1)
RATES = (100, 125, 150, 175, 200, 225, 250)  # whole dollars: quarter hours stay exact
EXPENSE_EVERY = 10
WIPS = table_of(Wip)
ROLLUPS = table_of(JobRollup)


def directory() -> Iterator[dict[str, Any]]:
    """Staff, clients and jobs (each job naming its client by systemRef)."""
    for n in range(STAFF):
        attributes = {"firstName": f"F{n}", "lastName": f"L{n}", "email": f"s{n}@firm.example"}
        yield {"type": "staff", "systemRef": f"S-{n}", "attributes": attributes}
    for n in range(CLIENTS):
        yield {"type": "client", "systemRef": f"C-{n}", "attributes": {"name": f"Client {n}"}}
    for n in range(JOBS):
        attributes = {"name": f"Job {n}", "clientId": {"systemRef": f"C-{n % CLIENTS}"}}
        yield {"type": "job", "systemRef": f"J-{n}", "attributes": attributes}


def wip(n: int) -> tuple[dict[str, Any], Decimal]:
    """The n-th WIP record and the value Openwyn must store for it."""
    staff, day = n % STAFF, (n // STAFF) % DAYS
    attributes: dict[str, Any] = {
        "jobId": {"systemRef": f"J-{(n * 7919) % JOBS}"},
        "staffId": {"systemRef": f"S-{staff}"},
        "loggedDate": (FIRST_DAY + timedelta(days=day)).isoformat(),
        "notes": f"Entry {n}",
        "approved": n % 3 == 0,
    }
    if n % EXPENSE_EVERY == EXPENSE_EVERY - 1:
        amount = Decimal(n % 40_000 + 101) / 100  # 1.01 to 401.00
        attributes |= {"type": "EXPENSE", "amount": f"{amount:.2f}"}
        value = amount
    else:
        hours, rate = Decimal(n % 32 + 1) / 4, Decimal(RATES[n % len(RATES)])  # 0.25 to 8.00
        attributes |= {"type": "TIME", "hours": f"{hours:.2f}", "rate": f"{rate:.2f}"}
        value = hours * rate
    return {"type": "wip", "systemRef": f"W-{n}", "attributes": attributes}, value


def write_wips(path: Path, first: int, end: int) -> Decimal:
    """The file of WIP records `first` to `end` (excluded), written a line at a time; the sum
    of their values."""
    total = Decimal(0)
    with path.open("wb") as out:
        for n in range(first, end):
            record, value = wip(n)
            out.write(orjson.dumps(record) + b"\n")
            total += value
    return total


def slices(rows: int, count: int) -> list[tuple[int, int]]:
    """The rows cut into `count` consecutive ranges of about the same size."""
    bounds = [rows * k // count for k in range(count + 1)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def peak_rss_mib() -> float:
    """The process's peak resident set so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _import(db: Database, path: Path, expected: int, what: str) -> float:
    started = time.perf_counter()
    with path.open("rb") as source:
        totals = await import_file(db, SLUG, source, os.fstat(source.fileno()).st_size)
    elapsed = time.perf_counter() - started
    if totals["created"] != expected or totals["failed"]:
        raise BenchFailed(f"{what}: expected {expected} created, got {totals}")
    return elapsed


async def _stored(db: Database, tenant_id: int) -> tuple[int, Decimal, Decimal]:
    """The tenant's WIP rows, the sum of their values, and the sum of its jobs' roll-ups of
    them (`wipValue`, kept by difference run after run): all three must agree."""
    rows = select(func.count(), cents(WIPS.c.value)).where(WIPS.c.tenant_id == tenant_id)
    rollups = select(cents(ROLLUPS.c.wip_value)).where(ROLLUPS.c.tenant_id == tenant_id)
    async with db.session() as session:
        count, total = (await session.execute(rows)).one()
        rolled_up = (await session.execute(rollups)).scalar_one()
    return int(count), from_cents(total), from_cents(rolled_up)


async def run(url: str, rows: int, label: str, parts: int = 1) -> None:
    settings = Settings(database_url=url, jwt_secret="bench-" + "x" * 40, access_log=False)
    db = Database(settings)
    folder = Path(tempfile.mkdtemp())
    try:
        async with db.session() as session:
            tenant_id = (await service.create_tenant(session, SLUG, "WIP import firm")).id
        people = folder / "directory.jsonl"
        people.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in directory()))
        await _import(db, people, STAFF + CLIENTS + JOBS, "directory")
        started = time.perf_counter()
        files, expected_sum = [], Decimal(0)
        for first, end in slices(rows, parts):
            files.append((folder / f"wips-{first}.jsonl", end - first))
            expected_sum += write_wips(files[-1][0], first, end)
        written = time.perf_counter() - started
        size = sum(path.stat().st_size for path, _ in files) / 2**20
        print(f"{label}: wrote {rows:,} WIP records ({size:,.0f} MiB) in {written:.1f} s")
        before = peak_rss_mib()
        elapsed, done = 0.0, 0
        for path, count in files:
            seconds = await _import(db, path, count, "WIP import")
            elapsed, done = elapsed + seconds, done + count
            if len(files) > 1:  # the rate as the table grows
                print(f"{label}: rows {done - count:,} to {done:,}: {count / seconds:,.0f}/s")
        after = peak_rss_mib()
        print(
            f"{label}: imported {rows:,} WIP records in {elapsed:,.1f} s "
            f"({rows / elapsed:,.0f} records/s); peak RSS {before:,.0f} MiB before the import, "
            f"{after:,.0f} MiB after"
        )
        count, stored_sum, rolled_up = await _stored(db, tenant_id)
        if count != rows or stored_sum != expected_sum or rolled_up != expected_sum:
            raise BenchFailed(
                f"stored {count} WIP rows worth {stored_sum}, rolled up to {rolled_up}; "
                f"expected {rows} worth {expected_sum}"
            )
        print(
            f"{label}: checked {count:,} rows worth {stored_sum:,} (the generator's sum, "
            "and the jobs' roll-ups)"
        )
    finally:
        await db.dispose()
        shutil.rmtree(folder)


def main(postgres: str | None, rows: int, parts: int) -> None:
    with bench_database(postgres) as url:
        asyncio.run(run(url, rows, "postgresql" if postgres else "sqlite", parts))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="a PostgreSQL URL to create the bench database from")
    parser.add_argument("--rows", type=int, default=1_000_000, help="WIP records (1,000,000)")
    parser.add_argument(
        "--files",
        type=int,
        default=1,
        help="cut the rows into this many files imported one after another, each one's rate "
        "printed, to see it as the table grows (1)",
    )
    arguments = parser.parse_args()
    if arguments.rows < 1 or arguments.files < 1:
        parser.error("--rows and --files must be at least 1")
    sys.exit(main(arguments.postgres, arguments.rows, arguments.files))
