from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.record_envelope import RecordEnvelope
from ...types import Response


def _get_kwargs(
    type_: str,
    system_ref: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/records/{type_}/{system_ref}".format(
            type_=quote(str(type_), safe=""),
            system_ref=quote(str(system_ref), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RecordEnvelope | None:
    if response.status_code == 200:
        response_200 = RecordEnvelope.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = ErrorEnvelope.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
) -> Response[ErrorEnvelope | RecordEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    system_ref: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | RecordEnvelope]:
    """Deactivate (or, for link rows and jobs, delete) a record

     `search` names the search route, which takes POST: another method there is 405 with an `Allow`
    header, not a read of a record whose systemRef is `search` (reach such a record through the search,
    or delete it in a batch).

    Args:
        type_ (str): A record type.
        system_ref (str): The source's id: the plain string, or an object systemRef's JSON (URL-
            encoded), e.g. `{"id":"4711","system":"karbon"}`; an object matches by its canonical JSON,
            whatever its key order or spacing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecordEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        system_ref=system_ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    system_ref: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | RecordEnvelope | None:
    """Deactivate (or, for link rows and jobs, delete) a record

     `search` names the search route, which takes POST: another method there is 405 with an `Allow`
    header, not a read of a record whose systemRef is `search` (reach such a record through the search,
    or delete it in a batch).

    Args:
        type_ (str): A record type.
        system_ref (str): The source's id: the plain string, or an object systemRef's JSON (URL-
            encoded), e.g. `{"id":"4711","system":"karbon"}`; an object matches by its canonical JSON,
            whatever its key order or spacing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecordEnvelope
    """

    return sync_detailed(
        type_=type_,
        system_ref=system_ref,
        client=client,
    ).parsed


async def asyncio_detailed(
    type_: str,
    system_ref: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | RecordEnvelope]:
    """Deactivate (or, for link rows and jobs, delete) a record

     `search` names the search route, which takes POST: another method there is 405 with an `Allow`
    header, not a read of a record whose systemRef is `search` (reach such a record through the search,
    or delete it in a batch).

    Args:
        type_ (str): A record type.
        system_ref (str): The source's id: the plain string, or an object systemRef's JSON (URL-
            encoded), e.g. `{"id":"4711","system":"karbon"}`; an object matches by its canonical JSON,
            whatever its key order or spacing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecordEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        system_ref=system_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    system_ref: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | RecordEnvelope | None:
    """Deactivate (or, for link rows and jobs, delete) a record

     `search` names the search route, which takes POST: another method there is 405 with an `Allow`
    header, not a read of a record whose systemRef is `search` (reach such a record through the search,
    or delete it in a batch).

    Args:
        type_ (str): A record type.
        system_ref (str): The source's id: the plain string, or an object systemRef's JSON (URL-
            encoded), e.g. `{"id":"4711","system":"karbon"}`; an object matches by its canonical JSON,
            whatever its key order or spacing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecordEnvelope
    """

    return (
        await asyncio_detailed(
            type_=type_,
            system_ref=system_ref,
            client=client,
        )
    ).parsed
