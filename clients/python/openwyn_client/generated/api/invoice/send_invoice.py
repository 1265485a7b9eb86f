from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.invoice_envelope import InvoiceEnvelope
from ...models.invoice_send import InvoiceSend
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: InvoiceSend | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/invoices/{id}/send".format(
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
) -> ErrorEnvelope | InvoiceEnvelope | None:
    if response.status_code == 200:
        response_200 = InvoiceEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | InvoiceEnvelope]:
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
    body: InvoiceSend | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | InvoiceEnvelope]:
    """Email an invoice to the client

     Queue an email with the invoice's PDF attached and a pay link to `to`, or without it
    to the client's active contacts that `receivesInvoiceEmails` (400 at `to` when there is
    none), and set `sentAt`. Only a posted invoice (409 `INVOICE_NOT_POSTED` for a DRAFT,
    `INVOICE_CANCELLED`). Accepts `Idempotency-Key`.

    Args:
        id (int): The object's id.
        idempotency_key (str | Unset):
        body (InvoiceSend | Unset): `POST /api/v1/invoices/{id}/send`: the recipients (else the
            client's contacts that
            receive invoice emails) and a message for the email's body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | InvoiceEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: InvoiceSend | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | InvoiceEnvelope | None:
    """Email an invoice to the client

     Queue an email with the invoice's PDF attached and a pay link to `to`, or without it
    to the client's active contacts that `receivesInvoiceEmails` (400 at `to` when there is
    none), and set `sentAt`. Only a posted invoice (409 `INVOICE_NOT_POSTED` for a DRAFT,
    `INVOICE_CANCELLED`). Accepts `Idempotency-Key`.

    Args:
        id (int): The object's id.
        idempotency_key (str | Unset):
        body (InvoiceSend | Unset): `POST /api/v1/invoices/{id}/send`: the recipients (else the
            client's contacts that
            receive invoice emails) and a message for the email's body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | InvoiceEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: InvoiceSend | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | InvoiceEnvelope]:
    """Email an invoice to the client

     Queue an email with the invoice's PDF attached and a pay link to `to`, or without it
    to the client's active contacts that `receivesInvoiceEmails` (400 at `to` when there is
    none), and set `sentAt`. Only a posted invoice (409 `INVOICE_NOT_POSTED` for a DRAFT,
    `INVOICE_CANCELLED`). Accepts `Idempotency-Key`.

    Args:
        id (int): The object's id.
        idempotency_key (str | Unset):
        body (InvoiceSend | Unset): `POST /api/v1/invoices/{id}/send`: the recipients (else the
            client's contacts that
            receive invoice emails) and a message for the email's body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | InvoiceEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: InvoiceSend | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | InvoiceEnvelope | None:
    """Email an invoice to the client

     Queue an email with the invoice's PDF attached and a pay link to `to`, or without it
    to the client's active contacts that `receivesInvoiceEmails` (400 at `to` when there is
    none), and set `sentAt`. Only a posted invoice (409 `INVOICE_NOT_POSTED` for a DRAFT,
    `INVOICE_CANCELLED`). Accepts `Idempotency-Key`.

    Args:
        id (int): The object's id.
        idempotency_key (str | Unset):
        body (InvoiceSend | Unset): `POST /api/v1/invoices/{id}/send`: the recipients (else the
            client's contacts that
            receive invoice emails) and a message for the email's body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | InvoiceEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
