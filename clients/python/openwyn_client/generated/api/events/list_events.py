from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.event_feed_envelope import EventFeedEnvelope
from ...models.list_events_operation_type_0 import ListEventsOperationType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    entity_type: None | str | Unset = UNSET,
    operation: ListEventsOperationType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["pageSize"] = json_page_size

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_entity_type: None | str | Unset
    if isinstance(entity_type, Unset):
        json_entity_type = UNSET
    else:
        json_entity_type = entity_type
    params["entityType"] = json_entity_type

    json_operation: None | str | Unset
    if isinstance(operation, Unset):
        json_operation = UNSET
    elif isinstance(operation, ListEventsOperationType0):
        json_operation = operation.value
    else:
        json_operation = operation
    params["operation"] = json_operation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | EventFeedEnvelope | None:
    if response.status_code == 200:
        response_200 = EventFeedEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 410:
        response_410 = ErrorEnvelope.from_dict(response.json())

        return response_410

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorEnvelope.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | EventFeedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    entity_type: None | str | Unset = UNSET,
    operation: ListEventsOperationType0 | None | Unset = UNSET,
) -> Response[ErrorEnvelope | EventFeedEnvelope]:
    """The change feed: events after a cursor, in commit-safe order

     Follow `meta.pageInfo.endCursor` to read on; with no new events it stays where it was.
    Deletes appear as `DELETE` events: deactivating an object carries it after the change
    (`previous`: `{"active": true}`), a delete for good its last state. A cursor older than the
    retention is 410 `CURSOR_EXPIRED`. A query parameter the feed does not take, or an
    `entityType` that is not in the event catalog, is 400 rather than ignored.

    Args:
        after (None | str | Unset): endCursor of a page.
        page_size (int | None | Unset): Events per page (default 100), as every list names it.
        limit (int | None | Unset): The former name of `pageSize`; give one of them.
        entity_type (None | str | Unset):
        operation (ListEventsOperationType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventFeedEnvelope]
    """

    kwargs = _get_kwargs(
        after=after,
        page_size=page_size,
        limit=limit,
        entity_type=entity_type,
        operation=operation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    entity_type: None | str | Unset = UNSET,
    operation: ListEventsOperationType0 | None | Unset = UNSET,
) -> ErrorEnvelope | EventFeedEnvelope | None:
    """The change feed: events after a cursor, in commit-safe order

     Follow `meta.pageInfo.endCursor` to read on; with no new events it stays where it was.
    Deletes appear as `DELETE` events: deactivating an object carries it after the change
    (`previous`: `{"active": true}`), a delete for good its last state. A cursor older than the
    retention is 410 `CURSOR_EXPIRED`. A query parameter the feed does not take, or an
    `entityType` that is not in the event catalog, is 400 rather than ignored.

    Args:
        after (None | str | Unset): endCursor of a page.
        page_size (int | None | Unset): Events per page (default 100), as every list names it.
        limit (int | None | Unset): The former name of `pageSize`; give one of them.
        entity_type (None | str | Unset):
        operation (ListEventsOperationType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventFeedEnvelope
    """

    return sync_detailed(
        client=client,
        after=after,
        page_size=page_size,
        limit=limit,
        entity_type=entity_type,
        operation=operation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    entity_type: None | str | Unset = UNSET,
    operation: ListEventsOperationType0 | None | Unset = UNSET,
) -> Response[ErrorEnvelope | EventFeedEnvelope]:
    """The change feed: events after a cursor, in commit-safe order

     Follow `meta.pageInfo.endCursor` to read on; with no new events it stays where it was.
    Deletes appear as `DELETE` events: deactivating an object carries it after the change
    (`previous`: `{"active": true}`), a delete for good its last state. A cursor older than the
    retention is 410 `CURSOR_EXPIRED`. A query parameter the feed does not take, or an
    `entityType` that is not in the event catalog, is 400 rather than ignored.

    Args:
        after (None | str | Unset): endCursor of a page.
        page_size (int | None | Unset): Events per page (default 100), as every list names it.
        limit (int | None | Unset): The former name of `pageSize`; give one of them.
        entity_type (None | str | Unset):
        operation (ListEventsOperationType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventFeedEnvelope]
    """

    kwargs = _get_kwargs(
        after=after,
        page_size=page_size,
        limit=limit,
        entity_type=entity_type,
        operation=operation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    entity_type: None | str | Unset = UNSET,
    operation: ListEventsOperationType0 | None | Unset = UNSET,
) -> ErrorEnvelope | EventFeedEnvelope | None:
    """The change feed: events after a cursor, in commit-safe order

     Follow `meta.pageInfo.endCursor` to read on; with no new events it stays where it was.
    Deletes appear as `DELETE` events: deactivating an object carries it after the change
    (`previous`: `{"active": true}`), a delete for good its last state. A cursor older than the
    retention is 410 `CURSOR_EXPIRED`. A query parameter the feed does not take, or an
    `entityType` that is not in the event catalog, is 400 rather than ignored.

    Args:
        after (None | str | Unset): endCursor of a page.
        page_size (int | None | Unset): Events per page (default 100), as every list names it.
        limit (int | None | Unset): The former name of `pageSize`; give one of them.
        entity_type (None | str | Unset):
        operation (ListEventsOperationType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventFeedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            page_size=page_size,
            limit=limit,
            entity_type=entity_type,
            operation=operation,
        )
    ).parsed
