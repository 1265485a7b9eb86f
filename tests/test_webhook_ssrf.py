"""SSRF protection of webhook deliveries (records-events.md §4): every attempt resolves the host,
refuses any non-public address and connects to the address it checked."""

from __future__ import annotations

import ipaddress
import random
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from openwyn.config import Settings
from openwyn.webhooks.sender import Sender
from openwyn.webhooks.ssrf import Refused, Resolver, checked_address, refusal
from openwyn.webhooks.worker import Worker
from tests.fixtures.api import TenantHandle
from tests.fixtures.receiver import Receiver, running_receiver

pytestmark = pytest.mark.anyio
PUBLIC = "93.184.215.14"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.7", "private"),
        ("172.16.4.2", "private"),
        ("192.168.1.20", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fd00::1234", "unique-local"),
        ("100.64.0.9", "carrier-grade NAT"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),  # noqa: S104 - an address under test, not a bind
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.1.2.3", "private"),
        ("64:ff9b::a9fe:a9fe", "link-local"),
        ("240.0.0.1", "private"),
    ],
)
def test_every_non_public_address_class_is_refused(address: str, kind: str) -> None:
    assert refusal(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def _resolver(table: dict[str, list[str]]) -> Resolver:
    async def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError("Name or service not known")
        return table[host]

    return resolve


class TestResolution:
    async def test_one_private_answer_among_public_ones_refuses_the_host(self) -> None:
        resolve = _resolver({"mixed.example": [PUBLIC, "10.0.0.1"]})
        with pytest.raises(Refused, match=r"10\.0\.0\.1, a private address"):
            await checked_address("mixed.example", 443, resolve)

    async def test_a_public_host_gives_its_address(self) -> None:
        resolve = _resolver({"hooks.example": [PUBLIC]})
        assert await checked_address("hooks.example", 443, resolve) == PUBLIC

    async def test_a_literal_address_is_checked_without_resolving(self) -> None:
        with pytest.raises(Refused, match="loopback"):
            await checked_address("127.0.0.1", 443, _resolver({}))

    async def test_a_name_that_does_not_resolve_is_refused(self) -> None:
        with pytest.raises(Refused, match="does not resolve"):
            await checked_address("nowhere.example", 443, _resolver({}))


class TestSender:
    async def test_the_request_goes_to_the_checked_address_under_the_hosts_name(self) -> None:
        seen: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(204)

        sender = Sender(
            5,
            allow_insecure=False,
            resolver=_resolver({"hooks.example": [PUBLIC]}),
            transport=httpx.MockTransport(answer),
        )
        outcome = await sender.send(
            "https://hooks.example:8443/in?x=1", "evt_1", b"{}", ["whsec_" + "A" * 40]
        )
        await sender.aclose()
        assert outcome.succeeded
        [request] = seen
        assert (request.url.host, request.url.port, request.url.path) == (PUBLIC, 8443, "/in")
        assert request.headers["host"] == "hooks.example:8443"
        assert request.extensions["sni_hostname"] == "hooks.example"

    async def test_a_refused_host_is_never_contacted(self) -> None:
        contacted: list[httpx.Request] = []
        sender = Sender(
            5,
            allow_insecure=False,
            resolver=_resolver({"rebind.example": ["192.168.0.10"]}),
            transport=httpx.MockTransport(lambda r: contacted.append(r) or httpx.Response(200)),
        )
        refused = await sender.send(
            "https://rebind.example/", "evt_1", b"{}", ["whsec_" + "A" * 40]
        )
        plain_http = await sender.send(
            "http://hooks.example/", "evt_2", b"{}", ["whsec_" + "A" * 40]
        )
        await sender.aclose()
        assert contacted == []
        assert (
            refused.error == "refused: rebind.example resolves to 192.168.0.10, a private address"
        )
        assert plain_http.error is not None and "https" in plain_http.error


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with running_receiver() as running:
        yield running


async def test_a_host_that_resolves_to_loopback_is_refused_and_logged(
    app: FastAPI, settings: Settings, tenant: TenantHandle, receiver: Receiver
) -> None:
    """Outside development mode, `localhost` resolves (for real) to a loopback address: the
    attempt is logged as failed and nothing reaches the receiver listening there."""
    assert settings.webhooks_allow_insecure is False
    url = f"https://localhost:{receiver.port}/hook"
    body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": url}
    created = await tenant.post("/api/v1/event-subscriptions", json=body)
    assert created.status_code == 201, created.text
    subscription_id = created.json()["data"]["subscription"]["id"]
    await tenant.create("clients", {"name": "Acme"})
    worker = Worker(
        app.state.ctx.db, settings, rng=random.Random(1), tenants=frozenset({tenant.id})
    )
    path = f"/api/v1/event-subscriptions/{subscription_id}/deliveries"
    try:
        for _ in range(200):
            await worker.drain()
            rows = (await tenant.get(path)).json()["data"]
            if rows:
                break
    finally:
        await worker.aclose()
    [row] = rows
    assert row["status"] == "RETRYING" and row["statusCode"] is None
    assert row["error"].startswith("refused: localhost resolves to")
    assert "loopback address" in row["error"]
    assert receiver.received == []
