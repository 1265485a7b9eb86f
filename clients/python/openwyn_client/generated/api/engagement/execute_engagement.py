from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.engagement_envelope import EngagementEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.manual_execute import ManualExecute
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ManualExecute | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/engagements/{id}/execute".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EngagementEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EngagementEnvelope.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorEnvelope.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EngagementEnvelope | ErrorEnvelope]:
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
    body: ManualExecute | Unset = UNSET,
) -> Response[EngagementEnvelope | ErrorEnvelope]:
    """Execute an engagement without the client

     Manual execution (from DRAFT, SENT or SIGNED), optionally with the signed letter as an
    uploaded file; no email goes to the client. When the `engagements` settings say
    `executionRequiresSignedPdf`, `fileId` is required and must be an uploaded PDF (400 at
    `fileId` otherwise).

    Args:
        id (int): The object's id.
        body (ManualExecute | Unset): An uploaded signed letter, when the firm has one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EngagementEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ManualExecute | Unset = UNSET,
) -> EngagementEnvelope | ErrorEnvelope | None:
    """Execute an engagement without the client

     Manual execution (from DRAFT, SENT or SIGNED), optionally with the signed letter as an
    uploaded file; no email goes to the client. When the `engagements` settings say
    `executionRequiresSignedPdf`, `fileId` is required and must be an uploaded PDF (400 at
    `fileId` otherwise).

    Args:
        id (int): The object's id.
        body (ManualExecute | Unset): An uploaded signed letter, when the firm has one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EngagementEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ManualExecute | Unset = UNSET,
) -> Response[EngagementEnvelope | ErrorEnvelope]:
    """Execute an engagement without the client

     Manual execution (from DRAFT, SENT or SIGNED), optionally with the signed letter as an
    uploaded file; no email goes to the client. When the `engagements` settings say
    `executionRequiresSignedPdf`, `fileId` is required and must be an uploaded PDF (400 at
    `fileId` otherwise).

    Args:
        id (int): The object's id.
        body (ManualExecute | Unset): An uploaded signed letter, when the firm has one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EngagementEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ManualExecute | Unset = UNSET,
) -> EngagementEnvelope | ErrorEnvelope | None:
    """Execute an engagement without the client

     Manual execution (from DRAFT, SENT or SIGNED), optionally with the signed letter as an
    uploaded file; no email goes to the client. When the `engagements` settings say
    `executionRequiresSignedPdf`, `fileId` is required and must be an uploaded PDF (400 at
    `fileId` otherwise).

    Args:
        id (int): The object's id.
        body (ManualExecute | Unset): An uploaded signed letter, when the firm has one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EngagementEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
