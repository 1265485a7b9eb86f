from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.payment_plan_envelope import PaymentPlanEnvelope
from ...models.plan_create import PlanCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payment-plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PaymentPlanEnvelope | None:
    if response.status_code == 201:
        response_201 = PaymentPlanEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PaymentPlanEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | PaymentPlanEnvelope]:
    """Set up a payment plan

     An ACTIVE plan; the worker charges each period from `startDate`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PlanCreate): A plan of a client: RECURRING charges `amount` each period (required
            there), AUTOPAY
            the client's posted open invoices (no `amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PaymentPlanEnvelope]
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
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | PaymentPlanEnvelope | None:
    """Set up a payment plan

     An ACTIVE plan; the worker charges each period from `startDate`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PlanCreate): A plan of a client: RECURRING charges `amount` each period (required
            there), AUTOPAY
            the client's posted open invoices (no `amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PaymentPlanEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | PaymentPlanEnvelope]:
    """Set up a payment plan

     An ACTIVE plan; the worker charges each period from `startDate`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PlanCreate): A plan of a client: RECURRING charges `amount` each period (required
            there), AUTOPAY
            the client's posted open invoices (no `amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PaymentPlanEnvelope]
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
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | PaymentPlanEnvelope | None:
    """Set up a payment plan

     An ACTIVE plan; the worker charges each period from `startDate`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PlanCreate): A plan of a client: RECURRING charges `amount` each period (required
            there), AUTOPAY
            the client's posted open invoices (no `amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PaymentPlanEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
