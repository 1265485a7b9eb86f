"""The bench database: migrated with `openwyn migrate`, tenants made with the CLI, clients COPYed.

One database (`openwyn_bench` by default) holds every tenant the benchmarks need, each named
after its size (`bench-10k`, `bench-100k`, `bench-1m`). Seeding is reusable: a tenant that
already holds exactly its number of clients is left as it is, so only the first run pays for
the million-row seed; `drop()` (the scripts' `--cleanup`) removes the database.

Every tenant, whatever its size, holds exactly `MATCHES` clients whose name starts with
`SEARCH_PREFIX`, spread evenly over its rows (and over its creation dates). No other name
starts with it. A search for that prefix therefore finds the same number of rows at every
tenant size, which is what lets the scale benchmark compare like with like.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
DEFAULT_NAME = "openwyn_bench"
SEARCH_PREFIX = "Zenith Bakery"
MATCHES = 500
CHUNK = 50_000
TENANT_SIZES = {"bench-10k": 10_000, "bench-100k": 100_000, "bench-1m": 1_000_000}

# Ordinary names never start with "Zenith": the search prefix matches only the planted rows.
_FIRST = (
    "Acme",
    "Birch",
    "Cedar",
    "Delta",
    "Elm",
    "Falcon",
    "Granite",
    "Harbor",
    "Iris",
    "Juniper",
)
_SECOND = ("Bakery", "Dental", "Farms", "Holdings", "Logistics", "Partners", "Realty", "Studio")
_CITIES = (("Austin", "TX"), ("Boston", "MA"), ("Denver", "CO"), ("Portland", "OR"))
_EPOCH = datetime(2023, 1, 1, tzinfo=UTC)

COLUMNS = (
    "tenant_id",
    "version",
    "created_at",
    "updated_at",
    "pms_ref",
    "client_ref",
    "name",
    "client_key",
    "active",
    "email",
    "phone",
    "website",
    "tax_id",
    "address",
    "billing_address",
    "send_invoices_electronically",
    "custom_fields",
)


# Fills a tenant (connection, tenant id, size, slug) unless it already holds its rows.
Seeder = Callable[[asyncpg.Connection, int, int, str], Awaitable[None]]


@dataclass(frozen=True)
class Tenant:
    slug: str
    size: int
    tenant_id: int
    api_key: str


def _address(n: int) -> dict[str, str]:
    city, state = _CITIES[n % len(_CITIES)]
    street = f"{100 + n % 900} Main St"
    return {"street": street, "city": city, "state": state, "zipCode": f"{n % 100000:05d}"}


def _name(n: int, size: int) -> tuple[str, bool]:
    """The n-th client's name, and whether it is one of the MATCHES planted search hits."""
    stride = size // MATCHES
    if n % stride == 0 and n // stride < MATCHES:
        return f"{SEARCH_PREFIX} {n // stride:04d}", True
    first, second = _FIRST[n % len(_FIRST)], _SECOND[(n // len(_FIRST)) % len(_SECOND)]
    return f"{first} {second} {n:07d}", False


def client_row(tenant_id: int, n: int, size: int) -> tuple[Any, ...]:
    """One client in COPY column order: realistic widths, JSON members and custom fields."""
    name, planted = _name(n, size)
    # Millisecond timestamps, as the server writes them; spread over three years.
    created = _EPOCH + timedelta(milliseconds=n * 97_003 % (3 * 365 * 86_400_000))
    custom = {"region": _CITIES[n % len(_CITIES)][0], "tier": n % 5, "vip": n % 7 == 0}
    return (
        tenant_id,
        1,
        created,
        created,
        f"PMS-{n:07d}",
        f"C-{n:07d}",
        name,
        f"K{n:07d}",
        planted or n % 37 != 0,  # a few inactive clients, never among the planted hits
        f"billing{n}@client{n % 1000}.example",
        f"+1512555{n % 10000:04d}",
        f"https://client{n}.example",
        f"{n % 100:02d}-{n:07d}",
        json.dumps(_address(n)),
        json.dumps(_address(n + 1)) if n % 2 else None,
        n % 2 == 0,
        json.dumps(custom),
    )


def _chunks(tenant_id: int, size: int) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, size, CHUNK):
        yield [client_row(tenant_id, n, size) for n in range(start, min(start + CHUNK, size))]


class BenchDatabase:
    def __init__(self, admin_url: str = ADMIN_URL, name: str = DEFAULT_NAME) -> None:
        # Accept the SQLAlchemy form too (as records_sync.py's --postgres does).
        self.admin_url = admin_url.replace("postgresql+asyncpg://", "postgresql://", 1)
        self.name = name
        self.dsn = self.admin_url.rsplit("/", 1)[0] + f"/{name}"

    @property
    def url(self) -> str:
        """The SQLAlchemy URL Openwyn is configured with."""
        return self.dsn.replace("postgresql://", "postgresql+asyncpg://", 1)

    async def connect(self) -> asyncpg.Connection:
        return await asyncpg.connect(self.dsn)

    async def prepare(self) -> None:
        """Create the database if it is missing, then bring its schema to the current head."""
        admin = await asyncpg.connect(self.admin_url)
        try:
            exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", self.name)
            if not exists:
                await admin.execute(f'CREATE DATABASE "{self.name}"')
        finally:
            await admin.close()
        self._cli("migrate")

    async def drop(self) -> None:
        admin = await asyncpg.connect(self.admin_url)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        finally:
            await admin.close()
        print(f"dropped database {self.name}")

    def _cli(self, *args: str) -> str:
        """Run `openwyn ARGS` against the bench database; its standard output."""
        env = os.environ | {"OPENWYN_DATABASE_URL": self.url, "OPENWYN_LOG_LEVEL": "warning"}
        command = [sys.executable, "-m", "openwyn", *args]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our own CLI
        if done.returncode != 0:
            raise RuntimeError(f"openwyn {' '.join(args)} failed: {done.stderr}")
        return done.stdout

    async def tenant(self, slug: str) -> Tenant:
        """The tenant with its clients seeded (once), and a fresh API key for this run."""
        return await self.seeded_tenant(slug, TENANT_SIZES[slug], _seed)

    async def seeded_tenant(self, slug: str, size: int, seed: Seeder) -> Tenant:
        """The tenant, created if missing, then `seed(conn, tenant_id, size, slug)` (which
        leaves a tenant already seeded as it is), and a fresh API key for this run."""
        conn = await self.connect()
        try:
            tenant_id = await conn.fetchval("SELECT id FROM tenants WHERE slug = $1", slug)
            if tenant_id is None:
                created = json.loads(self._cli("tenant", "create", slug, "--json"))
                tenant_id, key = created["tenant"]["id"], created["apiKey"]["apiKey"]
            else:
                key = self._new_key(slug)
            await seed(conn, tenant_id, size, slug)
        finally:
            await conn.close()
        return Tenant(slug, size, tenant_id, key)

    def _new_key(self, slug: str) -> str:
        # Keys are shown once; a reused tenant gets a new one rather than a stored secret.
        out = self._cli("apikey", "create", "--tenant", slug, "--role", "API_ADMIN", "--json")
        key: str = json.loads(out)["apiKey"]
        return key


async def _seed(conn: asyncpg.Connection, tenant_id: int, size: int, slug: str) -> None:
    have = await conn.fetchval("SELECT count(*) FROM clients WHERE tenant_id = $1", tenant_id)
    if have == size:
        print(f"{slug}: {size:,} clients already seeded")
        return
    await conn.execute("DELETE FROM clients WHERE tenant_id = $1", tenant_id)
    started = datetime.now(UTC)
    for done, rows in enumerate(_chunks(tenant_id, size), start=1):
        await conn.copy_records_to_table("clients", records=rows, columns=COLUMNS)
        progress(f"{slug}: {min(done * CHUNK, size):,} / {size:,} clients")
    # A freshly loaded table has no statistics and no visibility map: without VACUUM the
    # planner guesses and no scan can be index-only, as it can once autovacuum has run.
    await conn.execute("VACUUM (ANALYZE) clients")
    seconds = (datetime.now(UTC) - started).total_seconds()
    progress(f"{slug}: {size:,} clients seeded in {seconds:.0f} s", done=True)


def progress(line: str, done: bool = False) -> None:
    """One line rewritten in place on a terminal; only the last one in a log."""
    if sys.stdout.isatty():
        print("\r" + line, end="\n" if done else "", flush=True)
    elif done:
        print(line)
