import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_statement_envelope import ClientStatementEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.get_client_statement_format import GetClientStatementFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    as_of: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    format_: GetClientStatementFormat | Unset = GetClientStatementFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["asOf"] = json_as_of

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clients/{id}/statement".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientStatementEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ClientStatementEnvelope.from_dict(response.json())

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
) -> Response[ClientStatementEnvelope | ErrorEnvelope]:
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
    as_of: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    format_: GetClientStatementFormat | Unset = GetClientStatementFormat.JSON,
) -> Response[ClientStatementEnvelope | ErrorEnvelope]:
    """Get a client's statement as of a date

     The client's statement as of `asOf` (by default today in the tenant's time zone),
    computed from the AR ledger as it stood at the end of that day: the balance forward at the
    start of the period (the 30 days ending `asOf`, or from `from`), the period's charges,
    payments and credits, the invoices then open with their aging, and the total due.
    `format=pdf` answers the same statement as a PDF.

    Args:
        id (int): The object's id.
        as_of (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset):
        format_ (GetClientStatementFormat | Unset):  Default: GetClientStatementFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientStatementEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        as_of=as_of,
        from_=from_,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    format_: GetClientStatementFormat | Unset = GetClientStatementFormat.JSON,
) -> ClientStatementEnvelope | ErrorEnvelope | None:
    """Get a client's statement as of a date

     The client's statement as of `asOf` (by default today in the tenant's time zone),
    computed from the AR ledger as it stood at the end of that day: the balance forward at the
    start of the period (the 30 days ending `asOf`, or from `from`), the period's charges,
    payments and credits, the invoices then open with their aging, and the total due.
    `format=pdf` answers the same statement as a PDF.

    Args:
        id (int): The object's id.
        as_of (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset):
        format_ (GetClientStatementFormat | Unset):  Default: GetClientStatementFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientStatementEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        as_of=as_of,
        from_=from_,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    format_: GetClientStatementFormat | Unset = GetClientStatementFormat.JSON,
) -> Response[ClientStatementEnvelope | ErrorEnvelope]:
    """Get a client's statement as of a date

     The client's statement as of `asOf` (by default today in the tenant's time zone),
    computed from the AR ledger as it stood at the end of that day: the balance forward at the
    start of the period (the 30 days ending `asOf`, or from `from`), the period's charges,
    payments and credits, the invoices then open with their aging, and the total due.
    `format=pdf` answers the same statement as a PDF.

    Args:
        id (int): The object's id.
        as_of (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset):
        format_ (GetClientStatementFormat | Unset):  Default: GetClientStatementFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientStatementEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        as_of=as_of,
        from_=from_,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    format_: GetClientStatementFormat | Unset = GetClientStatementFormat.JSON,
) -> ClientStatementEnvelope | ErrorEnvelope | None:
    """Get a client's statement as of a date

     The client's statement as of `asOf` (by default today in the tenant's time zone),
    computed from the AR ledger as it stood at the end of that day: the balance forward at the
    start of the period (the 30 days ending `asOf`, or from `from`), the period's charges,
    payments and credits, the invoices then open with their aging, and the total due.
    `format=pdf` answers the same statement as a PDF.

    Args:
        id (int): The object's id.
        as_of (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset):
        format_ (GetClientStatementFormat | Unset):  Default: GetClientStatementFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientStatementEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            as_of=as_of,
            from_=from_,
            format_=format_,
        )
    ).parsed
