"""The outbox and the change feed (records-events.md §4, §5): one event per committed change."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from openwyn.directory.clients import CLIENTS
from openwyn.web import service
from openwyn.web.outbox import EVENTS
from tests.fixtures.api import TenantHandle
from tests.fixtures.events import caught_up, read_feed

pytestmark = pytest.mark.anyio


async def _feed(tenant: TenantHandle, **params: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    response = await tenant.get("/api/v1/events", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    return body["data"], body["meta"]["pageInfo"]


async def _everything(tenant: TenantHandle, after: str | None = None) -> list[dict[str, Any]]:
    await caught_up(tenant)
    return await read_feed(tenant, after)


class TestOutbox:
    async def test_every_change_leaves_one_event_with_the_entity_after_it(
        self, tenant: TenantHandle
    ) -> None:
        client = await tenant.create("clients", {"name": "Acme", "pmsRef": "PMS-1"})
        path = f"/api/v1/clients/{client['id']}"
        await tenant.patch(path, json={"name": "Acme Inc", "email": "a@acme.example"})
        await tenant.patch(path, json={"name": "Acme Inc"})  # no change, no event
        deleted = (await tenant.delete(path)).json()["data"]  # deactivation is the delete
        await tenant.post(f"{path}/reactivate")  # and reactivation an update
        contact = await tenant.create("contacts", {"lastName": "Chen"})
        link = await tenant.create(
            "contact-clients", {"contactId": contact["id"], "clientId": client["id"]}
        )
        await tenant.delete(f"/api/v1/contact-clients/{link['id']}")
        events = await _everything(tenant)
        assert [e["type"] for e in events] == [
            "client.CREATE",
            "client.UPDATE",
            "client.DELETE",
            "client.UPDATE",
            "contact.CREATE",
            "contact_client.CREATE",
            "contact_client.DELETE",
        ]
        created, renamed, deactivated, reactivated = events[:4]
        assert created["entityId"] == client["id"] and created["systemRef"] == "PMS-1"
        assert created["tenant"] == tenant.slug and created["previous"] is None
        # Events carry the stored fields; the derived ones are for the single-object answers.
        assert created["data"] == {name: client[name] for name in created["data"]}
        assert "primaryContact" not in created["data"] and "legalName" in created["data"]
        assert renamed["data"]["version"] == 2 and renamed["data"]["name"] == "Acme Inc"
        assert renamed["previous"] == {"name": "Acme", "email": None}
        assert deactivated["previous"] == {"active": True}
        assert deactivated["data"]["active"] is False and deactivated["data"]["version"] == 3
        assert deactivated["data"] == {name: deleted[name] for name in deactivated["data"]}
        assert reactivated["previous"] == {"active": False}
        assert reactivated["data"]["active"] is True and reactivated["data"]["version"] == 4
        assert events[-1]["data"]["id"] == link["id"]  # the tombstone carries the last state
        assert len({e["id"] for e in events}) == len(events)
        one = await tenant.get(f"/api/v1/events/{renamed['id']}")
        assert one.json()["data"] == renamed

    async def test_money_in_events_is_exact(self, tenant: TenantHandle) -> None:
        await tenant.create("staff", {"firstName": "A", "lastName": "B", "billingRate": "425.10"})
        response = await tenant.get("/api/v1/events")
        assert '"billingRate":425.10' in response.text

    async def test_refused_and_rolled_back_changes_leave_no_event(
        self, tenant: TenantHandle
    ) -> None:
        client = await tenant.create("clients", {"name": "Acme"})
        path = f"/api/v1/clients/{client['id']}"
        assert (await tenant.patch(path, json={"partnerStaffId": 999})).status_code == 400
        stale = await tenant.patch(path, json={"name": "X"}, headers={"If-Match": '"7"'})
        assert stale.status_code == 412
        batch = {
            "records": [
                {"type": "client", "systemRef": "C-1", "attributes": {"name": "One"}},
                {"type": "client", "systemRef": "C-2", "attributes": {"name": ""}},
            ]
        }
        await tenant.post("/api/v1/records", json=batch)
        await tenant.post("/api/v1/records", json=batch)  # the good one is UNCHANGED now
        events = await _everything(tenant)
        assert [(e["type"], e["systemRef"]) for e in events] == [
            ("client.CREATE", None),
            ("client.CREATE", "C-1"),
        ]

    async def test_a_transaction_rolled_back_after_writing_its_event_leaves_no_event(
        self, tenant: TenantHandle
    ) -> None:
        mine = select(func.count()).select_from(EVENTS).where(EVENTS.c.tenant_id == tenant.id)
        with pytest.raises(_RolledBack):
            async with tenant.ctx.db.session() as session:
                await service.create(session, CLIENTS, tenant.id, {"name": "Rolled back"})
                await session.flush()
                assert (await session.execute(mine)).scalar_one() == 1  # the outbox row
                raise _RolledBack
        async with tenant.ctx.db.session() as session:
            assert (await session.execute(mine)).scalar_one() == 0
        await tenant.create("clients", {"name": "Committed"})
        assert [e["data"]["name"] for e in await _everything(tenant)] == ["Committed"]

    async def test_custom_records_emit_events_too(self, tenant: TenantHandle) -> None:
        definition = {"name": "filing", "fields": [{"name": "year", "type": "integer"}]}
        assert (await tenant.post("/api/v1/records/custom", json=definition)).status_code == 201
        record = {"type": "filing", "systemRef": "E-1", "attributes": {"year": 2025}}
        await tenant.post("/api/v1/records", json={"records": [record]})
        record["attributes"] = {"year": 2026}
        await tenant.post("/api/v1/records", json={"records": [record]})
        await tenant.delete("/api/v1/records/filing/E-1")
        events = await _everything(tenant)
        # Deleting a custom record deactivates it, and is its DELETE event.
        assert [e["type"] for e in events] == [
            "filing.CREATE",
            "filing.UPDATE",
            "filing.DELETE",
        ]
        assert events[1]["previous"] == {"year": 2025}
        assert events[1]["data"]["attributes"] == {"year": 2026}
        assert events[2]["previous"] == {"active": True}


class _RolledBack(Exception):
    """Raised inside a transaction to roll it back."""


class TestFeed:
    async def test_pages_follow_the_cursor_and_filters_apply(self, tenant: TenantHandle) -> None:
        for n in range(5):
            await tenant.create("offices", {"name": f"O{n}"})
        await tenant.create("industries", {"name": "Retail"})
        await caught_up(tenant)
        first, info = await _feed(tenant, limit=2)
        assert len(first) == 2 and info["hasNextPage"] is True
        rest = await _everything(tenant, after=info["endCursor"])
        assert [e["data"]["name"] for e in first + rest] == ["O0", "O1", "O2", "O3", "O4", "Retail"]
        idle, idle_info = await _feed(tenant, after=info["endCursor"], limit=1000)
        assert len(idle) == 4 and idle_info["hasNextPage"] is False
        nothing, at_the_end = await _feed(tenant, after=idle_info["endCursor"])
        assert nothing == []  # a caught-up cursor stays in place...
        await tenant.create("offices", {"name": "Later"})
        await caught_up(tenant)
        later, _ = await _feed(tenant, after=at_the_end["endCursor"])
        assert [e["data"]["name"] for e in later] == ["Later"]  # ...and picks up what follows
        offices, _ = await _feed(tenant, entityType="industry")
        assert [e["data"]["name"] for e in offices] == ["Retail"]
        assert (await _feed(tenant, operation="DELETE"))[0] == []

    async def test_bad_and_expired_cursors(self, tenant: TenantHandle) -> None:
        assert (await tenant.get("/api/v1/events", params={"after": "!!"})).status_code == 400
        assert (await tenant.get("/api/v1/events", params={"limit": 1001})).status_code == 400
        import base64

        old = base64.urlsafe_b64encode(b"0.1.1000").decode().rstrip("=")
        expired = await tenant.get("/api/v1/events", params={"after": old})
        assert expired.status_code == 410
        assert expired.json()["error"]["code"] == "CURSOR_EXPIRED"

    async def test_a_reader_of_events_older_than_retention_gets_cursors_it_can_use(
        self, tenant: TenantHandle
    ) -> None:
        for n in range(3):
            await tenant.create("offices", {"name": f"Old {n}"})
        await caught_up(tenant)
        long_ago = datetime.now(UTC) - timedelta(days=400)
        async with tenant.ctx.db.session() as session:
            mine = EVENTS.c.tenant_id == tenant.id
            await session.execute(update(EVENTS).where(mine).values(occurred_at=long_ago))
        cursor, names = None, []
        for _ in range(4):
            events, info = await _feed(tenant, limit=1, **({"after": cursor} if cursor else {}))
            names += [event["data"]["name"] for event in events]
            cursor = info["endCursor"]
        assert names == ["Old 0", "Old 1", "Old 2"]

    async def test_tenants_see_only_their_own_events(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await tenant.create("offices", {"name": "Mine"})
        mine = await _everything(tenant)
        assert await _everything(other_tenant) == []
        assert (await other_tenant.get(f"/api/v1/events/{mine[0]['id']}")).status_code == 404

    async def test_a_reader_misses_nothing_while_writers_commit_out_of_order(
        self, tenant: TenantHandle
    ) -> None:
        """Writers run concurrently, some holding their transaction open: on PostgreSQL later
        ones commit meanwhile; SQLite makes them wait. A reader following the feed the whole
        time ends with exactly the events that committed, each once."""
        seen: list[str] = []
        done = asyncio.Event()
        writers_count = 35

        async def follow() -> None:
            cursor: str | None = None
            give_up: float | None = None  # set once the writers are done
            while True:
                if give_up is None and done.is_set():
                    give_up = time.monotonic() + 30
                page, info = await _feed(tenant, limit=7, **({"after": cursor} if cursor else {}))
                seen.extend(event["id"] for event in page)
                cursor = info["endCursor"]
                # The writers' events are final once no older transaction runs anywhere on the
                # server; another test's may, for a while (as in `caught_up`), so the reader
                # follows until it has as many events as writers, 30 s at most.
                has_all = give_up is not None and len(seen) >= writers_count
                waited_out = give_up is not None and time.monotonic() > give_up
                if not info["hasNextPage"] and (has_all or waited_out):
                    return
                await asyncio.sleep(0 if give_up is None else 0.05)

        async def slow_writer(n: int) -> None:
            # Its transaction takes an id early, then stays open while others commit.
            async with tenant.ctx.db.session() as session:
                await service.create(session, CLIENTS, tenant.id, {"name": f"slow {n}"})
                await asyncio.sleep(0.3)

        async def quick_writer(n: int) -> None:
            await tenant.create("clients", {"name": f"quick {n}"})

        reader = asyncio.create_task(follow())
        writers = [quick_writer(n) for n in range(30)] + [slow_writer(n) for n in range(5)]
        await asyncio.gather(*writers)
        done.set()
        await reader
        committed = [event["id"] for event in await _everything(tenant)]
        assert len(committed) == writers_count
        assert sorted(seen) == sorted(committed)
        assert len(set(seen)) == len(seen)
