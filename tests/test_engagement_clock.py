"""What time does to engagements (money-work.md §7), driven by the worker's clock with an
injected `now`: expiry, reminders with new links, ACTIVE on the start date and COMPLETED after
the end date in the tenant's time zone, each event written once even with two workers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from openwyn.engagements import clock as clock_module
from openwyn.engagements.clock import EngagementClock
from openwyn.engagements.repository import TENANTS
from openwyn.kit.sqltypes import utcnow
from tests.fixtures.api import TenantHandle
from tests.fixtures.work import events_of
from tests.test_engagement_signing import _sent, _sign, _tokens

pytestmark = pytest.mark.anyio


def _clock(tenant: TenantHandle) -> EngagementClock:
    """A clock serving this tenant only: other tests share the database, and a clock serving
    every tenant would write their renewal digests at this test's times."""
    ctx = tenant.ctx
    return EngagementClock(ctx.db, ctx.settings, storage=ctx.files, tenants=frozenset({tenant.id}))


def _at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


async def _shown(tenant: TenantHandle, engagement_id: int) -> dict[str, Any]:
    data: dict[str, Any] = (await tenant.get(f"/api/v1/engagements/{engagement_id}")).json()["data"]
    return data


async def _operations(tenant: TenantHandle, engagement_id: int) -> list[str]:
    events = await events_of(tenant, "engagement")
    # A renewal digest's id is the digest's, which may equal an engagement's.
    moves = [e for e in events if e["operation"] != "RENEWAL_DIGEST"]
    return [e["operation"] for e in moves if e["entity_id"] == engagement_id]


async def test_an_unsigned_letter_expires_and_its_link_closes(tenant: TenantHandle) -> None:
    sent, (token,) = await _sent(tenant)
    expires = _at(sent["expiresAt"])
    await _clock(tenant).tick(expires - timedelta(seconds=1))
    assert (await _shown(tenant, sent["id"]))["status"] == "SENT"
    await _clock(tenant).tick(expires)
    assert (await _shown(tenant, sent["id"]))["status"] == "EXPIRED"
    given = await _tokens(tenant, sent["id"])  # reminders gave new links meanwhile
    assert len(given) > 1 and given[0] == token
    for link in given:
        assert (await tenant.api.get(f"/portal/sign/{link}")).status_code == 410
    assert (await _operations(tenant, sent["id"]))[-1] == "EXPIRED"


async def test_signers_are_reminded_every_reminder_days_with_new_links(
    tenant: TenantHandle,
) -> None:
    sent, (first, second) = await _sent(tenant, signers=2)
    assert (await _sign(tenant, first)).status_code == 200
    sent_at = _at(sent["sentAt"])
    clock = _clock(tenant)
    await clock.tick(sent_at + timedelta(days=2, hours=23))
    assert len(await _tokens(tenant, sent["id"])) == 2  # nothing yet
    await clock.tick(sent_at + timedelta(days=3))
    tokens = await _tokens(tenant, sent["id"])
    assert len(tokens) == 3  # one reminder, to the signer who has not signed
    # The reminder's link works, and so does the first email's until it expires.
    assert (await tenant.api.get(f"/portal/sign/{tokens[-1]}")).status_code == 200
    assert (await tenant.api.get(f"/portal/sign/{second}")).status_code == 200
    await clock.tick(sent_at + timedelta(days=3, hours=1))
    assert len(await _tokens(tenant, sent["id"])) == 3  # not again before three more days
    await clock.tick(sent_at + timedelta(days=6))
    assert len(await _tokens(tenant, sent["id"])) == 4


async def test_an_executed_engagement_becomes_active_then_completed(
    tenant: TenantHandle,
) -> None:
    sent, (token,) = await _sent(tenant, end_date="2027-06-30")
    await _sign(tenant, token)
    clock = _clock(tenant)
    # The tenant's time zone is UTC: the start date begins at midnight UTC.
    await clock.tick(_at("2026-12-31T23:59:59+00:00"))
    assert (await _shown(tenant, sent["id"]))["status"] == "EXECUTED"
    await clock.tick(_at("2027-01-01T00:00:00+00:00"))
    assert (await _shown(tenant, sent["id"]))["status"] == "ACTIVE"
    await clock.tick(_at("2027-06-30T23:59:59+00:00"))
    assert (await _shown(tenant, sent["id"]))["status"] == "ACTIVE"  # its last day
    await clock.tick(_at("2027-07-01T00:00:00+00:00"))
    assert (await _shown(tenant, sent["id"]))["status"] == "COMPLETED"
    operations = await _operations(tenant, sent["id"])
    assert operations[-3:] == ["EXECUTED", "ACTIVE", "COMPLETED"]


async def test_two_workers_write_each_move_once(tenant: TenantHandle) -> None:
    sent, (token,) = await _sent(tenant)
    await _sign(tenant, token)
    moment = _at("2027-01-02T00:00:00+00:00")
    await asyncio.gather(_clock(tenant).tick(moment), _clock(tenant).tick(moment))
    assert (await _operations(tenant, sent["id"])).count("ACTIVE") == 1


async def test_rows_not_yet_due_in_their_tenants_zone_never_hold_a_batch(
    tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with tenant.ctx.db.session() as session:
        in_utc = update(TENANTS).where(TENANTS.c.id == tenant.id).values(timezone="UTC")
        await session.execute(in_utc)
    start = utcnow().date() + timedelta(days=5)
    executed = []
    for _ in range(2):  # first in the clock's order; not yet due, though UTC+14 has its date
        sent, (token,) = await _sent(tenant, start_date=start.isoformat())
        assert (await _sign(tenant, token)).status_code == 200
        executed.append(sent["id"])
    waiting, _ = await _sent(tenant)  # its first reminder is due at the tick
    tick = datetime.combine(start - timedelta(days=1), time(12), UTC)
    monkeypatch.setattr(clock_module, "BATCH", 2)
    await _clock(tenant).tick(tick)
    assert len(await _tokens(tenant, waiting["id"])) == 2  # reminded, not crowded out
    for engagement_id in executed:
        assert (await _shown(tenant, engagement_id))["status"] == "EXECUTED"
