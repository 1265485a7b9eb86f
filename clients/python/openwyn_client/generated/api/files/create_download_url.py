from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_url_envelope import DownloadUrlEnvelope
from ...models.download_url_request import DownloadUrlRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: DownloadUrlRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/files/{id}/download-url".format(
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
) -> DownloadUrlEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DownloadUrlEnvelope.from_dict(response.json())

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
) -> Response[DownloadUrlEnvelope | ErrorEnvelope]:
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
    body: DownloadUrlRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DownloadUrlEnvelope | ErrorEnvelope]:
    """A signed URL that downloads the file without a token until it expires

     `{"expiresIn": seconds}` (1 to 604800, default 3600) → `{url, expiresAt}`. The URL
    starts with the configured `OPENWYN_PUBLIC_URL`; without one it is 409, except in
    development mode, where it starts with the address the request was sent to.

    Args:
        id (int): The file's id.
        idempotency_key (str | Unset):
        body (DownloadUrlRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrlEnvelope | ErrorEnvelope]
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
    body: DownloadUrlRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DownloadUrlEnvelope | ErrorEnvelope | None:
    """A signed URL that downloads the file without a token until it expires

     `{"expiresIn": seconds}` (1 to 604800, default 3600) → `{url, expiresAt}`. The URL
    starts with the configured `OPENWYN_PUBLIC_URL`; without one it is 409, except in
    development mode, where it starts with the address the request was sent to.

    Args:
        id (int): The file's id.
        idempotency_key (str | Unset):
        body (DownloadUrlRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrlEnvelope | ErrorEnvelope
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
    body: DownloadUrlRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DownloadUrlEnvelope | ErrorEnvelope]:
    """A signed URL that downloads the file without a token until it expires

     `{"expiresIn": seconds}` (1 to 604800, default 3600) → `{url, expiresAt}`. The URL
    starts with the configured `OPENWYN_PUBLIC_URL`; without one it is 409, except in
    development mode, where it starts with the address the request was sent to.

    Args:
        id (int): The file's id.
        idempotency_key (str | Unset):
        body (DownloadUrlRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrlEnvelope | ErrorEnvelope]
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
    body: DownloadUrlRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DownloadUrlEnvelope | ErrorEnvelope | None:
    """A signed URL that downloads the file without a token until it expires

     `{"expiresIn": seconds}` (1 to 604800, default 3600) → `{url, expiresAt}`. The URL
    starts with the configured `OPENWYN_PUBLIC_URL`; without one it is 409, except in
    development mode, where it starts with the address the request was sent to.

    Args:
        id (int): The file's id.
        idempotency_key (str | Unset):
        body (DownloadUrlRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrlEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
