from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ar_transaction_list_envelope import ArTransactionListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.rest_list_ar_transactions_kind_type_0 import (
    RestListArTransactionsKindType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    invoice_id: int | None | Unset = UNSET,
    kind: None | RestListArTransactionsKindType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_client_id: int | None | Unset
    if isinstance(client_id, Unset):
        json_client_id = UNSET
    else:
        json_client_id = client_id
    params["clientId"] = json_client_id

    json_invoice_id: int | None | Unset
    if isinstance(invoice_id, Unset):
        json_invoice_id = UNSET
    else:
        json_invoice_id = invoice_id
    params["invoiceId"] = json_invoice_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, RestListArTransactionsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ar-transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArTransactionListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ArTransactionListEnvelope.from_dict(response.json())

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
) -> Response[ArTransactionListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    invoice_id: int | None | Unset = UNSET,
    kind: None | RestListArTransactionsKindType0 | Unset = UNSET,
) -> Response[ArTransactionListEnvelope | ErrorEnvelope]:
    """List AR ledger rows

     A page of the ledger's rows, newest first: append-only, each `amount` positive when it
    increases what the client owes.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        invoice_id (int | None | Unset):
        kind (None | RestListArTransactionsKindType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArTransactionListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        client_id=client_id,
        invoice_id=invoice_id,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    invoice_id: int | None | Unset = UNSET,
    kind: None | RestListArTransactionsKindType0 | Unset = UNSET,
) -> ArTransactionListEnvelope | ErrorEnvelope | None:
    """List AR ledger rows

     A page of the ledger's rows, newest first: append-only, each `amount` positive when it
    increases what the client owes.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        invoice_id (int | None | Unset):
        kind (None | RestListArTransactionsKindType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArTransactionListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        client_id=client_id,
        invoice_id=invoice_id,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    invoice_id: int | None | Unset = UNSET,
    kind: None | RestListArTransactionsKindType0 | Unset = UNSET,
) -> Response[ArTransactionListEnvelope | ErrorEnvelope]:
    """List AR ledger rows

     A page of the ledger's rows, newest first: append-only, each `amount` positive when it
    increases what the client owes.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        invoice_id (int | None | Unset):
        kind (None | RestListArTransactionsKindType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArTransactionListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        client_id=client_id,
        invoice_id=invoice_id,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    invoice_id: int | None | Unset = UNSET,
    kind: None | RestListArTransactionsKindType0 | Unset = UNSET,
) -> ArTransactionListEnvelope | ErrorEnvelope | None:
    """List AR ledger rows

     A page of the ledger's rows, newest first: append-only, each `amount` positive when it
    increases what the client owes.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        invoice_id (int | None | Unset):
        kind (None | RestListArTransactionsKindType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArTransactionListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            client_id=client_id,
            invoice_id=invoice_id,
            kind=kind,
        )
    ).parsed
