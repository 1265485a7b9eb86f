"""Iterators over Openwyn's three kinds of paging, each fetching a page only when needed.

- REST lists (`GET /api/v1/<plural>`): `page` and `pageSize`, `meta.pagination.total`.
- The read family (`POST /gql/v1/<plural>[/search]`): a keyset `cursor`, `pageInfo.endCursor`.
- The change feed (`GET /api/v1/events`): `after`, `meta.pageInfo.endCursor`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

Json = dict[str, Any]
Get = Callable[[str, Json], Json]
Post = Callable[[str, Json], Json]
AsyncGet = Callable[[str, Json], Awaitable[Json]]
AsyncPost = Callable[[str, Json], Awaitable[Json]]
FEED_PATH = "/api/v1/events"


def _rest_done(answer: Json, page: int, size: int) -> bool:
    return not answer["data"] or (page + 1) * size >= answer["meta"]["pagination"]["total"]


def _rows(answer: Json) -> list[Json]:
    """A read family answer's rows: the one list beside `total` and `pageInfo`."""
    (rows,) = [value for key, value in answer.items() if key not in ("total", "pageInfo")]
    return list(rows)


def _cursor_body(body: Json, size: int, cursor: str | None) -> Json:
    paged = {key: value for key, value in body.items() if key not in ("page", "cursor")}
    paged["pageSize"] = size
    return paged if cursor is None else paged | {"cursor": cursor}


def pages(get: Get, path: str, size: int, params: Json) -> Iterator[Json]:
    page = 0
    while True:
        answer = get(path, params | {"page": page, "pageSize": size})
        yield from answer["data"]
        if _rest_done(answer, page, size):
            return
        page += 1


def cursor(post: Post, path: str, body: Json, size: int) -> Iterator[Json]:
    after: str | None = None
    while True:
        answer = post(path, _cursor_body(body, size, after))
        yield from _rows(answer)
        info = answer["pageInfo"]
        if not info["hasNextPage"]:
            return
        after = info["endCursor"]


def feed(get: Get, after: str | None, params: Json) -> Iterator[Json]:
    while True:
        answer = get(FEED_PATH, params if after is None else params | {"after": after})
        yield from answer["data"]
        info = answer["meta"]["pageInfo"]
        after = info["endCursor"]
        if not info["hasNextPage"]:
            return


def feed_end(get: Get) -> str:
    """The cursor after the last event so far: `events(after=...)` then reads only newer ones."""
    after: str | None = None
    while True:
        answer = get(
            FEED_PATH, {"limit": 1000} if after is None else {"limit": 1000, "after": after}
        )
        info = answer["meta"]["pageInfo"]
        after = str(info["endCursor"])
        if not info["hasNextPage"]:
            return after


async def afeed_end(get: AsyncGet) -> str:
    after: str | None = None
    while True:
        params: Json = {"limit": 1000} if after is None else {"limit": 1000, "after": after}
        info = (await get(FEED_PATH, params))["meta"]["pageInfo"]
        after = str(info["endCursor"])
        if not info["hasNextPage"]:
            return after


async def apages(get: AsyncGet, path: str, size: int, params: Json) -> AsyncIterator[Json]:
    page = 0
    while True:
        answer = await get(path, params | {"page": page, "pageSize": size})
        for item in answer["data"]:
            yield item
        if _rest_done(answer, page, size):
            return
        page += 1


async def acursor(post: AsyncPost, path: str, body: Json, size: int) -> AsyncIterator[Json]:
    after: str | None = None
    while True:
        answer = await post(path, _cursor_body(body, size, after))
        for row in _rows(answer):
            yield row
        info = answer["pageInfo"]
        if not info["hasNextPage"]:
            return
        after = info["endCursor"]


async def afeed(get: AsyncGet, after: str | None, params: Json) -> AsyncIterator[Json]:
    while True:
        answer = await get(FEED_PATH, params if after is None else params | {"after": after})
        for event in answer["data"]:
            yield event
        info = answer["meta"]["pageInfo"]
        after = info["endCursor"]
        if not info["hasNextPage"]:
            return
