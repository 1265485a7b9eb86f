"""SSRF protection of webhook deliveries (records-events.md §4): every attempt resolves the host,
refuses any non-public address and connects to the address it checked."""

from __future__ import annotations

import ipaddress
import random
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import trustme
from fastapi import FastAPI

from openwyn.config import Settings
from openwyn.webhooks.sender import Sender
from openwyn.webhooks.ssrf import Policy, Refused, Resolver, checked_addresses, refusal
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
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("2002:a00:1::1", "private"),  # 6to4 around 10.0.0.1
        ("::127.0.0.1", "loopback"),  # IPv4-compatible
        ("::10.0.0.1", "private"),
        ("fec0::1", "site-local"),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo tunnel"),
        ("240.0.0.1", "private"),
    ],
)
def test_every_non_public_address_class_is_refused(address: str, kind: str) -> None:
    assert refusal(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize(
    "address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "2002:808:808::1", "::8.8.8.8"]
)
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
            await checked_addresses("mixed.example", 443, resolve)

    async def test_a_public_host_gives_its_address(self) -> None:
        resolve = _resolver({"hooks.example": [PUBLIC]})
        assert await checked_addresses("hooks.example", 443, resolve) == [
            ipaddress.ip_address(PUBLIC)
        ]

    async def test_a_literal_address_is_checked_without_resolving(self) -> None:
        with pytest.raises(Refused, match="loopback"):
            await checked_addresses("127.0.0.1", 443, _resolver({}))

    async def test_a_name_that_does_not_resolve_is_refused(self) -> None:
        with pytest.raises(Refused, match="does not resolve"):
            await checked_addresses("nowhere.example", 443, _resolver({}))


class TestSender:
    """Outside development mode, against a real https receiver on 127.0.0.1 whose certificate
    names `hooks.example`; a test policy lets loopback through so the connection can land."""

    async def test_the_connection_goes_to_the_checked_address_under_the_hosts_name(
        self, tls_receiver: tuple[Receiver, ssl.SSLContext]
    ) -> None:
        receiver, trust = tls_receiver
        sender = _sender(_resolver({"hooks.example": ["127.0.0.1"]}), trust)
        url = f"https://hooks.example:{receiver.port}/in?x=1"
        outcome = await sender.send(url, "evt_1", b"{}", [SECRET])
        await sender.aclose()
        assert (outcome.status_code, outcome.error) == (200, None)
        [request] = receiver.received
        assert request.path == "/in" and request.headers["host"] == f"hooks.example:{receiver.port}"

    async def test_an_answer_that_changes_after_the_check_is_refused_at_connect(
        self, tls_receiver: tuple[Receiver, ssl.SSLContext]
    ) -> None:
        """DNS rebinding: public when checked, then loopback when the client would connect."""
        receiver, trust = tls_receiver
        answers = iter([[PUBLIC], ["127.0.0.1"]])

        async def rebinding(host: str, port: int) -> list[str]:
            return next(answers)

        sender = _sender(rebinding, trust, policy=refusal)
        outcome = await sender.send(f"https://hooks.example:{receiver.port}/", "e", b"{}", [SECRET])
        await sender.aclose()
        assert outcome.status_code is None and outcome.error is not None
        assert "127.0.0.1, a loopback address" in outcome.error
        assert receiver.received == []

    async def test_refused_hosts_and_plain_http_are_never_contacted(
        self, tls_receiver: tuple[Receiver, ssl.SSLContext]
    ) -> None:
        receiver, trust = tls_receiver
        sender = _sender(_resolver({"rebind.example": ["192.168.0.10"]}), trust, policy=refusal)
        refused = await sender.send("https://rebind.example/", "e1", b"{}", [SECRET])
        plain = await sender.send(f"http://127.0.0.1:{receiver.port}/", "e2", b"{}", [SECRET])
        await sender.aclose()
        assert (
            refused.error == "refused: rebind.example resolves to 192.168.0.10, a private address"
        )
        assert plain.error is not None and "https" in plain.error
        assert receiver.received == []


SECRET = "whsec_" + "A" * 40


def _loopback_allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    return None if address.is_loopback else refusal(address)


def _sender(
    resolver: Resolver, trust: ssl.SSLContext, policy: Policy = _loopback_allowed
) -> Sender:
    return Sender(5, allow_insecure=False, resolver=resolver, policy=policy, tls=trust)


@pytest.fixture
async def tls_receiver(tmp_path: Path) -> AsyncIterator[tuple[Receiver, ssl.SSLContext]]:
    authority = trustme.CA()
    certificate = authority.issue_cert("hooks.example")
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    certificate.cert_chain_pems[0].write_to_path(str(certfile))
    certificate.private_key_pem.write_to_path(str(keyfile))
    trust = ssl.create_default_context()
    authority.configure_trust(trust)
    async with running_receiver(tls=(str(certfile), str(keyfile))) as receiver:
        yield receiver, trust


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with running_receiver() as running:
        yield running


@pytest.mark.parametrize("host", ["localhost", "[::1]"])
async def test_a_host_that_resolves_to_loopback_is_refused_and_logged(
    app: FastAPI, settings: Settings, tenant: TenantHandle, receiver: Receiver, host: str
) -> None:
    """Outside development mode, `localhost` resolves (for real) to a loopback address, and
    `[::1]` is one: the URL is saved, the attempt is logged as failed and nothing reaches the
    receiver listening there."""
    assert settings.webhooks_allow_insecure is False
    url = f"https://{host}:{receiver.port}/hook"
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
    assert row["error"].startswith(f"refused: {host.strip('[]')} resolves to")
    assert "loopback address" in row["error"]
    assert receiver.received == []
