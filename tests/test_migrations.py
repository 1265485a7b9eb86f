"""The migrations build exactly the schema the models declare, on both databases."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, insert, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from openwyn.migrations import runner
from openwyn.models import Base
from tests.conftest import empty_database

pytestmark = pytest.mark.anyio


# Built by raw SQL on PostgreSQL only (a GIN index over JSONB), so the models cannot declare it.
POSTGRESQL_ONLY = {"ix_custom_records_tenant_id_data"}


def _declared(obj: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    return not (kind == "index" and reflected and name in POSTGRESQL_ONLY)


def _differences(connection: Connection) -> list[Any]:
    options = {"compare_type": True, "include_object": _declared}
    context = MigrationContext.configure(connection, opts=options)
    return list(compare_metadata(context, Base.metadata))


async def test_the_migrated_database_matches_the_models(database_url: str) -> None:
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            differences = await connection.run_sync(_differences)
    finally:
        await engine.dispose()
    assert differences == []


@pytest.fixture
def empty_url(tmp_path: Path) -> Iterator[str]:
    with empty_database(tmp_path) as url:
        yield url


def _engine(url: str) -> AsyncEngine:
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":  # as the server's connections have them
        event.listen(engine.sync_engine, "connect", _sqlite_foreign_keys)
    return engine


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


_NOW = datetime(2026, 12, 3, tzinfo=UTC)


def _row(table: str, **values: Any) -> Any:
    stamps = {"created_at": _NOW, "updated_at": _NOW}
    return insert(Base.metadata.tables[table]).values(**stamps, **values)


async def _deliveries_and_log(url: str) -> tuple[int, int]:
    engine = _engine(url)
    try:
        async with engine.connect() as connection:
            counts = text(
                "SELECT (SELECT count(*) FROM webhook_deliveries),"
                " (SELECT count(*) FROM webhook_attempts)"
            )
            deliveries, attempts = (await connection.execute(counts)).one()
    finally:
        await engine.dispose()
    return int(deliveries), int(attempts)


async def _seed_a_delivery(url: str) -> None:
    """Two tenants, a subscription and an event of the first, one delivery with one attempt;
    then a delivery claiming the second tenant for the first's subscription, refused."""
    event_values = {"event_id": "evt_1", "entity_type": "client", "operation": "CREATE"}
    engine = _engine(url)
    try:
        async with engine.begin() as connection:
            for tenant_id in (1, 2):
                await connection.execute(
                    _row("tenants", id=tenant_id, slug=f"t{tenant_id}", name="T")
                )
            await connection.execute(
                _row(
                    "event_subscriptions",
                    id=1,
                    tenant_id=1,
                    entity_type="client",
                    operation="CREATE",
                    delivery_url="https://example.com/hook",
                    active=True,
                    status="ACTIVE",
                    is_internal=False,
                    active_since=_NOW,
                    version=1,
                )
            )
            await connection.execute(
                insert(Base.metadata.tables["events"]).values(
                    id=1,
                    tenant_id=1,
                    txid=1,
                    entity_id=1,
                    data="{}",
                    occurred_at=_NOW,
                    **event_values,
                )
            )
            delivery = {
                "subscription_id": 1,
                "event_row_id": 1,
                "entity_id": 1,
                "status": "PENDING",
                "attempts": 0,
                "round_attempts": 0,
                "version": 1,
            }
            await connection.execute(
                _row("webhook_deliveries", id=1, tenant_id=1, **delivery, **event_values)
            )
            await connection.execute(
                _row(
                    "webhook_attempts",
                    tenant_id=1,
                    delivery_id=1,
                    subscription_id=1,
                    entity_id=1,
                    attempt=1,
                    status="PENDING",
                    version=1,
                    **event_values,
                )
            )
        with pytest.raises(IntegrityError):
            async with engine.begin() as connection:
                stray = event_values | {"event_id": "evt_2"}
                await connection.execute(
                    _row("webhook_deliveries", id=2, tenant_id=2, **delivery, **stray)
                )
    finally:
        await engine.dispose()


async def test_the_delivery_keys_keep_every_delivery_and_attempt_both_ways(
    empty_url: str,
) -> None:
    # On SQLite, changing a key rebuilds the table: a rebuild with the foreign keys enforced
    # would delete every row referring to the old one.
    await asyncio.to_thread(runner.upgrade, empty_url)
    await _seed_a_delivery(empty_url)
    assert await _deliveries_and_log(empty_url) == (1, 1)
    await asyncio.to_thread(runner.downgrade, empty_url, "0011")
    assert await _deliveries_and_log(empty_url) == (1, 1)
    await asyncio.to_thread(runner.upgrade, empty_url)
    assert await _deliveries_and_log(empty_url) == (1, 1)


async def _seed_a_client_and_its_contact(url: str) -> None:
    engine = _engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(_row("tenants", id=1, slug="t1", name="T"))
            await connection.execute(
                _row("clients", id=1, tenant_id=1, name="Acme", legal_name="Acme LLC", version=1)
            )
            await connection.execute(
                _row("contacts", id=1, tenant_id=1, first_name="Ann", department="Tax", version=1)
            )
            link = {"contact_id": 1, "client_id": 1, "is_primary": True, "version": 1}
            await connection.execute(_row("contact_clients", id=1, tenant_id=1, **link))
    finally:
        await engine.dispose()


async def _detail_columns(url: str) -> tuple[int, set[str]]:
    """How many clients, contacts and links there are, and which detail columns exist."""
    engine = _engine(url)
    try:
        async with engine.connect() as connection:
            counts = text(
                "SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM contacts)"
                " + (SELECT count(*) FROM contact_clients)"
            )
            rows = int((await connection.execute(counts)).scalar_one())
            columns = await connection.run_sync(
                lambda sync: {
                    f"{table}.{column['name']}"
                    for table in ("clients", "contacts")
                    for column in sa_inspect(sync).get_columns(table)
                }
            )
    finally:
        await engine.dispose()
    return rows, columns & _DETAIL_COLUMNS


_DETAIL_COLUMNS = {
    "clients.legal_name",
    "clients.size",
    "clients.type",
    "contacts.department",
    "contacts.communication_preferences",
}


async def test_the_detail_columns_come_and_go_keeping_every_client_and_contact(
    empty_url: str,
) -> None:
    await asyncio.to_thread(runner.upgrade, empty_url)
    await _seed_a_client_and_its_contact(empty_url)
    assert await _detail_columns(empty_url) == (3, _DETAIL_COLUMNS)
    await asyncio.to_thread(runner.downgrade, empty_url, "0013")
    assert await _detail_columns(empty_url) == (3, set())
    await asyncio.to_thread(runner.upgrade, empty_url)
    assert await _detail_columns(empty_url) == (3, _DETAIL_COLUMNS)


async def _seed_a_signer_with_two_links(url: str) -> None:
    await _seed_a_client_and_its_contact(url)
    engine = _engine(url)
    try:
        async with engine.begin() as connection:
            engagement = {"name": "E", "client_id": 1, "start_date": _NOW.date(), "currency": "USD"}
            money = {"estimated_value": 0, "prepayment_amount": 0, "version": 1}
            await connection.execute(_row("engagements", id=1, tenant_id=1, **engagement, **money))
            signer = {"engagement_id": 1, "contact_id": 1, "role": "PRIMARY", "status": "PENDING"}
            signers = Base.metadata.tables["engagement_signers"]
            await connection.execute(insert(signers).values(id=1, tenant_id=1, **signer))
            links = Base.metadata.tables["engagement_signing_links"]
            for number in (1, 2):  # the letter's link, then a reminder's
                link = {"token_hash": f"{number}" * 64, "expires_at": _NOW, "created_at": _NOW}
                await connection.execute(insert(links).values(tenant_id=1, signer_id=1, **link))
    finally:
        await engine.dispose()


async def _signer_links(url: str) -> tuple[list[str], list[str | None]]:
    """The links' hashes, and the signer rows' own hashes where the schema has them."""
    engine = _engine(url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: sa_inspect(sync).get_table_names())
            links: list[str] = []
            if "engagement_signing_links" in tables:
                query = text("SELECT token_hash FROM engagement_signing_links ORDER BY id")
                links = list((await connection.execute(query)).scalars())
            columns = await connection.run_sync(
                lambda sync: {c["name"] for c in sa_inspect(sync).get_columns("engagement_signers")}
            )
            own: list[str | None] = []
            if "token_hash" in columns:
                query = text("SELECT token_hash FROM engagement_signers ORDER BY id")
                own = list((await connection.execute(query)).scalars())
    finally:
        await engine.dispose()
    return links, own


async def test_signing_links_move_to_their_table_and_back_keeping_the_latest(
    empty_url: str,
) -> None:
    await asyncio.to_thread(runner.upgrade, empty_url)
    await _seed_a_signer_with_two_links(empty_url)
    assert await _signer_links(empty_url) == (["1" * 64, "2" * 64], [])
    await asyncio.to_thread(runner.downgrade, empty_url, "0030")
    assert await _signer_links(empty_url) == ([], ["2" * 64])  # a signer's row holds one
    await asyncio.to_thread(runner.upgrade, empty_url)
    assert await _signer_links(empty_url) == (["2" * 64], [])
