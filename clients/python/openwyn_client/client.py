"""`Openwyn` and `AsyncOpenwyn`: an API key in, typed calls and iterators out.

    with Openwyn("http://127.0.0.1:8000", api_key) as ow:
        created = create_client.sync(client=ow.api, body=ClientCreate(name="Acme LLC"))
        for client in ow.paginate("/api/v1/clients"):
            ...

`ow.api` is the generated client (openwyn_client.generated) that every generated operation
takes; `ow.http` is the httpx client beneath it, for plain JSON calls. Both send through the same
transport: the token, Idempotency-Key, retries and typed errors apply to every call.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Self

import httpx

from openwyn_client import paging
from openwyn_client._transport import (
    AsyncTransport,
    RetryPolicy,
    TokenHolder,
    Transport,
    araise_for_error,
    raise_for_error,
)
from openwyn_client.generated.client import Client as GeneratedClient

Json = dict[str, Any]
# Exchange the key again this long before the token expires.
REFRESH_MARGIN_SECONDS = 60.0


class Openwyn:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        self.tokens = TokenHolder(api_key, clock, refresh_margin)
        inner = transport or httpx.HTTPTransport()
        self.http = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            transport=Transport(inner, self.tokens, retry or RetryPolicy(), sleep),
            event_hooks={"response": [raise_for_error]},
        )
        self.api = GeneratedClient(base_url=base_url, raise_on_unexpected_status=True)
        self.api.set_httpx_client(self.http)

    def request(self, method: str, path: str, **kwargs: Any) -> Json:
        """A JSON call: the answer's body, or the typed exception of its `error.code`."""
        answer: Json = self.http.request(method, path, **kwargs).json()
        return answer

    def paginate(self, path: str, *, page_size: int = 100, **params: Any) -> Iterator[Json]:
        """Every item of a REST list (`/api/v1/...`), page after page (`meta.pagination`)."""
        return paging.pages(self._get, path, page_size, params)

    def search(
        self, path: str, body: Json | None = None, *, page_size: int = 100
    ) -> Iterator[Json]:
        """Every row of a read family list or search (`/gql/v1/<plural>[/search]`), following
        the keyset cursor (`pageInfo.endCursor`), stable while rows are added."""
        return paging.cursor(self._post, path, dict(body or {}), page_size)

    def events(self, after: str | None = None, **params: Any) -> Iterator[Json]:
        """The change feed from `after` (the start by default) to its current end."""
        return paging.feed(self._get, after, params)

    def feed_end(self) -> str:
        """The change feed's cursor now: pass it as `after` to read only later events."""
        return paging.feed_end(self._get)

    def _get(self, path: str, params: Json) -> Json:
        return self.request("GET", path, params=params)

    def _post(self, path: str, body: Json) -> Json:
        return self.request("POST", path, json=body)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenwyn:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        self.tokens = TokenHolder(api_key, clock, refresh_margin)
        inner = transport or httpx.AsyncHTTPTransport()
        self.http = httpx.AsyncClient(
            base_url=base_url,
            timeout=timeout,
            transport=AsyncTransport(inner, self.tokens, retry or RetryPolicy()),
            event_hooks={"response": [araise_for_error]},
        )
        self.api = GeneratedClient(base_url=base_url, raise_on_unexpected_status=True)
        self.api.set_async_httpx_client(self.http)

    async def request(self, method: str, path: str, **kwargs: Any) -> Json:
        answer: Json = (await self.http.request(method, path, **kwargs)).json()
        return answer

    def paginate(self, path: str, *, page_size: int = 100, **params: Any) -> AsyncIterator[Json]:
        return paging.apages(self._get, path, page_size, params)

    def search(
        self, path: str, body: Json | None = None, *, page_size: int = 100
    ) -> AsyncIterator[Json]:
        return paging.acursor(self._post, path, dict(body or {}), page_size)

    def events(self, after: str | None = None, **params: Any) -> AsyncIterator[Json]:
        return paging.afeed(self._get, after, params)

    async def feed_end(self) -> str:
        return await paging.afeed_end(self._get)

    async def _get(self, path: str, params: Json) -> Json:
        return await self.request("GET", path, params=params)

    async def _post(self, path: str, body: Json) -> Json:
        return await self.request("POST", path, json=body)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.aclose()
