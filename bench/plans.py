"""The SQL Openwyn really sends for a client search, and PostgreSQL's plans for it.

The app runs in-process against the bench database with a listener on its engine, so the
statements and parameters printed and explained are exactly the server's, not a copy. Each is
then run under EXPLAIN (ANALYZE, BUFFERS) on its own connection, as the first execution of a
prepared statement, which is how the server's asyncpg connections plan it (custom plans: see
bench/README.md). Used by bench/search_scale.py; also runnable alone:

    python bench/plans.py [--database openwyn_bench]
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from common import SEARCH, SEARCH_PATH, database, parser, tenants
from dataset import BenchDatabase, Tenant
from servers import JWT_SECRET
from sqlalchemy import event

from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.kit import driver

LIST_PATH = "/gql/v1/clients"


@dataclass(frozen=True)
class Statement:
    sql: str
    parameters: tuple[Any, ...]


async def server_statements(
    db: BenchDatabase, tenant: Tenant, path: str, body: Any, table: str = "clients"
) -> list[Statement]:
    """The statements on `table` that Openwyn runs to answer one request, whether through
    SQLAlchemy or straight on the driver (kit/driver.py)."""
    settings = Settings(
        database_url=db.url,
        jwt_secret=JWT_SECRET,
        access_log=False,
        rate_limit_token_per_address=10**9,
    )
    app = create_app(settings)
    engine = app.state.ctx.db.engine
    seen: list[Statement] = []

    wanted = re.compile(rf"FROM {table}\b")

    def capture(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_rest: Any) -> None:
        if wanted.search(sql):
            seen.append(Statement(sql, tuple(parameters)))

    async def on_driver(
        reader: Any, prepared: driver.Prepared, values: Mapping[str, Any]
    ) -> Sequence[Any]:
        if wanted.search(prepared.sql):
            seen.append(Statement(prepared.sql, tuple(prepared.arguments(values))))
        return await driver_fetch(reader, prepared, values)

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    driver_fetch = driver.fetch
    driver.fetch = on_driver
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            exchange = await client.post("/v1/auth/token", json={"jwtApiKey": tenant.api_key})
            headers = {"Authorization": f"Bearer {exchange.raise_for_status().json()['token']}"}
            (await client.post(path, json=body, headers=headers)).raise_for_status()
    finally:
        driver.fetch = driver_fetch
    await engine.dispose()
    return seen


async def explain(db: BenchDatabase, statement: Statement, generic: bool = False) -> list[str]:
    """The plan of one statement with its parameters; `generic` forces the plan PostgreSQL
    would cache for any parameters, as it may do for a statement prepared long enough."""
    conn = await db.connect()
    try:
        if generic:
            # EXPLAIN of a parameterised statement plans it for the values bound; only an SQL
            # PREPARE under force_generic_plan shows the generic plan. EXECUTE takes no
            # parameters, so the values go in as literals that PostgreSQL itself quotes.
            await conn.execute("SET plan_cache_mode = force_generic_plan")
            await conn.execute("PREPARE bench_generic AS " + statement.sql)
            quote = "SELECT quote_literal($1::text)"
            values = [await conn.fetchval(quote, str(value)) for value in statement.parameters]
            query = f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_generic({', '.join(values)})"
            rows = await conn.fetch(query)
        else:
            query = "EXPLAIN (ANALYZE, BUFFERS) " + statement.sql
            rows = await conn.fetch(query, *statement.parameters)
    finally:
        await conn.close()
    return [row[0] for row in rows]


async def plan_choice(db: BenchDatabase, statement: Statement, executions: int = 20) -> str:
    """How PostgreSQL plans the statement once a connection has prepared and run it many times.

    The server's connections keep each statement prepared and run it thousands of times; with
    plan_cache_mode auto, PostgreSQL may then switch to a generic plan, which cannot turn a
    LIKE parameter into an index range. pg_prepared_statements counts which plans it used."""
    conn = await db.connect()
    try:
        prepared = await conn.prepare(statement.sql)
        for _ in range(executions):
            await prepared.fetch(*statement.parameters)
        custom, generic = await conn.fetchrow(
            "SELECT custom_plans, generic_plans FROM pg_prepared_statements WHERE name = $1",
            prepared.get_name(),
        )
    finally:
        await conn.close()
    return f"{executions} executions: {custom} custom plans, {generic} generic"


def summary(plan: list[str]) -> str:
    """Which scans touched `clients` through which index, pages touched, execution time."""
    scans = [
        re.sub(r"\s+\(cost.*", "", line).strip(" ->") for line in plan if " on clients" in line
    ]
    pages = next((line.strip() for line in plan if line.strip().startswith("Buffers:")), "")
    timing = next((line.strip() for line in plan if line.startswith("Execution Time")), "")
    return "; ".join(scans) + f"; {pages}; {timing}"


async def show(db: BenchDatabase, tenant: Tenant, path: str, body: Any, full: bool) -> None:
    for statement in await server_statements(db, tenant, path, body):
        kind = "count" if statement.sql.startswith("SELECT count") else "page"
        plan = await explain(db, statement)
        print(f"  {tenant.slug} {kind}: {summary(plan)}")
        print(f"    {await plan_choice(db, statement)}")
        if full:
            print("    " + "\n    ".join(plan))


async def show_search_plans(db: BenchDatabase, tenants: list[Tenant], full: bool = False) -> None:
    sql = await server_statements(db, tenants[0], SEARCH_PATH, SEARCH)
    print("Openwyn's SQL for the search (parameters: tenant id, pattern, limit, offset):")
    for statement in sql:
        print("    " + statement.sql.replace("\n", "\n    ") + f"\n    -- {statement.parameters}")
    print("EXPLAIN (ANALYZE, BUFFERS) of that SQL:")
    for tenant in tenants:
        await show(db, tenant, SEARCH_PATH, SEARCH, full)


async def show_generic_plans(db: BenchDatabase, tenant: Tenant) -> None:
    """Why custom plans matter: the generic plan cannot use the prefix as an index range."""
    print(f"The same search on {tenant.slug} if PostgreSQL used a generic plan:")
    for statement in await server_statements(db, tenant, SEARCH_PATH, SEARCH):
        kind = "count" if statement.sql.startswith("SELECT count") else "page"
        print(f"  {tenant.slug} {kind}: {summary(await explain(db, statement, generic=True))}")


async def show_list_plans(db: BenchDatabase, tenants: list[Tenant]) -> None:
    """For reference: the list route (no `where`) counts every client of the tenant."""
    print("EXPLAIN (ANALYZE, BUFFERS) of the list route's SQL (POST /gql/v1/clients, no filter):")
    for tenant in tenants:
        await show(db, tenant, LIST_PATH, {}, full=False)


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    args = options.parse_args()
    db = database(args)
    found = tenants(db, ["bench-10k", "bench-1m"])
    asyncio.run(show_search_plans(db, found, full=True))
    asyncio.run(show_generic_plans(db, found[-1]))
    asyncio.run(show_list_plans(db, found))


if __name__ == "__main__":
    main()
