from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.engagement_settings import EngagementSettings
from ...models.engagement_settings_saved_envelope import EngagementSettingsSavedEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: EngagementSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/settings/engagements",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EngagementSettingsSavedEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EngagementSettingsSavedEnvelope.from_dict(response.json())

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
) -> Response[EngagementSettingsSavedEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EngagementSettings,
) -> Response[EngagementSettingsSavedEnvelope | ErrorEnvelope]:
    """Replace the tenant's engagement settings

     Replace the `engagements` settings whole (omitted fields take their defaults): with
    `executionRequiresSignedPdf`, a manual execution needs `fileId`, an uploaded PDF.

    Args:
        body (EngagementSettings): `engagements` settings: with `executionRequiresSignedPdf`, an
            engagement executed
            without the client needs `fileId`, a PDF the firm uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EngagementSettingsSavedEnvelope | ErrorEnvelope]
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
    body: EngagementSettings,
) -> EngagementSettingsSavedEnvelope | ErrorEnvelope | None:
    """Replace the tenant's engagement settings

     Replace the `engagements` settings whole (omitted fields take their defaults): with
    `executionRequiresSignedPdf`, a manual execution needs `fileId`, an uploaded PDF.

    Args:
        body (EngagementSettings): `engagements` settings: with `executionRequiresSignedPdf`, an
            engagement executed
            without the client needs `fileId`, a PDF the firm uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EngagementSettingsSavedEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EngagementSettings,
) -> Response[EngagementSettingsSavedEnvelope | ErrorEnvelope]:
    """Replace the tenant's engagement settings

     Replace the `engagements` settings whole (omitted fields take their defaults): with
    `executionRequiresSignedPdf`, a manual execution needs `fileId`, an uploaded PDF.

    Args:
        body (EngagementSettings): `engagements` settings: with `executionRequiresSignedPdf`, an
            engagement executed
            without the client needs `fileId`, a PDF the firm uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EngagementSettingsSavedEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EngagementSettings,
) -> EngagementSettingsSavedEnvelope | ErrorEnvelope | None:
    """Replace the tenant's engagement settings

     Replace the `engagements` settings whole (omitted fields take their defaults): with
    `executionRequiresSignedPdf`, a manual execution needs `fileId`, an uploaded PDF.

    Args:
        body (EngagementSettings): `engagements` settings: with `executionRequiresSignedPdf`, an
            engagement executed
            without the client needs `fileId`, a PDF the firm uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EngagementSettingsSavedEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
