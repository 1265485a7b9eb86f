from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.statement_settings import StatementSettings
from ...models.statement_settings_saved_envelope import StatementSettingsSavedEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StatementSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/settings/statements",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StatementSettingsSavedEnvelope | None:
    if response.status_code == 200:
        response_200 = StatementSettingsSavedEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StatementSettingsSavedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StatementSettings,
) -> Response[ErrorEnvelope | StatementSettingsSavedEnvelope]:
    """Replace the tenant's statement settings

     Replace the `statements` settings whole (omitted fields take their defaults); 400 for
    a repeated trigger day, a bad `sendAt` (HH:MM) or an excluded client the tenant lacks.

    Args:
        body (StatementSettings): `statements` settings: runs on weekdays from `sendAt` (the
            tenant's local time) when
            `enabled`, one statement per client whose oldest open invoice crossed one of
            `triggerDays` (days past due) since the last run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StatementSettingsSavedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StatementSettings,
) -> ErrorEnvelope | StatementSettingsSavedEnvelope | None:
    """Replace the tenant's statement settings

     Replace the `statements` settings whole (omitted fields take their defaults); 400 for
    a repeated trigger day, a bad `sendAt` (HH:MM) or an excluded client the tenant lacks.

    Args:
        body (StatementSettings): `statements` settings: runs on weekdays from `sendAt` (the
            tenant's local time) when
            `enabled`, one statement per client whose oldest open invoice crossed one of
            `triggerDays` (days past due) since the last run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatementSettingsSavedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StatementSettings,
) -> Response[ErrorEnvelope | StatementSettingsSavedEnvelope]:
    """Replace the tenant's statement settings

     Replace the `statements` settings whole (omitted fields take their defaults); 400 for
    a repeated trigger day, a bad `sendAt` (HH:MM) or an excluded client the tenant lacks.

    Args:
        body (StatementSettings): `statements` settings: runs on weekdays from `sendAt` (the
            tenant's local time) when
            `enabled`, one statement per client whose oldest open invoice crossed one of
            `triggerDays` (days past due) since the last run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StatementSettingsSavedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StatementSettings,
) -> ErrorEnvelope | StatementSettingsSavedEnvelope | None:
    """Replace the tenant's statement settings

     Replace the `statements` settings whole (omitted fields take their defaults); 400 for
    a repeated trigger day, a bad `sendAt` (HH:MM) or an excluded client the tenant lacks.

    Args:
        body (StatementSettings): `statements` settings: runs on weekdays from `sendAt` (the
            tenant's local time) when
            `enabled`, one statement per client whose oldest open invoice crossed one of
            `triggerDays` (days past due) since the last run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatementSettingsSavedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
