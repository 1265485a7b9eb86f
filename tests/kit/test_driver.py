"""Reads on the driver (PostgreSQL) give exactly what SQLAlchemy gives, and fail the same way."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import Integer, func, select, text
from sqlalchemy.exc import DBAPIError

from openwyn import demo
from openwyn.auth import repository as auth_repo
from openwyn.auth import service as auth_service
from openwyn.auth.roles import Role
from openwyn.directory import DIRECTORY
from openwyn.kit import driver
from openwyn.kit import repository as repo
from openwyn.kit.paging import Paging
from openwyn.kit.resource import Resource
from openwyn.web import service
from tests.conftest import POSTGRES_URL
from tests.fixtures.api import TenantHandle
from tests.kit.backends import running, terminate

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(not POSTGRES_URL, reason="the driver path is PostgreSQL's"),
]

# Filters of every shape the driver prepares, and one it leaves to SQLAlchemy (`_in`).
WHERES: list[dict[str, Any] | None] = [
    None,
    {"id": {"_gt": 0}},
    {"createdAt": {"_gte": "2000-01-01T00:00:00Z"}},
    {"id": {"_in": [1, 2, 3]}},
]


def _listing(where: dict[str, Any] | None, size: int = 7) -> service.Listing:
    return service.Listing(where, None, {}, Paging(size=size, offset=0, cursor=None))


async def _ids(app: FastAPI, resource: Resource, tenant_id: int) -> list[int]:
    async with app.state.ctx.db.reader() as reader:
        query = select(resource.table.c.id).where(resource.table.c.tenant_id == tenant_id)
        return list((await reader.execute(query)).scalars())


async def test_every_entity_reads_the_same_on_the_driver(
    app: FastAPI, tenant: TenantHandle
) -> None:
    db = app.state.ctx.db
    async with db.session() as session:
        await demo.seed_firm(session, tenant.id, clients=3)
    for resource in DIRECTORY:
        ids = await _ids(app, resource, tenant.id)
        assert ids, resource.key
        for row_id in ids[:5]:
            async with db.reader() as reader, db.session() as session:
                assert driver.ready(reader) is not None and driver.ready(session) is None
                fast = await repo.fetch_one(reader, resource, tenant.id, row_id)
                slow = await repo.fetch_one(session, resource, tenant.id, row_id)
            assert tuple(fast) == tuple(slow), resource.key
            assert resource.serializer(fast) == resource.serializer(slow)
        for where in WHERES:
            async with db.reader() as reader, db.session() as session:
                fast_page = await service.list_rows(reader, resource, tenant.id, _listing(where))
                slow_page = await service.list_rows(session, resource, tenant.id, _listing(where))
            assert fast_page == slow_page, (resource.key, where)


async def test_a_missing_or_foreign_row_is_none(
    app: FastAPI, tenant: TenantHandle, other_tenant: TenantHandle
) -> None:
    client = await tenant.create("clients", {"name": "Mine"})
    resource = next(resource for resource in DIRECTORY if resource.key == "client")
    async with app.state.ctx.db.reader() as reader:
        assert await repo.fetch_one(reader, resource, other_tenant.id, client["id"]) is None
        assert await repo.fetch_one(reader, resource, tenant.id, client["id"] + 10**9) is None
        assert (await repo.fetch_one(reader, resource, tenant.id, client["id"]))[0] == client["id"]


async def test_an_error_of_the_database_is_sqlalchemys_error(app: FastAPI) -> None:
    prepared = driver.prepare(select(func.count() / 0), app.state.ctx.db.engine.dialect, ())
    assert prepared is not None
    async with app.state.ctx.db.reader() as reader:
        with pytest.raises(DBAPIError) as raised:
            await driver.fetch(reader, prepared, {})
    assert raised.value.orig.sqlstate == "22012"  # type: ignore[union-attr]


async def test_a_dropped_connection_is_not_used_again(app: FastAPI) -> None:
    db = app.state.ctx.db
    prepared = driver.prepare(select(func.count()), db.engine.dialect, ())
    backend = driver.prepare(select(func.pg_backend_pid(type_=Integer)), db.engine.dialect, ())
    assert prepared is not None and backend is not None
    async with db.reader() as reader:
        pid = (await driver.fetch(reader, backend, {}))[0][0]
        async with db.reader() as killer:
            await terminate(killer, [pid])
        with pytest.raises((DBAPIError, OSError)):
            await driver.fetch(reader, prepared, {})
    for _ in range(db.settings.db_pool_size + 1):
        async with db.reader() as reader:
            assert (await driver.fetch(reader, prepared, {}))[0][0] == 1


async def test_a_failed_connection_renews_the_idle_ones(app: FastAPI) -> None:
    """A read's connection died under it (the server restarted): every idle connection may be
    as dead, so none is handed out again, and no request fails on one afterwards. The idle
    ones here are alive, so a pool that kept them would hand them out again."""
    db = app.state.ctx.db
    backend = driver.prepare(select(func.pg_backend_pid(type_=Integer)), db.engine.dialect, ())
    sleep = driver.prepare(select(func.pg_sleep(600, type_=Integer)), db.engine.dialect, ())
    assert backend is not None and sleep is not None
    async with db.reader() as first, db.reader() as second, db.reader() as third:
        pids = [(await driver.fetch(r, backend, {}))[0][0] for r in (first, second, third)]
    async with db.reader() as busy, db.reader() as killer:
        sleeping = asyncio.create_task(driver.fetch(busy, sleep, {}))
        await terminate(killer, [await running(killer, "pg_sleep", pids)])
        with pytest.raises((DBAPIError, OSError)):
            await sleeping
    for _ in range(3):
        async with db.reader() as reader:
            assert (await driver.fetch(reader, backend, {}))[0][0] not in pids


async def test_a_reader_that_runs_only_driver_reads_checks_out_no_sqlalchemy_connection(
    app: FastAPI,
) -> None:
    db = app.state.ctx.db
    prepared = driver.prepare(select(func.count()), db.engine.dialect, ())
    assert prepared is not None
    async with db.reader() as reader:
        await driver.fetch(reader, prepared, {})
        assert reader.sync_connection is None
        await reader.execute(text("SELECT 1"))
        assert reader.sync_connection is not None


async def test_the_reader_hands_out_the_connection_returned_last(app: FastAPI) -> None:
    """A read-heavy process keeps reusing its warmest connection (the pool is LIFO), not the
    one idle longest."""
    db = app.state.ctx.db

    async def backend(reader: Any) -> int:
        pid: int = (await reader.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        return pid

    async with db.reader() as first, db.reader() as second:
        first_pid, second_pid = await backend(first), await backend(second)
    # `second` went back to the pool before `first` (the blocks close inside out).
    assert first_pid != second_pid
    async with db.reader() as again:
        assert await backend(again) == first_pid


async def test_a_key_status_reads_the_same_on_the_driver_without_a_sqlalchemy_connection(
    app: FastAPI, tenant: TenantHandle
) -> None:
    db = app.state.ctx.db
    expires = datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)
    async with db.session() as session:
        issued = await auth_service.issue_key(
            session, tenant.id, name="expiring", roles=[Role.API_USER], expires_at=expires
        )
        await auth_service.revoke_key(session, tenant.id, issued.key.id)
    # Revoked with an expiry, live, and no such key.
    for key_id in (issued.key.id, tenant.admin_key_id, 10**12):
        async with db.reader() as reader, db.session() as session:
            fast = await auth_repo.unscoped_key_status(reader, key_id)
            slow = await auth_repo.unscoped_key_status(session, key_id)
            assert reader.sync_connection is None
        assert (None if fast is None else tuple(fast)) == (None if slow is None else tuple(slow))
    async with db.reader() as reader:
        status = await auth_repo.unscoped_key_status(reader, issued.key.id)
    tenant_id, revoked_at, expires_at = status
    assert (tenant_id, expires_at) == (tenant.id, expires) and revoked_at is not None


async def test_a_write_reads_its_own_transaction_on_the_driver(
    app: FastAPI, tenant: TenantHandle
) -> None:
    """The records batch's lookups (`run_within`) see the transaction's uncommitted rows, and
    read them as SQLAlchemy does."""
    resource = next(resource for resource in DIRECTORY if resource.key == "client")
    stored = await tenant.create("clients", {"name": "Stored", "pmsRef": "RW-1"})
    async with app.state.ctx.db.session() as session:
        row_id = await repo.insert_row(
            session, resource.table, tenant.id, {"name": "Uncommitted", "pms_ref": "RW-2"}
        )
        refs = ["RW-1", "RW-2", "RW-none"]
        fast = await repo.fetch_by_pms_refs(session, resource, tenant.id, refs)
        ids = await repo.ids_by_values(session, resource.table, tenant.id, "pms_ref", refs)
        query = repo.scoped_select(resource, tenant.id).where(resource.table.c.pms_ref.in_(refs))
        slow = (await session.execute(query.order_by(resource.table.c.id))).all()
        assert [type(row).__name__ for row in fast] == ["Record", "Record"]  # the driver's
        assert [tuple(row) for row in fast] == [tuple(row) for row in slow]
        assert ids == {"RW-1": stored["id"], "RW-2": row_id}
        await session.rollback()
    async with app.state.ctx.db.session() as session:
        after = await repo.ids_by_values(session, resource.table, tenant.id, "pms_ref", refs)
    assert after == {"RW-1": stored["id"]}  # the read took part in the rolled-back transaction


async def test_a_read_within_a_write_fails_as_sqlalchemy_does(app: FastAPI) -> None:
    async with app.state.ctx.db.session() as session:
        with pytest.raises(DBAPIError) as raised:
            await driver.run_within(
                session, ("test-within", 0), lambda: select(func.count() / 0), {}
            )
    assert raised.value.orig.sqlstate == "22012"  # type: ignore[union-attr]


async def test_a_read_before_the_transaction_begins_runs_on_its_own_at_read_committed(
    app: FastAPI, tenant: TenantHandle
) -> None:
    """Before SQLAlchemy has begun the transaction, a write's read runs outside it at READ
    COMMITTED (no round trip to begin it), and begins it first at a stricter isolation."""
    resource = next(resource for resource in DIRECTORY if resource.key == "client")
    stored = await tenant.create("clients", {"name": "Read before", "pmsRef": "RB-1"})
    for isolation, begun in (None, False), ("REPEATABLE READ", True):
        async with app.state.ctx.db.session() as session:
            options = {"isolation_level": isolation} if isolation else {}
            connection = await session.connection(execution_options=options)
            raw = (await connection.get_raw_connection()).driver_connection
            rows = await repo.fetch_by_pms_refs(session, resource, tenant.id, ["RB-1"])
            assert [row[0] for row in rows] == [stored["id"]]
            assert type(rows[0]).__name__ == "Record"  # the driver's
            assert raw.is_in_transaction() is begun, isolation


async def test_every_detail_reads_on_the_driver_as_it_reads_through_sqlalchemy(
    app: FastAPI, tenant: TenantHandle
) -> None:
    """A detail the driver cannot prepare (an expanded list, a construct without a cache key)
    goes through SQLAlchemy on every get: a client's did, at 7 ms a request."""
    db = app.state.ctx.db
    async with db.session() as session:
        await demo.seed_firm(session, tenant.id, clients=3)
    detailed = [resource for resource in DIRECTORY if resource.detail is not None]
    assert "client" in {resource.key for resource in detailed}
    for resource in detailed:
        (row_id, *_) = await _ids(app, resource, tenant.id)
        async with db.reader() as reader, db.session() as session:
            fast = await repo.fetch_detail(reader, resource, tenant.id, row_id)
            slow = await repo.fetch_detail(session, resource, tenant.id, row_id)
        assert type(fast).__name__ == "Record", resource.key  # the driver's
        assert tuple(fast) == tuple(slow), resource.key
