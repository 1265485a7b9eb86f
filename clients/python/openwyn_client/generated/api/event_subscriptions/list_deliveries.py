import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_delivery_list_envelope import WebhookDeliveryListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    status_code: int | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status_code: int | None | Unset
    if isinstance(status_code, Unset):
        json_status_code = UNSET
    else:
        json_status_code = status_code
    params["statusCode"] = json_status_code

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/event-subscriptions/{id}/deliveries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhookDeliveryListEnvelope | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryListEnvelope.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

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
) -> Response[ErrorEnvelope | WebhookDeliveryListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    status_code: int | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> Response[ErrorEnvelope | WebhookDeliveryListEnvelope]:
    """The subscription's delivery attempts, newest first

     One row per attempt: `PENDING` while in flight, then `SUCCEEDED`, `RETRYING` (another
    attempt is scheduled at `nextAttemptAt`) or `FAILED`. `from` and `to` bound `createdAt`.

    Args:
        id (int): The subscription's id.
        status_code (int | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookDeliveryListEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        status_code=status_code,
        from_=from_,
        to=to,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    status_code: int | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> ErrorEnvelope | WebhookDeliveryListEnvelope | None:
    """The subscription's delivery attempts, newest first

     One row per attempt: `PENDING` while in flight, then `SUCCEEDED`, `RETRYING` (another
    attempt is scheduled at `nextAttemptAt`) or `FAILED`. `from` and `to` bound `createdAt`.

    Args:
        id (int): The subscription's id.
        status_code (int | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookDeliveryListEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        status_code=status_code,
        from_=from_,
        to=to,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    status_code: int | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> Response[ErrorEnvelope | WebhookDeliveryListEnvelope]:
    """The subscription's delivery attempts, newest first

     One row per attempt: `PENDING` while in flight, then `SUCCEEDED`, `RETRYING` (another
    attempt is scheduled at `nextAttemptAt`) or `FAILED`. `from` and `to` bound `createdAt`.

    Args:
        id (int): The subscription's id.
        status_code (int | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookDeliveryListEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        status_code=status_code,
        from_=from_,
        to=to,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    status_code: int | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> ErrorEnvelope | WebhookDeliveryListEnvelope | None:
    """The subscription's delivery attempts, newest first

     One row per attempt: `PENDING` while in flight, then `SUCCEEDED`, `RETRYING` (another
    attempt is scheduled at `nextAttemptAt`) or `FAILED`. `from` and `to` bound `createdAt`.

    Args:
        id (int): The subscription's id.
        status_code (int | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookDeliveryListEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status_code=status_code,
            from_=from_,
            to=to,
            page=page,
            page_size=page_size,
        )
    ).parsed
