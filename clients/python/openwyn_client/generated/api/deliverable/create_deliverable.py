from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deliverable_create import DeliverableCreate
from ...models.deliverable_envelope import DeliverableEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeliverableCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/deliverables",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliverableEnvelope | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = DeliverableEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

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
) -> Response[DeliverableEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeliverableCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeliverableEnvelope | ErrorEnvelope]:
    """Create a deliverable

     Files released to the client's contacts through the portal, each emailed a link:
    `IMMEDIATE`, or `ON_PAYMENT` once the client's invoices (of `jobId`) are paid. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (DeliverableCreate): Files to release to the client's contacts: at once, or once its
            invoices (of `jobId`,
            when given) are paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliverableEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeliverableCreate,
    idempotency_key: str | Unset = UNSET,
) -> DeliverableEnvelope | ErrorEnvelope | None:
    """Create a deliverable

     Files released to the client's contacts through the portal, each emailed a link:
    `IMMEDIATE`, or `ON_PAYMENT` once the client's invoices (of `jobId`) are paid. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (DeliverableCreate): Files to release to the client's contacts: at once, or once its
            invoices (of `jobId`,
            when given) are paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliverableEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeliverableCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeliverableEnvelope | ErrorEnvelope]:
    """Create a deliverable

     Files released to the client's contacts through the portal, each emailed a link:
    `IMMEDIATE`, or `ON_PAYMENT` once the client's invoices (of `jobId`) are paid. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (DeliverableCreate): Files to release to the client's contacts: at once, or once its
            invoices (of `jobId`,
            when given) are paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliverableEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeliverableCreate,
    idempotency_key: str | Unset = UNSET,
) -> DeliverableEnvelope | ErrorEnvelope | None:
    """Create a deliverable

     Files released to the client's contacts through the portal, each emailed a link:
    `IMMEDIATE`, or `ON_PAYMENT` once the client's invoices (of `jobId`) are paid. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (DeliverableCreate): Files to release to the client's contacts: at once, or once its
            invoices (of `jobId`,
            when given) are paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliverableEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
