"""At least once, for real: worker processes delivering 1,000 events, one killed with SIGKILL
at a random moment and started again (records-events.md §4, workers)."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy import text
from standardwebhooks.webhooks import Webhook

from openwyn.config import Settings
from openwyn.directory.clients import CLIENTS
from openwyn.web import service
from tests.fixtures.api import TenantHandle
from tests.fixtures.receiver import Receiver, Reply, running_receiver

pytestmark = pytest.mark.anyio
EVENTS = 1000
LEASE_SECONDS = 3


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"webhooks_allow_insecure": True})


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with running_receiver() as running:
        # A little latency keeps deliveries in flight when the worker is killed.
        running.default = Reply(200, delay=0.01)
        yield running


async def _start_worker(settings: Settings, tenant: TenantHandle) -> asyncio.subprocess.Process:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENWYN_")}
    env |= {
        "OPENWYN_DATABASE_URL": settings.database_url,
        "OPENWYN_WEBHOOKS_ALLOW_INSECURE": "true",
        "OPENWYN_WEBHOOKS_LEASE_SECONDS": str(LEASE_SECONDS),
        "OPENWYN_WEBHOOKS_POLL_SECONDS": "0.05",
        "OPENWYN_LOG_LEVEL": "warning",
    }
    command = ["-m", "openwyn", "worker", "--concurrency", "16", "--tenant", tenant.slug]
    return await asyncio.create_subprocess_exec(
        sys.executable, *command, env=env, stdout=asyncio.subprocess.DEVNULL
    )


async def _events(tenant: TenantHandle) -> set[str]:
    async with tenant.ctx.db.session() as session:
        for n in range(EVENTS):
            await service.create(session, CLIENTS, tenant.id, {"name": f"Client {n:04}"})
    async with tenant.ctx.db.session() as session:
        rows = await session.execute(
            text("SELECT event_id FROM events WHERE tenant_id = :t"), {"t": tenant.id}
        )
        return {row[0] for row in rows}


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)


async def test_a_killed_worker_loses_no_event(
    app: FastAPI, settings: Settings, tenant: TenantHandle, receiver: Receiver
) -> None:
    body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": receiver.url()}
    created = await tenant.post("/api/v1/event-subscriptions", json=body)
    secret = created.json()["data"]["webhookSecret"]
    expected = await _events(tenant)
    assert len(expected) == EVENTS
    doomed = await _start_worker(settings, tenant)
    survivor = await _start_worker(settings, tenant)
    try:
        await receiver.wait_for(random.randint(50, 600), seconds=60)
        doomed.send_signal(signal.SIGKILL)
        await doomed.wait()
        restarted = await _start_worker(settings, tenant)
        try:
            deadline = asyncio.get_running_loop().time() + 90
            while {r.headers["webhook-id"] for r in receiver.received} != expected:
                assert asyncio.get_running_loop().time() < deadline, "events are missing"
                await receiver.wait_for(len(receiver.received) + 1, seconds=90)
            # A delivery the killed worker sent but never recorded is settled once its lease
            # runs out and a live worker sends it again.
            while await _unsettled(tenant):
                assert asyncio.get_running_loop().time() < deadline, "claims never expired"
                await asyncio.sleep(0.2)
        finally:
            await _stop(restarted)
    finally:
        await _stop(survivor)
        await _stop(doomed)
    verifier = Webhook(secret)
    for request in receiver.received:  # a duplicate is the same message, under the same id
        assert verifier.verify(request.body, request.headers)["id"] == request.headers["webhook-id"]
    await _nothing_left_claimed(tenant)


async def _unsettled(tenant: TenantHandle) -> int:
    async with tenant.ctx.db.session() as session:
        count = await session.execute(
            text(
                "SELECT count(*) FROM webhook_deliveries"
                " WHERE tenant_id = :t AND status <> 'SUCCEEDED'"
            ),
            {"t": tenant.id},
        )
        return int(count.scalar_one())


async def _nothing_left_claimed(tenant: TenantHandle) -> None:
    """Once every event is in, no delivery is still claimed or owed and no attempt is left
    PENDING: the dead worker's attempts were closed when their leases ran out."""
    async with tenant.ctx.db.session() as session:
        states = await session.execute(
            text(
                "SELECT status, next_attempt_at IS NULL, claimed_attempt IS NULL, count(*)"
                " FROM webhook_deliveries WHERE tenant_id = :t GROUP BY 1, 2, 3"
            ),
            {"t": tenant.id},
        )
        assert [tuple(row) for row in states] == [("SUCCEEDED", True, True, EVENTS)]
        pending = await session.execute(
            text(
                "SELECT count(*) FROM webhook_attempts WHERE tenant_id = :t AND status = 'PENDING'"
            ),
            {"t": tenant.id},
        )
        assert pending.scalar_one() == 0
