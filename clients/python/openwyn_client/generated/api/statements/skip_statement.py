from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.statement_skipped_envelope import StatementSkippedEnvelope
from ...types import Response


def _get_kwargs(
    id: int,
    statement_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/statement-runs/{id}/statements/{statement_id}/skip".format(
            id=quote(str(id), safe=""),
            statement_id=quote(str(statement_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StatementSkippedEnvelope | None:
    if response.status_code == 200:
        response_200 = StatementSkippedEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StatementSkippedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    statement_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | StatementSkippedEnvelope]:
    """Skip one statement of a run waiting for review

     Leave the statement out when its run is sent (409 `INVALID_TRANSITION` unless it
    waits for review).

    Args:
        id (int): The object's id.
        statement_id (int): The statement's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StatementSkippedEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        statement_id=statement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    statement_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | StatementSkippedEnvelope | None:
    """Skip one statement of a run waiting for review

     Leave the statement out when its run is sent (409 `INVALID_TRANSITION` unless it
    waits for review).

    Args:
        id (int): The object's id.
        statement_id (int): The statement's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatementSkippedEnvelope
    """

    return sync_detailed(
        id=id,
        statement_id=statement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    statement_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | StatementSkippedEnvelope]:
    """Skip one statement of a run waiting for review

     Leave the statement out when its run is sent (409 `INVALID_TRANSITION` unless it
    waits for review).

    Args:
        id (int): The object's id.
        statement_id (int): The statement's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StatementSkippedEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        statement_id=statement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    statement_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | StatementSkippedEnvelope | None:
    """Skip one statement of a run waiting for review

     Leave the statement out when its run is sent (409 `INVALID_TRANSITION` unless it
    waits for review).

    Args:
        id (int): The object's id.
        statement_id (int): The statement's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatementSkippedEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            statement_id=statement_id,
            client=client,
        )
    ).parsed
