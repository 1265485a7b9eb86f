"""One HTTP attempt of a webhook delivery (records-events.md §4).

Signed per Standard Webhooks, never following a redirect, within one deadline for the whole
exchange, keeping at most 4 KiB of the answer. Outside development mode the host is checked at
every attempt and the request goes to the checked address (`ssrf`), with the name kept for the
Host header and TLS (SNI and certificate checks).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import httpx

from openwyn.webhooks import signing
from openwyn.webhooks.ssrf import Refused, Resolver, checked_address, system_resolver

USER_AGENT = "Openwyn-Webhooks/1"
KEPT_BYTES = 4096
_DEFAULT_PORTS = {"https": 443, "http": 80}


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    response_body: str | None
    duration_ms: int
    error: str | None
    retry_after: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class Sender:
    """Sends deliveries over one pooled client; close it with `aclose`."""

    def __init__(
        self,
        timeout_seconds: float,
        allow_insecure: bool,
        resolver: Resolver = system_resolver,
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int = 100,
    ) -> None:
        self.timeout = timeout_seconds
        self.allow_insecure = allow_insecure
        self.resolver = resolver
        self.client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            timeout=httpx.Timeout(timeout_seconds),
            limits=httpx.Limits(max_connections=max_connections),
            trust_env=False,  # no proxy from the environment: the checked address is final
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def send(self, url: str, msg_id: str, body: bytes, secrets: list[str]) -> Outcome:
        """POST `body` to `url` as message `msg_id`, signed with every secret in `secrets`."""
        started = time.perf_counter()
        headers = signing.headers(secrets, msg_id, int(time.time()), body.decode())
        headers |= {"content-type": "application/json", "user-agent": USER_AGENT}
        try:
            async with asyncio.timeout(self.timeout):
                target, extensions = await self._target(httpx.URL(url), headers)
                return await self._post(target, body, headers, extensions, started)
        except Refused as refused:
            return _failure(started, f"refused: {refused}")
        except TimeoutError:
            return _failure(started, f"no answer within {self.timeout:g} s")
        except httpx.HTTPError as error:
            return _failure(started, f"{type(error).__name__}: {error}"[:1000])

    async def _target(
        self, url: httpx.URL, headers: dict[str, str]
    ) -> tuple[httpx.URL, dict[str, Any]]:
        if self.allow_insecure:
            return url, {}
        if url.scheme != "https":
            raise Refused("deliveries outside development mode go to https URLs only")
        port = url.port or _DEFAULT_PORTS[url.scheme]
        address = await checked_address(url.host, port, self.resolver)
        headers["host"] = url.netloc.decode("ascii")
        return url.copy_with(host=address), {"sni_hostname": url.host}

    async def _post(
        self,
        target: httpx.URL,
        body: bytes,
        headers: dict[str, str],
        extensions: dict[str, Any],
        started: float,
    ) -> Outcome:
        request = self.client.build_request(
            "POST", target, content=body, headers=headers, extensions=extensions
        )
        response = await self.client.send(request, stream=True)
        try:
            kept = await _first_bytes(response)
        finally:
            await response.aclose()
        return Outcome(
            response.status_code,
            kept.decode("utf-8", "replace"),
            _elapsed_ms(started),
            None,
            response.headers.get("retry-after"),
        )


async def _first_bytes(response: httpx.Response) -> bytes:
    kept = bytearray()
    async for chunk in response.aiter_bytes():
        kept += chunk
        if len(kept) >= KEPT_BYTES:
            break
    return bytes(kept[:KEPT_BYTES])


def _elapsed_ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _failure(started: float, error: str) -> Outcome:
    return Outcome(None, None, _elapsed_ms(started), error)
