"""The Python client (clients/python) against a live `openwyn serve --demo` on SQLite."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

# Installed with `pip install -e ./clients/python` (the README's test command, .ci/run).
from openwyn_client import AsyncOpenwyn, InvalidSignature, Openwyn, RetryPolicy, verify_webhook
from openwyn_client import errors as client_errors
from openwyn_client.generated.api.client import create_client, rest_get_client
from openwyn_client.generated.models import ClientCreate

from tests.test_serve import STARTUP_SECONDS, _free_port, _wait_for_key, _wait_until_healthy

sys.path.insert(0, str(Path(__file__).parents[1] / "clients" / "python" / "examples"))
import receiver as example_receiver  # noqa: E402


class Server:
    def __init__(self, base: str, key: str) -> None:
        self.base, self.key = base, key

    def client(self, **options: Any) -> Openwyn:
        return Openwyn(self.base, self.key, **options)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
    env["OPENWYN_RATE_LIMIT_TOKEN_PER_ADDRESS"] = "1000"
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "openwyn", "serve", "--demo", "--port", str(port)],
        cwd=tmp_path_factory.mktemp("serve"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        key = _wait_for_key(process, deadline)
        _wait_until_healthy(base, process, deadline)
        yield Server(base, key)
    finally:
        process.terminate()
        process.wait(timeout=60)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TestTokens:
    def test_the_key_is_exchanged_once_and_again_before_the_token_expires(
        self, server: Server
    ) -> None:
        clock = Clock()
        with server.client(clock=clock, refresh_margin=60) as ow:
            ow.request("GET", "/api/v1/offices")
            ow.request("GET", "/api/v1/offices")
            assert ow.tokens.exchanges == 1
            clock.now += 3600 - 61  # the token lives an hour; not yet within the margin
            ow.request("GET", "/api/v1/offices")
            assert ow.tokens.exchanges == 1
            clock.now += 2  # within a minute of expiring
            ow.request("GET", "/api/v1/offices")
            assert ow.tokens.exchanges == 2

    def test_a_wrong_key_raises_unauthenticated(self, server: Server) -> None:
        with (
            Openwyn(server.base, "owk_00000000_nope") as ow,
            pytest.raises(client_errors.Unauthenticated) as raised,
        ):
            ow.request("GET", "/api/v1/offices")
        assert raised.value.status_code == 401


class TestGeneratedOperations:
    def test_typed_models_go_through_the_same_session(self, server: Server) -> None:
        with server.client() as ow:
            ref = f"GEN-{uuid.uuid4().hex[:8]}"
            created = create_client.sync(
                client=ow.api, body=ClientCreate(name="Typed LLC", client_ref=ref)
            )
            assert created is not None and created.data.name == "Typed LLC"
            again = rest_get_client.sync(created.data.id, client=ow.api)
            assert again is not None and again.data.client_ref == ref

    @pytest.mark.anyio
    async def test_the_async_client_calls_generated_operations(self, server: Server) -> None:
        async with AsyncOpenwyn(server.base, server.key) as ow:
            created = await create_client.asyncio(client=ow.api, body=ClientCreate(name="Async"))
            assert created is not None and created.data.name == "Async"


class TestErrors:
    def test_each_error_code_raises_its_own_exception(self, server: Server) -> None:
        with server.client() as ow:
            with pytest.raises(client_errors.NotFound) as missing:
                ow.request("GET", "/api/v1/clients/987654321")
            assert missing.value.code == "NOT_FOUND" and missing.value.request_id
            with pytest.raises(client_errors.ValidationFailed) as invalid:
                ow.request("POST", "/api/v1/clients", json={"name": 5})
            assert invalid.value.details[0]["path"] == "name"

    def test_generated_operations_raise_them_too(self, server: Server) -> None:
        with server.client() as ow, pytest.raises(client_errors.NotFound):
            rest_get_client.sync(987654321, client=ow.api)


def _names(prefix: str, count: int) -> list[str]:
    return [f"{prefix} {index}" for index in range(count)]


class TestPaging:
    def test_page_cursor_and_feed_iterators_read_every_item(self, server: Server) -> None:
        prefix = f"Pager {uuid.uuid4().hex[:6]}"
        with server.client() as ow:
            start = ow.feed_end()
            for name in _names(prefix, 5):
                ow.request("POST", "/api/v1/clients", json={"name": name})
            rows = ow.search(
                "/gql/v1/clients/search",
                {"where": {"name": {"_like": f"{prefix}%"}}, "orderBy": [{"name": "asc"}]},
                page_size=2,
            )
            assert [row["name"] for row in rows] == _names(prefix, 5)
            listed = [item["name"] for item in ow.paginate("/api/v1/clients", page_size=50)]
            assert set(_names(prefix, 5)) <= set(listed)
            assert len(listed) == len(set(listed))  # no page read twice
            events = list(ow.events(after=start, limit=2))
            assert [event["data"]["name"] for event in events] == _names(prefix, 5)
            assert len({event["id"] for event in events}) == 5

    @pytest.mark.anyio
    async def test_the_async_iterators_page_too(self, server: Server) -> None:
        prefix = f"Async pager {uuid.uuid4().hex[:6]}"
        async with AsyncOpenwyn(server.base, server.key) as ow:
            for name in _names(prefix, 3):
                await ow.request("POST", "/api/v1/clients", json={"name": name})
            body = {"where": {"name": {"_like": f"{prefix}%"}}, "orderBy": [{"name": "asc"}]}
            rows = [
                row["name"] async for row in ow.search("/gql/v1/clients/search", body, page_size=2)
            ]
            assert rows == _names(prefix, 3)
            listed = [item["name"] async for item in ow.paginate("/api/v1/clients", page_size=100)]
            assert set(rows) <= set(listed)


class Flaky(httpx.BaseTransport):
    """Answers the first calls (not the token exchange) with the given statuses, then passes
    every request on to the server; records what each send carried."""

    def __init__(self, answers: list[httpx.Response]) -> None:
        self.inner = httpx.HTTPTransport()
        self.answers = answers
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/auth/token"):
            return self.inner.handle_request(request)
        self.sent.append(request)
        if self.answers:
            return self.answers.pop(0)
        return self.inner.handle_request(request)


class TestRetries:
    def test_429_and_503_are_retried_with_one_idempotency_key(self, server: Server) -> None:
        flaky = Flaky(
            [
                httpx.Response(429, headers={"Retry-After": "7"}, json={}),
                httpx.Response(503, json={}),
            ]
        )
        slept: list[float] = []
        ref = f"RETRY-{uuid.uuid4().hex[:8]}"
        with server.client(transport=flaky, sleep=slept.append) as ow:
            created = ow.request("POST", "/api/v1/clients", json={"name": "R", "clientRef": ref})
            found = ow.request("POST", "/gql/v1/clients", json={"clientRef": ref})
        assert created["data"]["clientRef"] == ref
        assert found["total"]["aggregate"]["count"] == 1
        assert slept == [7.0, 1.0]  # Retry-After, then the backoff of a second try
        keys = {request.headers["Idempotency-Key"] for request in flaky.sent[:3]}
        assert len(keys) == 1

    def test_after_the_last_attempt_the_error_is_raised(self, server: Server) -> None:
        busy = [httpx.Response(429, headers={"Retry-After": "1"}, json={}) for _ in range(2)]
        with (
            server.client(
                transport=Flaky(busy), sleep=lambda _: None, retry=RetryPolicy(attempts=2)
            ) as ow,
            pytest.raises(client_errors.RateLimited),
        ):
            ow.request("GET", "/api/v1/offices")


class TestWebhooks:
    def test_the_example_receiver_verifies_a_real_delivery(self, server: Server) -> None:
        events: queue.Queue[Any] = queue.Queue()
        with server.client() as ow:
            secret = ow.request("GET", "/api/v1/event-subscriptions/webhook/secret")["data"]
            hook = example_receiver.receiver(0, secret["webhookSecret"], events.put)
            threading.Thread(target=hook.serve_forever, daemon=True).start()
            try:
                url = f"http://127.0.0.1:{hook.server_address[1]}/"
                body = {"entityType": "office", "operation": "CREATE", "deliveryUrl": url}
                ow.request("POST", "/api/v1/event-subscriptions", json=body)
                ow.request("POST", "/api/v1/offices", json={"name": "Hooked office"})
                event = events.get(timeout=STARTUP_SECONDS)  # the worker polls
            finally:
                hook.shutdown()
        assert (event["type"], event["data"]["name"]) == ("office.CREATE", "Hooked office")

    def test_a_changed_body_is_refused(self) -> None:
        from standardwebhooks.webhooks import Webhook

        secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        body = '{"type": "client.CREATE"}'
        from datetime import UTC, datetime

        signature = Webhook(secret).sign("msg_1", datetime.now(UTC), body)
        headers = {
            "Webhook-Id": "msg_1",
            "Webhook-Timestamp": str(int(datetime.now(UTC).timestamp())),
            "Webhook-Signature": signature,
        }
        assert verify_webhook(secret, body.encode(), headers) == {"type": "client.CREATE"}
        with pytest.raises(InvalidSignature):
            verify_webhook(secret, body.replace("CREATE", "DELETE"), headers)
