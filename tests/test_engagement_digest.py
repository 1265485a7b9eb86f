"""The monthly renewal digest (money-work.md §7): once per tenant and local month the engagement
clock writes one `engagement.RENEWAL_DIGEST` event listing the engagements that can be renewed
(EXECUTED, ACTIVE, ON_HOLD, COMPLETED), not renewed, ending within 90 days; an empty month
writes none; the month turns at the tenant's own midnight; two clocks racing write one event.
`now` is injected: nothing sleeps."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
import pytest
from sqlalchemy import update

from openwyn.engagements import digest
from openwyn.engagements import repository as repo
from openwyn.engagements.clock import EngagementClock
from tests.fixtures.api import TenantHandle
from tests.fixtures.work import events_of
from tests.test_engagements import Setup, _act, _create, make_setup

pytestmark = pytest.mark.anyio

# The clocks tick in May and June 2027: real time (a worker serving every tenant) is long
# before, so nothing but these tests makes these tenants' digests.
TODAY = date(2027, 5, 10)
NOON = datetime(2027, 5, 10, 12, 0, tzinfo=UTC)


def _clock(*tenants: TenantHandle) -> EngagementClock:
    ctx = tenants[0].ctx
    served = frozenset(tenant.id for tenant in tenants)
    return EngagementClock(ctx.db, ctx.settings, storage=ctx.files, tenants=served)


def _at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _day(days: int) -> str:
    return str(TODAY + timedelta(days=days))


async def _digests(tenant: TenantHandle) -> list[dict[str, Any]]:
    events = await events_of(tenant, "engagement")
    return [orjson.loads(e["data"]) for e in events if e["operation"] == "RENEWAL_DIGEST"]


async def _engagement(
    tenant: TenantHandle, setup: Setup, *actions: str, **dates: Any
) -> dict[str, Any]:
    made = await _create(tenant, setup, **({"startDate": "2027-01-01"} | dates))
    for action in actions:
        answer = await _act(tenant, made["id"], action, json={})
        assert answer.status_code == 200, answer.text
    return made


async def _in_zone(tenant: TenantHandle, zone: str) -> None:
    async with tenant.ctx.db.session() as session:
        await session.execute(
            update(repo.TENANTS).where(repo.TENANTS.c.id == tenant.id).values(timezone=zone)
        )


class TestDigest:
    async def test_the_digest_lists_exactly_the_renewals_due_within_90_days(
        self, tenant: TenantHandle
    ) -> None:
        setup = await make_setup(tenant)
        starting = await _engagement(tenant, setup, "execute", startDate=_day(5), endDate=_day(10))
        ending_89 = await _engagement(tenant, setup, "execute", endDate=_day(89))
        ending_90 = await _engagement(tenant, setup, "execute", endDate=_day(90))
        ending_91 = await _engagement(tenant, setup, "execute", endDate=_day(91))
        renewed = await _engagement(tenant, setup, "execute", endDate=_day(30))
        renewal = await _act(tenant, renewed["id"], "renew", json={"startDate": _day(31)})
        assert renewal.status_code == 201, renewal.text
        completed = await _engagement(tenant, setup, "execute", "complete", endDate=_day(20))
        held = await _engagement(tenant, setup, "execute", "hold", endDate=_day(40))
        await _engagement(tenant, setup, "execute", endDate=None)
        await _engagement(tenant, setup, endDate=_day(15))  # a DRAFT
        await _engagement(tenant, setup, "cancel", endDate=_day(16))

        await _clock(tenant).tick(NOON)

        (digest,) = await _digests(tenant)
        assert digest["month"] == "2027-05"
        assert digest["asOf"] == str(TODAY) and digest["through"] == _day(90)
        assert digest["count"] == 5
        listed = [item["id"] for item in digest["engagements"]]
        ids = [starting["id"], completed["id"], held["id"], ending_89["id"], ending_90["id"]]
        assert listed == ids
        assert ending_91["id"] not in listed
        statuses = [item["status"] for item in digest["engagements"]]
        assert statuses[1:3] == ["COMPLETED", "ON_HOLD"]  # renewable as much as the others
        first, second = digest["engagements"][0], digest["engagements"][3]
        assert first == {
            "id": starting["id"],
            "name": starting["name"],
            "clientId": setup.firm.client["id"],
            "status": "EXECUTED",  # its start date has not come
            "startDate": _day(5),
            "endDate": _day(10),
            "estimatedValue": 1450.5,
            "currency": "USD",
        }
        assert second["status"] == "ACTIVE"

    async def test_one_digest_a_month_and_the_next_in_the_next_month(
        self, tenant: TenantHandle
    ) -> None:
        setup = await make_setup(tenant)
        soon = await _engagement(tenant, setup, "execute", endDate=_day(10))
        later = await _engagement(tenant, setup, "execute", endDate=_day(100))
        clock = _clock(tenant)
        await clock.tick(NOON)
        await clock.tick(_at("2027-05-31T23:59:59+00:00"))
        (may,) = await _digests(tenant)
        assert [item["id"] for item in may["engagements"]] == [soon["id"]]

        await clock.tick(_at("2027-06-01T00:00:00+00:00"))
        may_again, june = await _digests(tenant)
        assert may_again == may
        assert june["month"] == "2027-06" and june["asOf"] == "2027-06-01"
        # The first ended on 20 May (the clock completed it); the second is now in reach.
        assert [item["id"] for item in june["engagements"]] == [later["id"]]
        assert june["id"] != may["id"]

    async def test_an_empty_month_writes_nothing_but_waits_for_the_next(
        self, tenant: TenantHandle
    ) -> None:
        setup = await make_setup(tenant)
        clock = _clock(tenant)
        await clock.tick(NOON)  # nothing to renew yet
        assert await _digests(tenant) == []
        made = await _engagement(tenant, setup, "execute", endDate=_day(10))
        await clock.tick(NOON + timedelta(hours=1))
        assert await _digests(tenant) == []  # May's turn has passed
        await clock.tick(_at("2027-06-01T00:00:00+00:00"))
        assert await _digests(tenant) == []  # it ended in May: June has nothing either
        another = await _engagement(tenant, setup, "execute", endDate="2027-07-01")
        await clock.tick(_at("2027-07-01T00:00:00+00:00"))
        (july,) = await _digests(tenant)
        assert july["month"] == "2027-07"
        assert [item["id"] for item in july["engagements"]] == [another["id"]]
        assert made["id"] not in [item["id"] for item in july["engagements"]]

    async def test_the_month_turns_at_each_tenants_own_midnight(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await _in_zone(other_tenant, "Pacific/Auckland")
        for handle in (tenant, other_tenant):
            await _engagement(handle, await make_setup(handle), "execute", endDate="2027-07-15")
        clock = _clock(tenant, other_tenant)
        await clock.tick(NOON)
        assert [d["month"] for d in await _digests(tenant)] == ["2027-05"]
        assert [d["month"] for d in await _digests(other_tenant)] == ["2027-05"]

        # 12:00 UTC on 31 May is midnight in Auckland (NZST, UTC+12): June there, May here.
        await clock.tick(_at("2027-05-31T11:59:59+00:00"))
        assert len(await _digests(other_tenant)) == 1
        await clock.tick(_at("2027-05-31T12:00:00+00:00"))
        auckland = await _digests(other_tenant)
        assert [(d["month"], d["asOf"]) for d in auckland] == [
            ("2027-05", "2027-05-11"),  # noon UTC on 10 May was midnight there
            ("2027-06", "2027-06-01"),
        ]
        assert [d["month"] for d in await _digests(tenant)] == ["2027-05"]
        await clock.tick(_at("2027-06-01T00:00:00+00:00"))
        assert [d["month"] for d in await _digests(tenant)] == ["2027-05", "2027-06"]
        assert len(await _digests(other_tenant)) == 2

    async def test_two_clocks_racing_write_one_digest(self, tenant: TenantHandle) -> None:
        setup = await make_setup(tenant)
        await _engagement(tenant, setup, "execute", endDate=_day(10))
        racers = [_clock(tenant) for _ in range(2)]
        await asyncio.gather(*(racer.tick(NOON) for racer in racers))
        assert len(await _digests(tenant)) == 1

    async def test_a_clock_skips_a_tenant_another_clock_holds(self, tenant: TenantHandle) -> None:
        """The race made certain: one clock holds the tenant's claim while another ticks."""
        if tenant.ctx.db.dialect != "postgresql":
            pytest.skip("row locks are PostgreSQL's; SQLite's writer lock serialises clocks")
        setup = await make_setup(tenant)
        await _engagement(tenant, setup, "execute", endDate=_day(10))
        served = frozenset({tenant.id})
        async with tenant.ctx.db.session() as holder:
            (claimed,) = await repo.unscoped_digests_due(holder, NOON, 10, served)
            # The other clock still moves the tenant's engagements (and writes their events,
            # which refer to the held tenant row) but leaves the digest alone.
            await _clock(tenant).tick(NOON)
            assert await _digests(tenant) == []
            await digest.write_digest(holder, tenant.id, claimed["timezone"], NOON)
        assert len(await _digests(tenant)) == 1
        await _clock(tenant).tick(NOON)
        assert len(await _digests(tenant)) == 1

    async def test_a_second_digest_of_the_month_is_skipped(self, tenant: TenantHandle) -> None:
        values = {
            "month": "2027-05",
            "as_of": TODAY,
            "through": TODAY + timedelta(days=90),
            "engagement_count": 1,
        }
        async with tenant.ctx.db.session() as session:
            first = await repo.insert_digest_or_skip(session, tenant.id, values)
            second = await repo.insert_digest_or_skip(session, tenant.id, values)
        assert first is not None and second is None

    async def test_the_catalog_lists_the_digest_and_subscriptions_take_it(
        self, tenant: TenantHandle
    ) -> None:
        entries = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
        (entry,) = [
            e
            for e in entries
            if (e["entityType"], e["operation"]) == ("engagement", "RENEWAL_DIGEST")
        ]
        assert "90 days" in entry["description"]
        body = {
            "entityType": "engagement",
            "operation": "RENEWAL_DIGEST",
            "deliveryUrl": "https://hooks.example.com/openwyn",
        }
        response = await tenant.post("/api/v1/event-subscriptions", json=body)
        assert response.status_code == 201, response.text
