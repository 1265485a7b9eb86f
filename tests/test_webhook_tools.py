"""Webhook signing secrets and the test tools, checked with the standardwebhooks package."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from openwyn.auth.roles import Role
from openwyn.kit.sqltypes import utcnow
from openwyn.webhooks import service
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio


def _compact(payload: Any) -> str:
    """An object as a delivery encodes it: compact JSON, UTF-8, keys in their order."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


async def _data(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


class TestSecrets:
    async def test_a_secret_is_created_once_and_rotation_keeps_the_old_one_a_day(
        self, tenant: TenantHandle
    ) -> None:
        first = await _data(await tenant.get("/api/v1/event-subscriptions/webhook/secret"))
        assert first["webhookSecret"].startswith("whsec_")
        assert first["previousSecretExpiresAt"] is None
        again = await _data(await tenant.get("/api/v1/event-subscriptions/webhook/secret"))
        assert again == first
        rotated = await _data(
            await tenant.post("/api/v1/event-subscriptions/webhook/secret/rotate")
        )
        assert rotated["webhookSecret"] != first["webhookSecret"]
        expires = datetime.fromisoformat(rotated["previousSecretExpiresAt"])
        in_a_day = datetime.now(expires.tzinfo) + timedelta(hours=24)
        assert abs((expires - in_a_day).total_seconds()) < 60
        # Both secrets sign while they overlap: a receiver on either one accepts the delivery.
        signed = await _data(
            await tenant.post("/api/v1/webhook/test/generate", json={"payload": {"a": 1}})
        )
        assert signed["payload"] == {"a": 1}
        for secret in (first["webhookSecret"], rotated["webhookSecret"]):
            assert Webhook(secret).verify('{"a":1}', signed["headers"]) == {"a": 1}

    async def test_the_previous_secret_is_in_use_for_24_hours_after_a_rotation_and_no_longer(
        self, tenant: TenantHandle
    ) -> None:
        path = "/api/v1/event-subscriptions/webhook/secret"
        old = (await _data(await tenant.get(path)))["webhookSecret"]
        new = (await _data(await tenant.post(f"{path}/rotate")))["webhookSecret"]

        def later(**delta: float) -> Callable[[], datetime]:
            return lambda: utcnow() + timedelta(**delta)

        async with tenant.ctx.db.session() as session:
            within = await service.secrets_in_use(session, tenant.id, later(hours=23, minutes=59))
            after = await service.secrets_in_use(session, tenant.id, later(hours=24, minutes=1))
        assert within == [new, old]
        assert after == [new]

    async def test_concurrent_first_requests_agree_on_one_secret(
        self, tenant: TenantHandle
    ) -> None:
        """The first secret is made on demand; requests racing to make it end with one."""
        path = "/api/v1/event-subscriptions/webhook/secret"
        answers = await asyncio.gather(*(tenant.get(path) for _ in range(6)))
        secrets = {(await _data(answer))["webhookSecret"] for answer in answers}
        assert len(secrets) == 1
        rotated = await _data(await tenant.post(f"{path}/rotate"))
        assert rotated["webhookSecret"] not in secrets

    async def test_secrets_belong_to_their_tenant_and_need_api_admin(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        mine = await _data(await tenant.get("/api/v1/event-subscriptions/webhook/secret"))
        theirs = await _data(await other_tenant.get("/api/v1/event-subscriptions/webhook/secret"))
        assert mine["webhookSecret"] != theirs["webhookSecret"]
        headers = {"Authorization": f"Bearer {await tenant.token_for(Role.API_USER)}"}
        for path in ("/api/v1/event-subscriptions/webhook/secret", "/api/v1/webhook/test/generate"):
            response = await tenant.api.post(path, json={"payload": "x"}, headers=headers)
            assert response.status_code in (403, 405), path
        response = await tenant.api.get(
            "/api/v1/event-subscriptions/webhook/secret", headers=headers
        )
        assert response.status_code == 403


class TestTools:
    async def test_generate_signs_as_standard_webhooks_verifies(self, tenant: TenantHandle) -> None:
        secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        body = {"payload": {"type": "client.UPDATE", "id": 7}, "secret": secret, "msgId": "msg_1"}
        data = await _data(await tenant.post("/api/v1/webhook/test/generate", json=body))
        assert data["isValid"] is True and data["secret"] == secret
        assert data["payload"] == body["payload"]  # the object, not its encoding
        headers = data["headers"]
        assert headers["webhook-id"] == data["msgId"] == "msg_1"
        assert headers["webhook-timestamp"] == str(data["timestamp"])
        assert headers["webhook-signature"] == data["signature"]
        assert abs(data["timestamp"] - time.time()) < 60
        signed = '{"type":"client.UPDATE","id":7}'
        assert Webhook(secret).verify(signed, headers) == body["payload"]
        with pytest.raises(WebhookVerificationError):
            Webhook(secret).verify(signed + " ", headers)

    async def test_a_text_payload_is_signed_as_the_text(self, tenant: TenantHandle) -> None:
        secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        text = '{ "spaced" : 1 }'
        body = {"payload": text, "secret": secret, "msgId": "msg_t", "timestamp": 1_700_000_000}
        data = await _data(await tenant.post("/api/v1/webhook/test/generate", json=body))
        assert data["payload"] == text
        expected = Webhook(secret).sign("msg_t", datetime.fromtimestamp(1_700_000_000, UTC), text)
        assert data["signature"] == expected

    async def test_generate_signs_numbers_exactly_as_written(self, tenant: TenantHandle) -> None:
        """Big integers and decimals are signed with their digits as sent (a delivery writes
        money as 1500.00, not 1500.0) and answered so."""
        secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        payload = (
            '{"big": 1000000000000000000000000000000, '
            '"list": [-1180591620717411303424, 18446744073709551615], "price": 12.5, '
            '"total": 1500.00, "rate": 1e16}'
        )
        raw = f'{{"payload": {payload}, "secret": "{secret}", "msgId": "msg_3"}}'
        response = await tenant.post(
            "/api/v1/webhook/test/generate",
            content=raw.encode(),
            headers={"Content-Type": "application/json"},
        )
        data = await _data(response)
        signed = (
            '{"big":1000000000000000000000000000000,'
            '"list":[-1180591620717411303424,18446744073709551615],"price":12.5,'
            '"total":1500.00,"rate":1e16}'
        )
        assert '"total":1500.00' in response.text and '"rate":1e16' in response.text
        assert Webhook(secret).verify(signed, data["headers"])["total"] == 1500

    async def test_what_generate_answers_validates_unchanged(self, tenant: TenantHandle) -> None:
        """Generate's `data` sent back as it is: with its secret, and without (the tenant's
        secrets, both of them during a rotation)."""
        path = "/api/v1/event-subscriptions/webhook/secret"
        await tenant.get(path)
        await tenant.post(f"{path}/rotate")
        payload = {"type": "invoice.UPDATE", "data": {"name": "Zoë", "total": 10.5}}
        data = await _data(
            await tenant.post("/api/v1/webhook/test/generate", json={"payload": payload})
        )
        assert len(data["signature"].split(" ")) == 2
        without_secret = {key: value for key, value in data.items() if key != "secret"}
        for body in (data, without_secret):
            verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=body))
            assert verdict == {"isValid": True}, body
        by_fields = {key: data[key] for key in ("payload", "signature", "msgId", "timestamp")}
        verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=by_fields))
        assert verdict == {"isValid": True}
        changed = without_secret | {"payload": payload | {"type": "invoice.DELETE"}}
        verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=changed))
        assert verdict == {"isValid": False, "reason": "the signature does not match"}

    async def test_validate_checks_the_previous_secret_too_after_a_rotation(
        self, tenant: TenantHandle
    ) -> None:
        path = "/api/v1/event-subscriptions/webhook/secret"
        old = (await _data(await tenant.get(path)))["webhookSecret"]
        new = (await _data(await tenant.post(f"{path}/rotate")))["webhookSecret"]
        now = datetime.now(UTC)
        for secret in (old, new):
            signature = Webhook(secret).sign("msg_r", now, '{"a":1}')
            body = {
                "payload": {"a": 1},
                "signature": signature,
                "msgId": "msg_r",
                "timestamp": int(now.timestamp()),
            }
            verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=body))
            assert verdict == {"isValid": True}, secret
        stranger = Webhook("whsec_" + "A" * 40).sign("msg_r", now, '{"a":1}')
        body["signature"] = stranger
        verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=body))
        assert verdict["isValid"] is False

    async def test_validate_reads_header_names_in_any_case_and_ignores_others(
        self, tenant: TenantHandle
    ) -> None:
        secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        now = datetime.now(UTC)
        headers = {
            "Webhook-Id": "msg_h",
            "WEBHOOK-TIMESTAMP": str(int(now.timestamp())),
            "webhook-signature": Webhook(secret).sign("msg_h", now, '{"a":1}'),
            "Content-Type": "application/json",
            "User-Agent": "Openwyn-Webhooks/1",
        }
        body = {"payload": {"a": 1}, "headers": headers, "secret": secret}
        verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=body))
        assert verdict == {"isValid": True}
        del headers["WEBHOOK-TIMESTAMP"]
        response = await tenant.post("/api/v1/webhook/test/validate", json=body)
        assert response.status_code == 400
        details = response.json()["error"]["details"]
        assert details == [{"path": "headers.webhook-timestamp", "message": "is missing"}]

    async def test_validate_agrees_with_standard_webhooks(self, tenant: TenantHandle) -> None:
        secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        now = datetime.now().astimezone()
        signature = Webhook(secret).sign("msg_2", now, '{"a":1}')
        stamp = int(now.timestamp())
        good = {"payload": '{"a":1}', "secret": secret}
        by_fields = good | {"signature": signature, "msgId": "msg_2", "timestamp": stamp}
        assert (await _data(await tenant.post("/api/v1/webhook/test/validate", json=by_fields)))[
            "isValid"
        ] is True
        headers = {
            "webhook-id": "msg_2",
            "webhook-timestamp": str(stamp),
            "webhook-signature": signature,
        }
        by_headers = good | {"headers": headers}
        assert (await _data(await tenant.post("/api/v1/webhook/test/validate", json=by_headers)))[
            "isValid"
        ] is True
        tampered = by_fields | {"payload": '{"a":2}'}
        verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=tampered))
        assert verdict == {"isValid": False, "reason": "the signature does not match"}
        old = int(time.time()) - 3600
        stale_signature = Webhook(secret).sign(
            "msg_3", datetime.fromtimestamp(old).astimezone(), "x"
        )
        stale = {
            "payload": "x",
            "secret": secret,
            "signature": stale_signature,
            "msgId": "msg_3",
            "timestamp": old,
        }
        verdict = await _data(await tenant.post("/api/v1/webhook/test/validate", json=stale))
        assert verdict["isValid"] is False and "tolerance" in verdict["reason"]

    @pytest.mark.parametrize(
        "body",
        [
            {
                "payload": "x",
                "secret": "not-a-secret",
                "signature": "v1,x",
                "msgId": "m",
                "timestamp": 1,
            },
            {"payload": "x", "secret": "whsec_" + "A" * 40},
            {
                "payload": "x",
                "secret": "whsec_" + "A" * 33,
                "signature": "v1,x",
                "msgId": "m",
                "timestamp": 1,
            },
            {"payload": "x", "secret": "whsec_" + "A" * 40, "extra": 1},
            {"secret": "whsec_" + "A" * 40, "signature": "v1,x", "msgId": "m", "timestamp": 1},
        ],
    )
    async def test_bad_validate_bodies_are_400(
        self, tenant: TenantHandle, body: dict[str, Any]
    ) -> None:
        response = await tenant.post("/api/v1/webhook/test/validate", json=body)
        assert response.status_code == 400


async def test_openwyn_worker_delivers_with_start_up_frozen_and_young_objects_collected_less_often(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`openwyn worker` freezes what start-up built and raises the youngest generation's
    threshold before its loop runs (collector.settle)."""
    import gc

    from openwyn import cli, collector
    from openwyn.webhooks.worker import Worker

    seen: dict[str, Any] = {}

    async def run(self: Worker, stop: asyncio.Event) -> None:
        seen["threshold"] = gc.get_threshold()[0]
        seen["frozen"] = gc.get_freeze_count()
        # A worker that returns unstopped is restarted by its supervisor: this one asks to stop.
        stop.set()

    threshold = gc.get_threshold()
    gc.set_threshold(700, *threshold[1:])  # Python's default, whatever ran before
    monkeypatch.setattr(Worker, "run", run)
    try:
        await cli._deliver_until_stopped(settings, None, None, asyncio.Event())
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert seen["threshold"] == collector.YOUNG_THRESHOLD != 700
    assert seen["frozen"] > 0


async def test_the_app_starts_up_with_start_up_frozen_and_young_objects_collected_less_often(
    settings: Any,
) -> None:
    """`openwyn serve`'s app settles the collector as the worker does, in its lifespan."""
    import gc

    from openwyn import collector
    from openwyn.app import create_app

    threshold = gc.get_threshold()
    gc.set_threshold(700, *threshold[1:])
    gc.unfreeze()
    app = create_app(settings)
    try:
        async with app.router.lifespan_context(app):
            seen = (gc.get_threshold()[0], gc.get_freeze_count())
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert seen[0] == collector.YOUNG_THRESHOLD
    assert seen[1] > 0
