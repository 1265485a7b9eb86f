"""One HTTP attempt of a webhook delivery (records-events.md §4).

Signed per Standard Webhooks, never following a redirect, within one deadline for the whole
exchange, keeping at most 4 KiB of the answer. Outside development mode only https goes out,
the host is checked at every attempt, and new connections are opened through the checking
resolver (`ssrf`), so they reach only checked addresses; the URL's name still drives the Host
header and TLS (SNI and the certificate check).

aiohttp rather than httpx: on this class of machine httpx's connection pool fell to about 270
requests a second at 64 in flight, where aiohttp sustained about 5,000, when this was written
(`bench/webhook_delivery.py`'s bare loop measures the aiohttp side).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from typing import NamedTuple

import aiohttp
from yarl import URL

from openwyn.webhooks import signing
from openwyn.webhooks.ssrf import (
    CheckingResolver,
    Policy,
    Refused,
    Resolver,
    checked_addresses,
    refusal,
    system_resolver,
)

USER_AGENT = "Openwyn-Webhooks/1"
KEPT_BYTES = 4096


class Outcome(NamedTuple):
    status_code: int | None
    response_body: str | None
    duration_ms: int
    error: str | None
    retry_after: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class Sender:
    """Sends deliveries over one pooled client, opened on first use; close it with `aclose`."""

    def __init__(
        self,
        timeout_seconds: float,
        allow_insecure: bool,
        resolver: Resolver = system_resolver,
        max_connections: int = 100,
        policy: Policy = refusal,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.timeout = timeout_seconds
        self.allow_insecure = allow_insecure
        self.resolver = resolver
        self.policy = policy
        self.max_connections = max_connections
        self.tls = tls
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self.max_connections,
                resolver=None
                if self.allow_insecure
                else CheckingResolver(self.resolver, self.policy),
                use_dns_cache=False,
                ssl=self.tls if self.tls is not None else True,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                trust_env=False,  # no proxy from the environment: the checked address is final
                auto_decompress=True,
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, url: str, msg_id: str, body: bytes, secrets: list[str]) -> Outcome:
        """POST `body` to `url` as message `msg_id`, signed with every secret in `secrets`."""
        started = time.perf_counter()
        headers = signing.headers(secrets, msg_id, int(time.time()), body)
        headers |= {"content-type": "application/json", "user-agent": USER_AGENT}
        try:
            if not self.allow_insecure:
                async with asyncio.timeout(self.timeout):
                    await self._check(URL(url))
            # The rest of the one deadline, as aiohttp's own (it arms a timer per request
            # anyway): connecting, sending, and reading the answer's first bytes.
            left = self.timeout - (time.perf_counter() - started)
            if left <= 0:
                raise TimeoutError
            return await self._post(url, body, headers, started, aiohttp.ClientTimeout(left))
        except Refused as refused:
            return _failure(started, f"refused: {refused}")
        except TimeoutError:
            return _failure(started, f"no answer within {self.timeout:g} s")
        except (aiohttp.ClientError, ValueError) as error:
            return _failure(started, f"{type(error).__name__}: {error}"[:1000])

    async def _check(self, url: URL) -> None:
        """Outside development mode: https only, and the host resolved and checked now."""
        if url.scheme != "https" or url.host is None:
            raise Refused("deliveries outside development mode go to https URLs only")
        await checked_addresses(url.host, url.port or 443, self.resolver, self.policy)

    async def _post(
        self,
        url: str,
        body: bytes,
        headers: dict[str, str],
        started: float,
        deadline: aiohttp.ClientTimeout,
    ) -> Outcome:
        async with self._client().post(
            url, data=body, headers=headers, allow_redirects=False, timeout=deadline
        ) as response:
            kept = await _first_bytes(response)
            return Outcome(
                response.status,
                _as_text(kept),
                _elapsed_ms(started),
                None,
                response.headers.get("retry-after"),
            )


async def _first_bytes(response: aiohttp.ClientResponse) -> bytes:
    content = response.content
    kept = await content.read(KEPT_BYTES)  # a short answer has arrived whole: one read
    while len(kept) < KEPT_BYTES and not content.at_eof():
        chunk = await content.read(KEPT_BYTES - len(kept))
        if not chunk:
            break
        kept += chunk
    return kept


def _as_text(kept: bytes) -> str:
    """The kept bytes as text a database column holds: what is not UTF-8, and NUL (which
    PostgreSQL's text refuses, with the whole batch of outcomes), become U+FFFD."""
    return kept.decode("utf-8", "replace").replace("\x00", "\ufffd")


def _elapsed_ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _failure(started: float, error: str) -> Outcome:
    # An error's text may quote what the receiver sent (a malformed header, say).
    return Outcome(None, None, _elapsed_ms(started), error.replace("\x00", "\ufffd"))
