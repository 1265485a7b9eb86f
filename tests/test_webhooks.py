"""Webhook delivery (records-events.md §4): signed, retried on schedule, disabled when gone,
never redirected or sent inside the network, at least once across workers."""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from email.utils import format_datetime
from typing import Any

import orjson
import pytest
from fastapi import FastAPI
from sqlalchemy import select, text
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from openwyn.config import Settings
from openwyn.directory.clients import CLIENTS
from openwyn.events.repository import SUBSCRIPTIONS
from openwyn.kit.sqltypes import utcnow
from openwyn.web import service
from openwyn.webhooks import deliveries, filters, repository
from openwyn.webhooks import worker as worker_module
from openwyn.webhooks.filters import MAX_NESTING, MAX_STEPS
from openwyn.webhooks.repository import ATTEMPTS, DELIVERIES
from openwyn.webhooks.sender import Outcome
from openwyn.webhooks.worker import HAND_OVER_BATCH, MAX_WAITING, Claim, Worker, _Lanes
from tests.fixtures.api import TenantHandle
from tests.fixtures.receiver import Receiver, Reply, running_receiver

pytestmark = pytest.mark.anyio
MakeWorker = Callable[..., Worker]


class Clock:
    """The workers' clock: real time, moved ahead by hand, so retries and disabling need no
    waiting for days."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return utcnow() + self.ahead

    def advance(self, **delta: float) -> None:
        self.ahead += timedelta(**delta)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # Development mode: the receiver listens on this machine, over http.
    return settings.model_copy(update={"webhooks_allow_insecure": True})


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with running_receiver() as running:
        yield running


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def make_worker(
    app: FastAPI, settings: Settings, clock: Clock, tenant: TenantHandle
) -> AsyncIterator[MakeWorker]:
    """Workers of this test's tenant only: other tests share the database."""
    workers: list[Worker] = []

    def make(**overrides: Any) -> Worker:
        worker = Worker(
            app.state.ctx.db,
            settings.model_copy(update=overrides),
            clock=clock,
            rng=random.Random(7),
            tenants=frozenset({tenant.id}),
        )
        workers.append(worker)
        return worker

    yield make
    for worker in workers:
        await worker.aclose()


@pytest.fixture
def worker(make_worker: MakeWorker) -> Worker:
    return make_worker()


async def _subscribe(
    tenant: TenantHandle, url: str, entity: str = "client", operation: str = "CREATE", **more: Any
) -> dict[str, Any]:
    body = {"entityType": entity, "operation": operation, "deliveryUrl": url} | more
    response = await tenant.post("/api/v1/event-subscriptions", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _until(
    worker: Worker, done: Callable[[], Awaitable[bool]] | Callable[[], bool], seconds: float = 30
) -> None:
    """Run the worker until `done()`. On PostgreSQL a transaction still open anywhere on the
    server (another test's, in another database) holds the feed back until it ends, so a pass
    may find nothing yet."""
    deadline = time.monotonic() + seconds
    while True:
        await worker.drain()
        result = done()
        if await result if asyncio.iscoroutine(result) else result:
            return
        assert time.monotonic() < deadline, "the worker never got there"
        await asyncio.sleep(0.05)


async def _log(tenant: TenantHandle, subscription_id: int, **params: Any) -> list[dict[str, Any]]:
    response = await tenant.get(
        f"/api/v1/event-subscriptions/{subscription_id}/deliveries", params=params
    )
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()["data"]
    return rows


def _logged(
    tenant: TenantHandle, subscription_id: int, count: int
) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return len(await _log(tenant, subscription_id)) >= count

    return check


async def _subscription(tenant: TenantHandle, subscription_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/event-subscriptions/{subscription_id}")
    data: dict[str, Any] = response.json()["data"]
    return data


class TestSignedDelivery:
    async def test_an_event_arrives_signed_as_standard_webhooks_verifies(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        client = await tenant.create("clients", {"name": "Acme", "clientRef": "A-1"})
        await _until(worker, lambda: len(receiver.received) == 1)
        request = receiver.received[0]
        event = Webhook(created["webhookSecret"]).verify(request.body, request.headers)
        assert event["type"] == "client.CREATE" and event["tenant"] == tenant.slug
        assert event["entityId"] == client["id"]
        assert event["data"] == {name: client[name] for name in event["data"]}
        assert request.headers["webhook-id"] == event["id"]
        assert request.headers["content-type"] == "application/json"
        assert request.headers["user-agent"] == "Openwyn-Webhooks/1"
        [row] = await _log(tenant, created["subscription"]["id"])
        assert (row["status"], row["statusCode"], row["attempt"]) == ("SUCCEEDED", 200, 1)
        assert row["eventId"] == event["id"] and row["responseBody"] == "ok"

    async def test_only_the_subscribed_pair_is_delivered(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        await _subscribe(tenant, receiver.url(), operation="UPDATE")
        client = await tenant.create("clients", {"name": "Acme"})
        await tenant.create("offices", {"name": "Austin"})
        await tenant.patch(f"/api/v1/clients/{client['id']}", json={"name": "Acme Ltd"})
        await _until(worker, lambda: len(receiver.received) >= 1)
        event = receiver.received[0].json()
        assert [event["type"], event["data"]["name"]] == ["client.UPDATE", "Acme Ltd"]
        assert event["previous"] == {"name": "Acme"} and event["data"]["version"] == 2
        await worker.drain()
        assert len(receiver.received) == 1

    async def test_a_subscription_to_delete_hears_of_a_deactivation(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        await _subscribe(tenant, receiver.url(), operation="DELETE")
        client = await tenant.create("clients", {"name": "Acme"})
        await tenant.delete(f"/api/v1/clients/{client['id']}")
        await tenant.post(f"/api/v1/clients/{client['id']}/reactivate")
        await _until(worker, lambda: len(receiver.received) >= 1)
        event = receiver.received[0].json()
        assert [event["type"], event["entityId"]] == ["client.DELETE", client["id"]]
        assert event["data"]["active"] is False and event["previous"] == {"active": True}
        await worker.drain()
        assert len(receiver.received) == 1  # the reactivation is an UPDATE

    async def test_a_subscription_gets_only_events_from_its_creation_on(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        await tenant.create("clients", {"name": "Before"})
        await _subscribe(tenant, receiver.url())
        await tenant.create("clients", {"name": "After"})
        await _until(worker, lambda: len(receiver.received) >= 1)
        await worker.drain()
        assert [r.json()["data"]["name"] for r in receiver.received] == ["After"]

    async def test_a_reactivated_subscription_gets_nothing_from_while_it_was_off(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        subscription_id = (await _subscribe(tenant, receiver.url()))["subscription"]["id"]
        path = f"/api/v1/event-subscriptions/{subscription_id}"
        assert (await tenant.delete(path)).status_code == 204
        await tenant.create("clients", {"name": "While off"})
        await worker.drain()
        assert (await tenant.post(f"{path}/reactivate")).status_code == 200
        await tenant.create("clients", {"name": "Back on"})
        await _until(worker, lambda: len(receiver.received) >= 1)
        await worker.drain()
        assert [r.json()["data"]["name"] for r in receiver.received] == ["Back on"]

    async def test_records_upserts_and_custom_types_are_delivered_too(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        custom = {"name": "filing", "fields": [{"name": "year", "type": "integer"}]}
        assert (await tenant.post("/api/v1/records/custom", json=custom)).status_code == 201
        await _subscribe(tenant, receiver.url("/clients"))
        await _subscribe(tenant, receiver.url("/filings"), entity="filing")
        records = [
            {"type": "client", "systemRef": "C-1", "attributes": {"name": "Synced"}},
            {"type": "filing", "systemRef": "E-1", "attributes": {"year": 2026}},
        ]
        assert (await tenant.post("/api/v1/records", json={"records": records})).status_code == 200
        await _until(worker, lambda: len(receiver.received) == 2)
        assert receiver.at("/clients")[0].json()["systemRef"] == "C-1"
        assert receiver.at("/filings")[0].json()["data"]["attributes"] == {"year": 2026}

    async def test_during_a_rotation_both_secrets_sign(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        old = (await _subscribe(tenant, receiver.url()))["webhookSecret"]
        rotated = await tenant.post("/api/v1/event-subscriptions/webhook/secret/rotate")
        new = rotated.json()["data"]["webhookSecret"]
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        request = receiver.received[0]
        assert len(request.headers["webhook-signature"].split(" ")) == 2
        for secret in (old, new):
            Webhook(secret).verify(request.body, request.headers)

    async def test_the_previous_secret_stops_signing_24_hours_after_a_rotation(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        old = (await _subscribe(tenant, receiver.url()))["webhookSecret"]
        rotated = await tenant.post("/api/v1/event-subscriptions/webhook/secret/rotate")
        new = rotated.json()["data"]["webhookSecret"]
        clock.advance(hours=23, minutes=59)
        await tenant.create("clients", {"name": "Within the day"})
        await _until(worker, lambda: len(receiver.received) == 1)
        within = receiver.received[0]
        assert len(within.headers["webhook-signature"].split(" ")) == 2
        for secret in (old, new):
            Webhook(secret).verify(within.body, within.headers)
        clock.advance(minutes=2)
        await tenant.create("clients", {"name": "After the day"})
        await _until(worker, lambda: len(receiver.received) == 2)
        after = receiver.received[1]
        assert after.json()["data"]["name"] == "After the day"
        assert len(after.headers["webhook-signature"].split(" ")) == 1
        Webhook(new).verify(after.body, after.headers)
        with pytest.raises(WebhookVerificationError):
            Webhook(old).verify(after.body, after.headers)

    async def test_a_rotation_is_in_force_for_the_next_delivery_of_a_running_worker(
        self, tenant: TenantHandle, receiver: Receiver, settings: Settings, app: FastAPI
    ) -> None:
        """A running worker that has signed already (secrets read, any cache warm) signs the
        next delivery, queued after the rotation answered, with both secrets."""
        old = (await _subscribe(tenant, receiver.url()))["webhookSecret"]
        fast = settings.model_copy(update={"webhooks_poll_seconds": 0.02})
        worker = Worker(app.state.ctx.db, fast, tenants=frozenset({tenant.id}))
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        try:
            await tenant.create("clients", {"name": "Before"})
            await receiver.wait_for(1)
            rotated = await tenant.post("/api/v1/event-subscriptions/webhook/secret/rotate")
            new = rotated.json()["data"]["webhookSecret"]
            await tenant.create("clients", {"name": "After"})
            await receiver.wait_for(2)
        finally:
            stop.set()
            await running
            await worker.aclose()
        before, after = receiver.received
        assert len(before.headers["webhook-signature"].split(" ")) == 1
        assert after.json()["data"]["name"] == "After"
        assert len(after.headers["webhook-signature"].split(" ")) == 2
        for secret in (old, new):
            Webhook(secret).verify(after.body, after.headers)

    async def test_every_worker_signs_with_both_secrets_once_a_rotation_answered(
        self, tenant: TenantHandle, receiver: Receiver, make_worker: MakeWorker
    ) -> None:
        """Two workers share nothing but the database (as two processes would): each has
        signed a delivery before the rotation, and each signs its next one with both."""
        old = (await _subscribe(tenant, receiver.url()))["webhookSecret"]
        first, second = make_worker(), make_worker()
        for worker, name in ((first, "Warm 1"), (second, "Warm 2")):
            await tenant.create("clients", {"name": name})
            await _until(worker, _received(receiver, name))
        rotated = await tenant.post("/api/v1/event-subscriptions/webhook/secret/rotate")
        new = rotated.json()["data"]["webhookSecret"]
        for worker, name in ((first, "Rotated 1"), (second, "Rotated 2")):
            await tenant.create("clients", {"name": name})
            await _until(worker, _received(receiver, name))
        by_name = {request.json()["data"]["name"]: request for request in receiver.received}
        for name in ("Warm 1", "Warm 2"):
            assert len(by_name[name].headers["webhook-signature"].split(" ")) == 1
        for name in ("Rotated 1", "Rotated 2"):
            request = by_name[name]
            assert len(request.headers["webhook-signature"].split(" ")) == 2, name
            for secret in (old, new):
                Webhook(secret).verify(request.body, request.headers)

    async def test_generate_signs_a_delivered_body_as_its_delivery_was_signed(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        """The test tool and the worker agree byte for byte: the body a receiver got, sent to
        `generate` as the payload with its id and timestamp, gets the delivery's signature,
        and `validate` accepts the delivery's own headers (money written as 150.00 too)."""
        secret = (await _subscribe(tenant, receiver.url(), entity="staff"))["webhookSecret"]
        staff = {"firstName": "Zoë", "lastName": "Ås", "billingRate": "150.00"}
        await tenant.create("staff", staff)
        await _until(worker, lambda: len(receiver.received) == 1)
        delivered = receiver.received[0]
        assert b'"billingRate":150.00' in delivered.body
        stamp = int(delivered.headers["webhook-timestamp"])
        msg_id = delivered.headers["webhook-id"]
        generated = await tenant.post(
            "/api/v1/webhook/test/generate",
            content=b'{"payload": %s, "msgId": "%s", "timestamp": %d}'
            % (delivered.body, msg_id.encode(), stamp),
            headers={"Content-Type": "application/json"},
        )
        assert generated.status_code == 200, generated.text
        data = generated.json()["data"]
        assert data["signature"] == delivered.headers["webhook-signature"]
        assert Webhook(secret).verify(delivered.body, data["headers"])["id"] == msg_id
        validated = await tenant.post(
            "/api/v1/webhook/test/validate",
            content=b'{"payload": %s, "headers": %s}'
            % (delivered.body, orjson.dumps(dict(delivered.headers))),
            headers={"Content-Type": "application/json"},
        )
        assert validated.json()["data"] == {"isValid": True}

    async def test_a_change_rolled_back_after_writing_its_event_is_never_delivered(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        with pytest.raises(_RolledBack):
            async with tenant.ctx.db.session() as session:
                await service.create(session, CLIENTS, tenant.id, {"name": "Rolled back"})
                await session.flush()
                raise _RolledBack
        await tenant.create("clients", {"name": "Committed"})
        await _until(worker, lambda: len(receiver.received) == 1)
        await worker.drain()
        assert [r.json()["data"]["name"] for r in receiver.received] == ["Committed"]
        assert len(await _log(tenant, created["subscription"]["id"])) == 1


def _received(receiver: Receiver, name: str) -> Callable[[], bool]:
    """Whether the receiver has had the event of the client named `name`."""
    return lambda: any(r.json()["data"]["name"] == name for r in receiver.received)


class _RolledBack(Exception):
    """Raised inside a transaction to roll it back."""


class TestFilters:
    async def test_a_filter_lets_through_only_matching_events(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        expression = 'event.data.name.startsWith("Acme") && event.data.version == 1'
        await _subscribe(tenant, receiver.url(), filterExpression=expression)
        for name in ("Globex", "Acme One", "Initech", "Acme Two"):
            await tenant.create("clients", {"name": name})
        await _until(worker, lambda: len(receiver.received) == 2)
        await worker.drain()
        names = sorted(r.json()["data"]["name"] for r in receiver.received)
        assert names == ["Acme One", "Acme Two"]

    async def test_a_filter_that_errors_does_not_match_and_the_error_is_logged(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url(), filterExpression="event.data.nope == 1")
        await tenant.create("clients", {"name": "Acme"})
        subscription_id = created["subscription"]["id"]
        await _until(worker, _logged(tenant, subscription_id, 1))
        [row] = await _log(tenant, subscription_id)
        assert row["status"] == "FAILED" and row["statusCode"] is None
        assert "filterExpression" in row["error"] and "nope" in row["error"]
        assert receiver.received == []
        recovered = await tenant.post(
            f"/api/v1/event-subscriptions/{subscription_id}/recover",
            json={"since": "2000-01-01T00:00:00Z"},
        )
        assert recovered.json()["data"] == {"queued": 0}  # not a failed delivery to retry

    async def test_a_filter_over_its_step_budget_on_a_large_event_fails_instead_of_running_on(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        """Two nested macros pass the save-time checks, but over a list of 1,000 they would
        take a million iterations: the step budget stops them, and the event does not match."""
        custom = {"name": "batch", "fields": [{"name": "items", "type": "json"}]}
        assert (await tenant.post("/api/v1/records/custom", json=custom)).status_code == 201
        items = "event.data.attributes.items"
        expression = f"{items}.exists(x, {items}.all(y, y >= 0) && x == 0)"
        created = await _subscribe(tenant, receiver.url(), "batch", filterExpression=expression)
        records = [
            {"type": "batch", "systemRef": "small", "attributes": {"items": [0, 1, 2]}},
            {"type": "batch", "systemRef": "large", "attributes": {"items": [1] * 1000}},
        ]
        assert (await tenant.post("/api/v1/records", json={"records": records})).status_code == 200
        subscription_id = created["subscription"]["id"]
        await _until(worker, _logged(tenant, subscription_id, 2))
        await worker.drain()
        assert [r.json()["systemRef"] for r in receiver.received] == ["small"]
        failed, succeeded = sorted(await _log(tenant, subscription_id), key=lambda r: r["status"])
        assert succeeded["status"] == "SUCCEEDED"
        assert (failed["status"], failed["statusCode"]) == ("FAILED", None)
        assert failed["error"].startswith("filterExpression")
        assert f"more than {MAX_STEPS} steps" in failed["error"]

    @pytest.mark.parametrize(
        "expression",
        [
            "[1].all(x, [2].all(y, [3].all(z, true)))",  # comprehensions nested three deep
            " || ".join(["event.data.version == 1"] * 100),  # over the token budget
            "(" * 50 + "event.data.version == 1" + ")" * 50,  # deep enough to overflow
            "(" * (MAX_NESTING + 1) + "true" + ")" * (MAX_NESTING + 1),
            "size(" * 60 + '"a"' + ")" * 60 + " == 1",
            "[" * 50 + "1" + "]" * 50 + " == []",
            " + ".join(["1"] * 140) + " == 140",  # a chain 140 levels deep once parsed
            'event.data.name == "' + "é" * 2100 + '"',  # 4,200 bytes in 2,122 characters
            '"' + "\\\\" * 40,  # never closed: the lexer would backtrack for ages
            '"a\\" + ' + "(" * 50 + "1" + ")" * 50,  # the brackets hide in no string
        ],
    )
    async def test_expressions_over_the_cost_bounds_are_refused_when_saved(
        self, tenant: TenantHandle, receiver: Receiver, expression: str
    ) -> None:
        body = {
            "entityType": "client",
            "operation": "CREATE",
            "deliveryUrl": "https://hooks.example.com/x",
            "filterExpression": expression,
        }
        response = await tenant.post("/api/v1/event-subscriptions", json=body)
        assert response.status_code == 400, response.text
        assert response.json()["error"]["details"][0]["path"] == "filterExpression"
        created = await _subscribe(tenant, receiver.url())
        path = f"/api/v1/event-subscriptions/{created['subscription']['id']}"
        changed = await tenant.patch(path, json={"filterExpression": expression})
        assert changed.status_code == 400, changed.text
        assert changed.json()["error"]["details"][0]["path"] == "filterExpression"

    async def test_an_expression_at_the_bounds_is_saved_and_evaluated(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        # The call's own parenthesis is the deepest level; those of the strings do not count.
        around = MAX_NESTING - 1
        nested = "(" * around + 'event.data.name.matches("^(A|(B))")' + ")" * around
        await _subscribe(tenant, receiver.url(), filterExpression=nested + ' && "(((" != ")"')
        await tenant.create("clients", {"name": "Acme"})
        await tenant.create("clients", {"name": "Globex"})
        await _until(worker, lambda: len(receiver.received) == 1)
        await worker.drain()
        assert [r.json()["data"]["name"] for r in receiver.received] == ["Acme"]

    async def test_a_filter_too_deep_to_evaluate_costs_its_deliveries_not_the_worker(
        self, tenant: TenantHandle, receiver: Receiver, make_worker: MakeWorker
    ) -> None:
        """An expression saved before the bounds existed (planted here in the database): the
        events it is asked about fail to match, logged on its deliveries, and the worker goes
        on delivering to the other subscriptions."""
        worker = make_worker(webhooks_poll_seconds=0.02)
        planted = await _subscribe(tenant, receiver.url("/planted"))
        await _subscribe(tenant, receiver.url("/plain"))
        planted_id = planted["subscription"]["id"]
        deep = "(" * 100 + "event.data.version == 1" + ")" * 100
        async with tenant.ctx.db.session() as session:
            await session.execute(
                SUBSCRIPTIONS.update()
                .where(SUBSCRIPTIONS.c.id == planted_id)
                .values(filter_expression=deep)
            )
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        try:
            await tenant.create("clients", {"name": "First"})
            await receiver.wait_for(1)
            await tenant.create("clients", {"name": "Second"})
            await receiver.wait_for(2)
            assert not running.done()
        finally:
            stop.set()
            await running
        assert {r.path for r in receiver.received} == {"/plain"}
        logged = await _log(tenant, planted_id)
        assert [row["status"] for row in logged] == ["FAILED", "FAILED"]
        assert all(row["error"].startswith("filterExpression") for row in logged)

    @pytest.mark.parametrize("failure", [RecursionError, MemoryError, ZeroDivisionError])
    def test_whatever_an_evaluation_raises_is_a_failure_of_that_event(
        self, monkeypatch: pytest.MonkeyPatch, failure: type[Exception]
    ) -> None:
        def raising(self: Any, context: Any) -> Any:
            raise failure()

        monkeypatch.setattr(filters._BudgetedRunner, "evaluate", raising)
        with pytest.raises(filters.FilterError, match=failure.__name__):
            filters.matches("event.data.version == 1", {"data": {"version": 1}})


class TestRetries:
    async def test_failures_are_retried_on_the_schedule_with_the_same_webhook_id(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(500, body=b"boom"), Reply(502))
        await tenant.create("clients", {"name": "Acme"})
        subscription_id = created["subscription"]["id"]
        await _until(worker, lambda: len(receiver.received) == 1)
        [first] = await _log(tenant, subscription_id)
        assert (first["status"], first["statusCode"], first["responseBody"]) == (
            "RETRYING",
            500,
            "boom",
        )
        wait = _seconds_between(first["createdAt"], first["nextAttemptAt"])
        assert 4 <= wait <= 6  # 5 s, within ±20%
        await worker.drain()
        assert len(receiver.received) == 1  # not due yet
        clock.advance(seconds=6)
        await _until(worker, lambda: len(receiver.received) == 2)
        second = (await _log(tenant, subscription_id))[0]
        assert 240 <= _seconds_between(second["createdAt"], second["nextAttemptAt"]) <= 360
        clock.advance(minutes=6)
        await _until(worker, lambda: len(receiver.received) == 3)
        rows = await _log(tenant, subscription_id)
        assert [(r["attempt"], r["status"]) for r in rows] == [
            (3, "SUCCEEDED"),
            (2, "RETRYING"),
            (1, "RETRYING"),
        ]
        assert len({r.headers["webhook-id"] for r in receiver.received}) == 1

    async def test_each_outcome_is_stamped_with_the_workers_clock_on_attempt_and_delivery(
        self, app: FastAPI, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(500))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        clock.advance(days=3)  # the retry is due, three days on by the worker's clock
        retried_at = clock()
        await _until(worker, lambda: len(receiver.received) == 2)
        soon_after = retried_at + timedelta(minutes=1)
        async with app.state.ctx.db.session() as session:
            mine = ATTEMPTS.c.tenant_id == tenant.id
            query = select(ATTEMPTS.c.attempt, ATTEMPTS.c.updated_at).where(mine)
            attempts = {attempt: at for attempt, at in (await session.execute(query)).all()}
            query = select(DELIVERIES.c.updated_at).where(DELIVERIES.c.tenant_id == tenant.id)
            (delivery,) = (await session.execute(query)).scalars().all()
        assert attempts[1] < retried_at <= attempts[2] < soon_after
        assert retried_at <= delivery < soon_after

    async def test_after_the_last_scheduled_retry_the_delivery_fails(
        self, tenant: TenantHandle, receiver: Receiver, make_worker: MakeWorker, clock: Clock
    ) -> None:
        worker = make_worker(webhooks_retry_schedule=[1, 2])
        receiver.default = Reply(500)
        created = await _subscribe(tenant, receiver.url())
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        for _ in range(3):
            clock.advance(seconds=3)
            await worker.drain()
        rows = await _log(tenant, created["subscription"]["id"])
        assert [r["status"] for r in rows] == ["FAILED", "RETRYING", "RETRYING"]
        assert rows[0]["nextAttemptAt"] is None and len(receiver.received) == 3

    async def test_a_scaled_down_schedule_runs_in_real_time(
        self, tenant: TenantHandle, receiver: Receiver, settings: Settings, app: FastAPI
    ) -> None:
        """The configured schedule drives a running worker, jitter and all."""
        scaled = settings.model_copy(
            update={"webhooks_retry_schedule": [0.3, 0.6], "webhooks_poll_seconds": 0.02}
        )
        worker = Worker(app.state.ctx.db, scaled, tenants=frozenset({tenant.id}))
        receiver.answer(Reply(503), Reply(503))
        await _subscribe(tenant, receiver.url())
        await tenant.create("clients", {"name": "Acme"})
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        try:
            await receiver.wait_for(3)
        finally:
            stop.set()
            await running
            await worker.aclose()
        times = [request.at for request in receiver.received]
        assert len(times) == 3
        assert times[1] - times[0] >= 0.3 * 0.8 and times[2] - times[1] >= 0.6 * 0.8

    async def test_retry_after_is_honoured(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(429, headers={"Retry-After": "120"}))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, created["subscription"]["id"])
        assert _seconds_between(row["createdAt"], row["nextAttemptAt"]) >= 120

    @pytest.mark.parametrize(
        ("status", "form"), [(503, "seconds"), (503, "an HTTP date"), (429, "an HTTP date")]
    )
    async def test_retry_after_on_429_and_503_is_honoured_in_seconds_or_as_an_http_date(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, status: int, form: str
    ) -> None:
        in_two_minutes = utcnow() + timedelta(seconds=120)
        header = "120" if form == "seconds" else format_datetime(in_two_minutes, usegmt=True)
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(status, headers={"Retry-After": header}))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, created["subscription"]["id"])
        assert (row["status"], row["statusCode"]) == ("RETRYING", status)
        assert 115 <= _seconds_between(row["createdAt"], row["nextAttemptAt"]) <= 125

    async def test_retry_after_on_other_statuses_is_ignored_for_the_schedule(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(500, headers={"Retry-After": "3600"}))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, created["subscription"]["id"])
        assert 4 <= _seconds_between(row["createdAt"], row["nextAttemptAt"]) <= 6  # 5 s ±20%

    async def test_a_retry_after_longer_than_the_longest_scheduled_step_is_cut_to_it(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        thirty_days = str(30 * 86_400)
        receiver.answer(Reply(503, headers={"Retry-After": thirty_days}))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, created["subscription"]["id"])
        wait = _seconds_between(row["createdAt"], row["nextAttemptAt"])
        assert 86_400 <= wait <= 86_400 + 10  # the schedule's longest step: 24 h

    async def test_redirects_are_not_followed(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(307, headers={"Location": receiver.url("/elsewhere")}))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, created["subscription"]["id"])
        assert (row["status"], row["statusCode"]) == ("RETRYING", 307)
        assert receiver.at("/elsewhere") == []

    @pytest.mark.parametrize(
        "reply",
        [Reply(200, delay=1), Reply(200, body_delay=1)],
        ids=["late-headers", "late-body"],
    )
    async def test_a_slow_receiver_times_out(
        self, tenant: TenantHandle, receiver: Receiver, make_worker: MakeWorker, reply: Reply
    ) -> None:
        """One deadline covers the whole exchange: an answer whose headers come late fails,
        and so does one whose headers come at once and body late (the kept bytes are read
        within it)."""
        worker = make_worker(webhooks_timeout_seconds=0.3)
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(reply)
        await tenant.create("clients", {"name": "Acme"})
        subscription_id = created["subscription"]["id"]
        await _until(worker, _logged(tenant, subscription_id, 1))
        [row] = await _log(tenant, subscription_id)
        assert row["status"] == "RETRYING" and row["statusCode"] is None
        assert row["error"] == "no answer within 0.3 s" and row["durationMs"] < 1000

    async def test_at_most_4_kib_of_an_answer_is_kept(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(200, body=b"x" * 100_000))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, created["subscription"]["id"])
        assert row["responseBody"] == "x" * 4096

    async def test_an_answer_that_is_not_text_is_kept_as_text(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        """Bytes that are not UTF-8, and NUL, which neither database's text holds, become
        U+FFFD: the outcome is recorded, not lost with its batch."""
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(200, body=b'ok\x00\xff"done"'))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, _logged(tenant, created["subscription"]["id"], 1))
        [row] = await _log(tenant, created["subscription"]["id"])
        assert (row["status"], row["responseBody"]) == ("SUCCEEDED", 'ok\ufffd\ufffd"done"')


class TestDisabling:
    async def test_410_disables_the_subscription(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(410))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        subscription_id = created["subscription"]["id"]
        stopped = await _subscription(tenant, subscription_id)
        assert (stopped["status"], stopped["active"]) == ("DISABLED", False)
        [row] = await _log(tenant, subscription_id)
        assert (row["status"], row["statusCode"]) == ("FAILED", 410)
        await tenant.create("clients", {"name": "Later"})
        await worker.drain()
        assert len(receiver.received) == 1

    async def test_five_days_of_failures_disable_the_subscription(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        receiver.default = Reply(500)
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        clock.advance(days=4, hours=23)
        await worker.drain()
        assert (await _subscription(tenant, subscription_id))["status"] == "ACTIVE"
        clock.advance(hours=2)
        await tenant.create("clients", {"name": "Still failing"})
        await _until(worker, lambda: len(receiver.received) >= 3)
        stopped = await _subscription(tenant, subscription_id)
        assert (stopped["status"], stopped["active"]) == ("DISABLED", False)

    async def test_a_success_ends_the_failing_run(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        receiver.answer(Reply(500))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        clock.advance(days=3)
        await _until(worker, lambda: len(receiver.received) == 2)  # the retry succeeds
        clock.advance(days=3)
        receiver.answer(Reply(500))
        await tenant.create("clients", {"name": "Beta"})
        await _until(worker, lambda: len(receiver.received) == 3)
        assert (await _subscription(tenant, created["subscription"]["id"]))["status"] == "ACTIVE"

    async def test_a_deactivated_subscription_gives_up_its_queue(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        receiver.answer(Reply(500))
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        assert (
            await tenant.delete(f"/api/v1/event-subscriptions/{subscription_id}")
        ).status_code == 204
        clock.advance(hours=1)
        await worker.drain()
        assert len(receiver.received) == 1
        revived = await tenant.post(f"/api/v1/event-subscriptions/{subscription_id}/reactivate")
        assert revived.json()["data"]["status"] == "ACTIVE"
        recovered = await tenant.post(
            f"/api/v1/event-subscriptions/{subscription_id}/recover",
            json={"since": "2000-01-01T00:00:00Z"},
        )
        assert recovered.status_code == 202 and recovered.json()["data"] == {"queued": 1}
        await _until(worker, lambda: len(receiver.received) == 2)


class TestRedeliveryAndRecovery:
    async def test_redeliver_sends_the_same_event_again(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        await tenant.create("clients", {"name": "Acme"})
        await _until(worker, lambda: len(receiver.received) == 1)
        [row] = await _log(tenant, subscription_id)
        path = f"/api/v1/event-subscriptions/{subscription_id}/deliveries/{row['id']}/redeliver"
        response = await tenant.post(path)
        assert response.status_code == 202
        await _until(worker, lambda: len(receiver.received) == 2)
        first, again = receiver.received
        assert first.headers["webhook-id"] == again.headers["webhook-id"]
        assert first.body == again.body
        rows = await _log(tenant, subscription_id)
        assert [(r["attempt"], r["status"]) for r in rows] == [(2, "SUCCEEDED"), (1, "SUCCEEDED")]
        missing = f"/api/v1/event-subscriptions/{subscription_id}/deliveries/999999/redeliver"
        assert (await tenant.post(missing)).status_code == 404

    async def test_recover_queues_every_failed_delivery_in_the_window(
        self, tenant: TenantHandle, receiver: Receiver, make_worker: MakeWorker
    ) -> None:
        worker = make_worker(webhooks_retry_schedule=[])
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        receiver.default = Reply(500)
        since = utcnow()
        for name in ("A", "B", "C"):
            await tenant.create("clients", {"name": name})
        await _until(worker, lambda: len(receiver.received) == 3)
        assert {r["status"] for r in await _log(tenant, subscription_id)} == {"FAILED"}
        receiver.default = Reply(204)
        path = f"/api/v1/event-subscriptions/{subscription_id}/recover"
        future = await tenant.post(path, json={"since": "2099-01-01T00:00:00Z"})
        assert future.json()["data"] == {"queued": 0}
        response = await tenant.post(path, json={"since": since.isoformat()})
        assert response.status_code == 202 and response.json()["data"] == {"queued": 3}
        await _until(worker, lambda: len(receiver.received) == 6)
        assert (await tenant.post(path, json={"since": since.isoformat()})).json()["data"] == {
            "queued": 0
        }
        backwards = {"since": "2026-01-02T00:00:00Z", "until": "2026-01-01T00:00:00Z"}
        assert (await tenant.post(path, json=backwards)).status_code == 400

    async def test_recovery_reads_the_index_of_failed_deliveries(
        self, tenant: TenantHandle
    ) -> None:
        """Only failures are in that index, so the query must name the status as the index
        does: with a bound parameter SQLite cannot use it, nor PostgreSQL's generic plans."""
        conditions = deliveries.failed_between(utcnow() - timedelta(days=1), None)
        statement = repository.requeue_statement(tenant.id, 1, conditions, utcnow())
        async with tenant.ctx.db.session() as session:
            connection = await session.connection()
            compiled = statement.compile(dialect=connection.dialect)
            values = [compiled.params[name] for name in compiled.positiontup or []]
            if connection.dialect.name == "postgresql":
                # A table this small fits a sequential scan; ask which index would serve.
                await connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
                explain = "EXPLAIN "
            else:
                explain, values = "EXPLAIN QUERY PLAN ", [None] * len(values)
            plan = (await connection.exec_driver_sql(explain + str(compiled), tuple(values))).all()
        assert any("ix_webhook_deliveries_failed" in str(line) for line in plan), plan


class TestDeliveryLog:
    async def test_filters_paging_and_tenants(
        self,
        tenant: TenantHandle,
        other_tenant: TenantHandle,
        receiver: Receiver,
        worker: Worker,
        clock: Clock,
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        receiver.answer(Reply(500), Reply(500))
        for name in ("A", "B", "C"):
            await tenant.create("clients", {"name": name})
        await _until(worker, lambda: len(receiver.received) == 3)
        assert len(await _log(tenant, subscription_id, statusCode=500)) == 2
        assert len(await _log(tenant, subscription_id, statusCode=200)) == 1
        first_page = await _log(tenant, subscription_id, pageSize=2)
        second_page = await _log(tenant, subscription_id, pageSize=2, page=1)
        ids = [r["id"] for r in first_page + second_page]
        assert ids == sorted(ids, reverse=True) and len(ids) == 3
        assert await _log(tenant, subscription_id, **{"from": "2099-01-01T00:00:00Z"}) == []
        assert len(await _log(tenant, subscription_id, to="2099-01-01T00:00:00")) == 3
        foreign = f"/api/v1/event-subscriptions/{subscription_id}/deliveries"
        assert (await other_tenant.get(foreign)).status_code == 404
        redeliver = f"{foreign}/{ids[0]}/redeliver"
        assert (await other_tenant.post(redeliver)).status_code == 404


def _seconds_between(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


class TestLeases:
    async def test_a_claim_whose_worker_died_is_sent_again_after_the_lease(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        await tenant.create("clients", {"name": "Acme"})
        while not (claims := await worker.claim(10)):  # a worker claims, then dies
            await worker.dispatch()
        assert len(claims) == 1
        [pending] = await _log(tenant, subscription_id)
        assert pending["status"] == "PENDING"
        await worker.drain()
        assert receiver.received == []  # still leased
        clock.advance(seconds=61)
        await _until(worker, lambda: len(receiver.received) == 1)
        assert receiver.received[0].headers["webhook-id"] == claims[0].event_id
        rows = await _log(tenant, subscription_id)
        assert [(r["attempt"], r["status"]) for r in rows] == [(2, "SUCCEEDED"), (1, "FAILED")]
        assert "stopped before recording" in rows[1]["error"]

    async def test_a_delivery_dispatch_handed_over_is_leased_and_logged_before_it_is_sent(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        """A running worker's dispatch queues deliveries already claimed: the lease and the
        PENDING attempt are committed before the request, so a worker that dies holding them
        loses nothing."""
        created = await _subscribe(tenant, receiver.url())
        subscription_id = created["subscription"]["id"]
        await tenant.create("clients", {"name": "Acme"})
        while not (handed := (await worker._dispatch(10))[2]):  # handed over, then it dies
            pass
        assert [(claim.attempt, claim.round_attempts) for claim in handed] == [(1, 1)]
        [pending] = await _log(tenant, subscription_id)
        assert (pending["attempt"], pending["status"]) == (1, "PENDING")
        assert await worker.claim(10) == []  # leased
        clock.advance(seconds=61)
        await _until(worker, lambda: len(receiver.received) == 1)
        assert receiver.received[0].headers["webhook-id"] == handed[0].event_id
        rows = await _log(tenant, subscription_id)
        assert [(r["attempt"], r["status"]) for r in rows] == [(2, "SUCCEEDED"), (1, "FAILED")]
        assert "stopped before recording" in rows[1]["error"]

    async def test_two_workers_share_the_work_and_each_event_goes_out_once(
        self, tenant: TenantHandle, receiver: Receiver, make_worker: MakeWorker, app: FastAPI
    ) -> None:
        await _subscribe(tenant, receiver.url())
        for n in range(40):
            await tenant.create("clients", {"name": f"Client {n}"})
        first, second = make_worker(), make_worker()
        deadline = time.monotonic() + 20
        while len(receiver.received) < 40 and time.monotonic() < deadline:
            await asyncio.gather(first.drain(), second.drain())
        ids = [request.headers["webhook-id"] for request in receiver.received]
        assert len(ids) == 40 and len(set(ids)) == 40


class TestHandOver:
    async def test_one_batch_queues_claims_filter_errors_and_the_rest_with_their_own_ids(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        """Dispatch queues a batch and logs its first attempts together (one statement on
        PostgreSQL): each attempt lands on its own delivery, whatever the mix. Here one event
        owes three deliveries: one handed over, one left queued (no room), one filtered out."""
        first = (await _subscribe(tenant, receiver.url("/first")))["subscription"]["id"]
        second = (await _subscribe(tenant, receiver.url("/second")))["subscription"]["id"]
        broken = await _subscribe(tenant, receiver.url(), filterExpression="event.data.nope == 1")
        await tenant.create("clients", {"name": "Acme"})
        handed: list[Claim] = []
        while not handed:  # the feed may hold the event back for a moment on PostgreSQL
            handed = (await worker._dispatch(1))[2]
        [claim] = handed
        taken, waiting = (first, second) if claim.subscription_id == first else (second, first)
        [pending] = await _log(tenant, taken)
        assert (pending["id"], pending["status"]) == (claim.attempt_id, "PENDING")
        assert pending["eventId"] == claim.event_id
        assert await _log(tenant, waiting) == []  # queued, not yet tried
        [failed] = await _log(tenant, broken["subscription"]["id"])
        assert failed["status"] == "FAILED" and "nope" in failed["error"]
        assert failed["eventId"] == claim.event_id
        [queued] = await worker.claim(10)
        assert (queued.subscription_id, queued.event_id) == (waiting, claim.event_id)
        assert queued.delivery_id != claim.delivery_id and queued.attempt == 1

    async def test_a_claim_whose_lease_ran_out_while_it_waited_is_left_to_the_lease(
        self, tenant: TenantHandle, receiver: Receiver, worker: Worker, clock: Clock
    ) -> None:
        subscription_id = (await _subscribe(tenant, receiver.url()))["subscription"]["id"]
        await tenant.create("clients", {"name": "Acme"})
        while not (handed := (await worker._dispatch(1))[2]):
            pass
        lanes = _Lanes(1, lease_seconds=60)
        lanes.add([handed[0]._replace(lease_ends=time.monotonic() - 1)])
        outcomes: asyncio.Queue[Any] = asyncio.Queue()
        sender = asyncio.create_task(worker._send_forever(lanes, outcomes))
        await lanes.ready.join()
        sender.cancel()
        assert outcomes.empty() and receiver.received == []
        clock.advance(seconds=61)  # its lease runs out: the next claim sends it
        await _until(worker, lambda: len(receiver.received) == 1)
        rows = await _log(tenant, subscription_id)
        assert [(r["attempt"], r["status"]) for r in rows] == [(2, "SUCCEEDED"), (1, "FAILED")]

    async def test_a_send_that_raises_costs_its_claim_and_not_the_sender(
        self,
        tenant: TenantHandle,
        receiver: Receiver,
        worker: Worker,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        await _subscribe(tenant, receiver.url())
        for name in ("First", "Second"):
            await tenant.create("clients", {"name": name})
        handed: list[Claim] = []
        while len(handed) < 2:
            handed += (await worker._dispatch(2))[2]
        send, calls = worker.send, []

        async def raising_once(claim: Claim) -> Any:
            calls.append(claim)
            if len(calls) == 1:
                raise RuntimeError("a defect in sending")
            return await send(claim)

        monkeypatch.setattr(worker, "send", raising_once)
        lanes = _Lanes(1, lease_seconds=60)
        lanes.add(handed)
        outcomes: asyncio.Queue[Any] = asyncio.Queue()
        sender = asyncio.create_task(worker._send_forever(lanes, outcomes))
        await lanes.ready.join()
        assert not sender.done()  # the one sender went on to the second claim
        sender.cancel()
        assert outcomes.qsize() == 1 and len(receiver.received) == 1

    def test_waiting_claims_are_sent_tenant_by_tenant_in_turn(self) -> None:
        lanes = _Lanes(1, lease_seconds=60)
        lanes.add([_bare_claim(1, n) for n in range(1000)])  # one tenant's backlog
        lanes.add([_bare_claim(2, 0), _bare_claim(2, 1), _bare_claim(3, 0)])
        assert lanes.ready.qsize() == 1003
        taken = [lanes.ready.get_nowait() for _ in range(7)]
        assert [(claim.tenant_id, claim.delivery_id) for claim in taken] == [
            (1, 0),
            (2, 0),
            (3, 0),
            (1, 1),
            (2, 1),
            (1, 2),
            (1, 3),
        ]
        lanes.add([_bare_claim(3, 1)])  # a tenant back with a new claim waits one turn
        assert [lanes.ready.get_nowait().tenant_id for _ in range(3)] == [1, 3, 1]
        assert lanes.ready.qsize() == 994
        assert "_queue=[Claim(" in repr(lanes.ready)  # a debugger can show what waits

    def test_the_claims_held_waiting_follow_the_receivers_pace(self) -> None:
        lanes = _Lanes(64, lease_seconds=60)
        for _ in range(2000):
            lanes.pace(0.005)
        assert lanes.capacity() == 64 + MAX_WAITING  # fast receivers: large batches
        for _ in range(2000):
            lanes.pace(15)
        assert lanes.capacity() == 64 + 64  # slow ones: one round waiting, well within a lease


class TestRunningWorker:
    async def test_a_backlog_of_many_batches_goes_out_once_each_without_holding_up_others(
        self,
        app: FastAPI,
        settings: Settings,
        tenant: TenantHandle,
        other_tenant: TenantHandle,
        receiver: Receiver,
    ) -> None:
        """More events than one hand-over takes: every one is sent once and logged SUCCEEDED,
        and another tenant's event, written while the backlog drains, does not wait for it.

        (The last is checked on PostgreSQL only: on SQLite the other tenant's write itself
        waits for the one write lock, which the draining worker holds most of the time, so
        when it lands says more about SQLite's lock than about dispatch.)"""
        backlog = 2 * HAND_OVER_BATCH + 100
        receiver.default = Reply(200, delay=0.01)  # the backlog takes over a second to drain
        await _subscribe(tenant, receiver.url("/busy"))
        quiet = await _subscribe(other_tenant, receiver.url("/quiet"))
        async with tenant.ctx.db.session() as session:
            for n in range(backlog):
                await service.create(session, CLIENTS, tenant.id, {"name": f"Client {n:04}"})
        fast = settings.model_copy(update={"webhooks_poll_seconds": 0.05})
        worker = Worker(
            app.state.ctx.db, fast, concurrency=8, tenants=frozenset({tenant.id, other_tenant.id})
        )
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        try:
            await receiver.wait_for(100, seconds=60)
            await other_tenant.create("clients", {"name": "Quiet"})
            await receiver.wait_for(backlog + 1, seconds=120)
        finally:
            stop.set()
            await running
            await worker.aclose()
        busy = [request.headers["webhook-id"] for request in receiver.at("/busy")]
        assert len(busy) == len(set(busy)) == backlog
        [quiet_request] = receiver.at("/quiet")
        if tenant.ctx.db.dialect == "postgresql":
            assert quiet_request.at < receiver.at("/busy")[-1].at
        rows = await _log(other_tenant, quiet["subscription"]["id"])
        assert [row["status"] for row in rows] == ["SUCCEEDED"]
        states = await _states(tenant)
        assert states == {"SUCCEEDED": backlog}

    async def test_a_worker_sends_no_faster_than_it_records(
        self,
        tenant: TenantHandle,
        receiver: Receiver,
        make_worker: MakeWorker,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """While the outcomes cannot be written, at most a bounded number more are sent; once
        they can, every delivery is sent and logged."""
        monkeypatch.setattr(worker_module, "MAX_UNRECORDED", 4)
        worker = make_worker(webhooks_poll_seconds=0.02)
        worker.concurrency = 2
        writable, recording = asyncio.Event(), asyncio.Event()
        record = worker.record

        async def slow_record(results: list[tuple[Claim, Outcome]]) -> None:
            recording.set()
            await writable.wait()
            await record(results)

        monkeypatch.setattr(worker, "record", slow_record)
        await _subscribe(tenant, receiver.url())
        for n in range(30):
            await tenant.create("clients", {"name": f"Client {n}"})
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        try:
            await asyncio.wait_for(recording.wait(), 15)
            await asyncio.sleep(0.5)
            # The batch being written (the outcome it waited for, then the queue's), a full
            # queue again, and one outcome in each sender's hand.
            assert len(receiver.received) <= 1 + 4 + 4 + 2
            writable.set()
            await receiver.wait_for(30)
        finally:
            writable.set()
            stop.set()
            await running
        assert await _states(tenant) == {"SUCCEEDED": 30}

    async def test_outcomes_are_written_at_once_while_a_batch_of_them_waits(
        self, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Outcomes gather for a moment only while fewer than a batch wait: a recorder a batch
        or more behind that paused anyway would fall further behind with every batch."""
        monkeypatch.setattr(worker_module, "RECORD_BATCH", 3)
        monkeypatch.setattr(worker_module, "RECORD_LINGER", 3600.0)
        worker = make_worker()
        batches: list[list[int]] = []

        async def noting(results: list[tuple[Claim, Outcome]]) -> None:
            batches.append([claim.delivery_id for claim, _ in results])

        monkeypatch.setattr(worker, "record", noting)
        outcomes: asyncio.Queue[tuple[Claim, Outcome]] = asyncio.Queue()
        for delivery_id in range(1, 8):
            outcomes.put_nowait((_bare_claim(1, delivery_id), Outcome(200, "", 1, None)))
        recorder = asyncio.create_task(worker._record_forever(outcomes))
        try:
            await asyncio.sleep(0.2)  # a few turns of the loop write two batches
            # The seventh is alone: it waits for company.
            assert batches == [[1, 2, 3], [4, 5, 6]]
        finally:
            recorder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await recorder

    async def test_outcomes_that_fail_to_be_written_leave_the_worker_running(
        self,
        tenant: TenantHandle,
        receiver: Receiver,
        make_worker: MakeWorker,
        monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        worker = make_worker(webhooks_poll_seconds=0.02)
        record = worker.record
        failed = asyncio.Event()

        async def failing_once(results: list[tuple[Claim, Outcome]]) -> None:
            if not failed.is_set():
                failed.set()
                raise RuntimeError("a bug in recording")
            await record(results)

        monkeypatch.setattr(worker, "record", failing_once)
        await _subscribe(tenant, receiver.url())
        await tenant.create("clients", {"name": "Lost outcome"})
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        try:
            await asyncio.wait_for(failed.wait(), 15)  # the first outcome's batch fails
            await tenant.create("clients", {"name": "Recorded"})
            await receiver.wait_for(2)
            deadline = time.monotonic() + 15
            # The first outcome is lost (its delivery is sent again when its lease ends).
            while await _states(tenant) != {"PENDING": 1, "SUCCEEDED": 1}:
                assert time.monotonic() < deadline, await _states(tenant)
                await asyncio.sleep(0.05)
        finally:
            stop.set()
            await running
        assert "could not record outcomes" in caplog.text


def _bare_claim(tenant_id: int, delivery_id: int) -> Claim:
    """A claim as the lanes see it: only its tenant and delivery matter to the order."""
    return Claim(delivery_id, 1, delivery_id, tenant_id, 1, "evt", 1, "http://x", b"", [], 0.0)


async def _states(tenant: TenantHandle) -> dict[str, int]:
    """How many of the tenant's logged attempts are in each status."""
    async with tenant.ctx.db.session() as session:
        rows = await session.execute(
            text("SELECT status, count(*) FROM webhook_attempts WHERE tenant_id = :t GROUP BY 1"),
            {"t": tenant.id},
        )
        return {status: int(count) for status, count in rows}
