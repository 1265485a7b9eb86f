from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.outbound_message_list_envelope import OutboundMessageListEnvelope
from ...models.outbound_message_status import OutboundMessageStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | OutboundMessageStatus | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: int | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, OutboundMessageStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_related_type: None | str | Unset
    if isinstance(related_type, Unset):
        json_related_type = UNSET
    else:
        json_related_type = related_type
    params["relatedType"] = json_related_type

    json_related_id: int | None | Unset
    if isinstance(related_id, Unset):
        json_related_id = UNSET
    else:
        json_related_id = related_id
    params["relatedId"] = json_related_id

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/outbound-messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OutboundMessageListEnvelope | None:
    if response.status_code == 200:
        response_200 = OutboundMessageListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | OutboundMessageListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OutboundMessageStatus | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: int | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> Response[ErrorEnvelope | OutboundMessageListEnvelope]:
    """List outbound messages, newest first

     The tenant's queued, sent, failed and captured email. Without `OPENWYN_SMTP_URL` the
    worker sends nothing and marks messages `CAPTURED`: this is where they can be read.

    Args:
        status (None | OutboundMessageStatus | Unset):
        related_type (None | str | Unset):
        related_id (int | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OutboundMessageListEnvelope]
    """

    kwargs = _get_kwargs(
        status=status,
        related_type=related_type,
        related_id=related_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: None | OutboundMessageStatus | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: int | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> ErrorEnvelope | OutboundMessageListEnvelope | None:
    """List outbound messages, newest first

     The tenant's queued, sent, failed and captured email. Without `OPENWYN_SMTP_URL` the
    worker sends nothing and marks messages `CAPTURED`: this is where they can be read.

    Args:
        status (None | OutboundMessageStatus | Unset):
        related_type (None | str | Unset):
        related_id (int | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OutboundMessageListEnvelope
    """

    return sync_detailed(
        client=client,
        status=status,
        related_type=related_type,
        related_id=related_id,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OutboundMessageStatus | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: int | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> Response[ErrorEnvelope | OutboundMessageListEnvelope]:
    """List outbound messages, newest first

     The tenant's queued, sent, failed and captured email. Without `OPENWYN_SMTP_URL` the
    worker sends nothing and marks messages `CAPTURED`: this is where they can be read.

    Args:
        status (None | OutboundMessageStatus | Unset):
        related_type (None | str | Unset):
        related_id (int | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OutboundMessageListEnvelope]
    """

    kwargs = _get_kwargs(
        status=status,
        related_type=related_type,
        related_id=related_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | OutboundMessageStatus | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: int | None | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
) -> ErrorEnvelope | OutboundMessageListEnvelope | None:
    """List outbound messages, newest first

     The tenant's queued, sent, failed and captured email. Without `OPENWYN_SMTP_URL` the
    worker sends nothing and marks messages `CAPTURED`: this is where they can be read.

    Args:
        status (None | OutboundMessageStatus | Unset):
        related_type (None | str | Unset):
        related_id (int | None | Unset):
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OutboundMessageListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            related_type=related_type,
            related_id=related_id,
            page=page,
            page_size=page_size,
        )
    ).parsed
