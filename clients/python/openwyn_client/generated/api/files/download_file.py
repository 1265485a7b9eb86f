from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    *,
    tenant: None | str | Unset = UNSET,
    expires: None | str | Unset = UNSET,
    signature: None | str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_tenant: None | str | Unset
    if isinstance(tenant, Unset):
        json_tenant = UNSET
    else:
        json_tenant = tenant
    params["tenant"] = json_tenant

    json_expires: None | str | Unset
    if isinstance(expires, Unset):
        json_expires = UNSET
    else:
        json_expires = expires
    params["expires"] = json_expires

    json_signature: None | str | Unset
    if isinstance(signature, Unset):
        json_signature = UNSET
    else:
        json_signature = signature
    params["signature"] = json_signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/files/{id}/content".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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

    if response.status_code == 416:
        response_416 = ErrorEnvelope.from_dict(response.json())

        return response_416

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
) -> Response[Any | ErrorEnvelope | File]:
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
    tenant: None | str | Unset = UNSET,
    expires: None | str | Unset = UNSET,
    signature: None | str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | File]:
    """Download a file's bytes (token or signed URL)

     Streams the bytes; honours `Range` (one range) and `If-None-Match`.

    Args:
        id (int): The file's id.
        tenant (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        expires (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        signature (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        id=id,
        tenant=tenant,
        expires=expires,
        signature=signature,
        range_=range_,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    tenant: None | str | Unset = UNSET,
    expires: None | str | Unset = UNSET,
    signature: None | str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | File | None:
    """Download a file's bytes (token or signed URL)

     Streams the bytes; honours `Range` (one range) and `If-None-Match`.

    Args:
        id (int): The file's id.
        tenant (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        expires (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        signature (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | File
    """

    return sync_detailed(
        id=id,
        client=client,
        tenant=tenant,
        expires=expires,
        signature=signature,
        range_=range_,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    tenant: None | str | Unset = UNSET,
    expires: None | str | Unset = UNSET,
    signature: None | str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | File]:
    """Download a file's bytes (token or signed URL)

     Streams the bytes; honours `Range` (one range) and `If-None-Match`.

    Args:
        id (int): The file's id.
        tenant (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        expires (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        signature (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        id=id,
        tenant=tenant,
        expires=expires,
        signature=signature,
        range_=range_,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    tenant: None | str | Unset = UNSET,
    expires: None | str | Unset = UNSET,
    signature: None | str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | File | None:
    """Download a file's bytes (token or signed URL)

     Streams the bytes; honours `Range` (one range) and `If-None-Match`.

    Args:
        id (int): The file's id.
        tenant (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        expires (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        signature (None | str | Unset): Set by `POST /api/v1/files/{id}/download-url`; with it, no
            token is needed.
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            tenant=tenant,
            expires=expires,
            signature=signature,
            range_=range_,
            if_none_match=if_none_match,
        )
    ).parsed
