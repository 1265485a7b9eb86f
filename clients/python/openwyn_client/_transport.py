"""What every request goes through: a bearer token, an Idempotency-Key, retries, typed errors.

They live in an httpx transport so that the generated operations (openwyn_client.generated),
which send through the same httpx client, get all of it too.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from openwyn_client.errors import error_for

TOKEN_PATH = "/v1/auth/token"  # noqa: S105 - a path, not a secret
RETRIED_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class RetryPolicy:
    """429 and 503 are tried again, up to `attempts` sends in all: after `Retry-After` when the
    answer has one, else after `backoff` seconds doubling each time, at most `max_delay`."""

    attempts: int = 4
    backoff: float = 0.5
    max_delay: float = 60.0

    def delay(self, response: httpx.Response, retry: int) -> float:
        asked = retry_after(response.headers.get("Retry-After"), time.time())
        wait = asked if asked is not None else self.backoff * 2**retry
        return min(max(wait, 0.0), self.max_delay)


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` of seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - now


class TokenHolder:
    """The bearer token the API key was exchanged for, exchanged again `margin` seconds before
    it expires (by the holder's clock, so a slow request never carries an expired token)."""

    def __init__(self, api_key: str, clock: Callable[[], float], margin: float) -> None:
        self.api_key = api_key
        self.clock = clock
        self.margin = margin
        self.token: str | None = None
        self.refresh_at = 0.0
        self.exchanges = 0

    def current(self) -> str | None:
        if self.token is None or self.clock() >= self.refresh_at:
            return None
        return self.token

    def exchange_request(self, base: httpx.URL) -> httpx.Request:
        return httpx.Request("POST", base.join(TOKEN_PATH), json={"jwtApiKey": self.api_key})

    def take(self, response: httpx.Response, sent_at: float) -> str:
        if response.status_code != 200:
            raise error_for(response)
        answer = response.json()
        self.token = str(answer["token"])
        self.refresh_at = sent_at + float(answer["expiresIn"]) - self.margin
        self.exchanges += 1
        return self.token

    def forget(self) -> None:
        self.token = None


def _prepared(request: httpx.Request, token: str) -> None:
    request.headers["Authorization"] = f"Bearer {token}"
    # One key for every send of this POST: a retry after a lost answer is not done twice.
    if request.method == "POST" and "Idempotency-Key" not in request.headers:
        request.headers["Idempotency-Key"] = str(uuid.uuid4())


def _is_exchange(request: httpx.Request) -> bool:
    return request.url.path.endswith(TOKEN_PATH)


class Transport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        tokens: TokenHolder,
        policy: RetryPolicy,
        sleep: Callable[[float], None],
    ) -> None:
        self.inner, self.tokens, self.policy, self.sleep = inner, tokens, policy, sleep

    def _token(self, base: httpx.URL) -> str:
        token = self.tokens.current()
        if token is not None:
            return token
        sent_at = self.tokens.clock()
        response = self.inner.handle_request(self.tokens.exchange_request(base))
        response.read()
        return self.tokens.take(response, sent_at)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if _is_exchange(request):
            return self.inner.handle_request(request)
        request.read()  # a body sent more than once must be in memory
        renewed = False
        for retry in range(self.policy.attempts):
            _prepared(request, self._token(request.url))
            response = self.inner.handle_request(request)
            if response.status_code == 401 and not renewed:
                response.close()  # revoked or expired early: one fresh exchange, then as is
                self.tokens.forget()
                renewed = True
                continue
            if response.status_code not in RETRIED_STATUSES or retry + 1 == self.policy.attempts:
                return response
            response.read()
            self.sleep(self.policy.delay(response, retry))
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        tokens: TokenHolder,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.inner, self.tokens, self.policy, self.sleep = inner, tokens, policy, sleep
        self._lock = asyncio.Lock()

    async def _token(self, base: httpx.URL) -> str:
        async with self._lock:  # one exchange for concurrent requests
            token = self.tokens.current()
            if token is not None:
                return token
            sent_at = self.tokens.clock()
            response = await self.inner.handle_async_request(self.tokens.exchange_request(base))
            await response.aread()
            return self.tokens.take(response, sent_at)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _is_exchange(request):
            return await self.inner.handle_async_request(request)
        await request.aread()
        renewed = False
        for retry in range(self.policy.attempts):
            _prepared(request, await self._token(request.url))
            response = await self.inner.handle_async_request(request)
            if response.status_code == 401 and not renewed:
                await response.aclose()
                self.tokens.forget()
                renewed = True
                continue
            if response.status_code not in RETRIED_STATUSES or retry + 1 == self.policy.attempts:
                return response
            await response.aread()
            await self.sleep(self.policy.delay(response, retry))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def raise_for_error(response: httpx.Response) -> None:
    """httpx response hook: an error answer raises its typed exception."""
    if response.status_code >= 400:
        response.read()
        raise error_for(response)


async def araise_for_error(response: httpx.Response) -> None:
    if response.status_code >= 400:
        await response.aread()
        raise error_for(response)
