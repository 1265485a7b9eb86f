import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.payment_list_envelope import PaymentListEnvelope
from ...models.rest_list_payments_payment_method_type_0 import (
    RestListPaymentsPaymentMethodType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    payment_method: None | RestListPaymentsPaymentMethodType0 | Unset = UNSET,
    start_date: datetime.date | None | Unset = UNSET,
    end_date: datetime.date | None | Unset = UNSET,
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

    json_payment_method: None | str | Unset
    if isinstance(payment_method, Unset):
        json_payment_method = UNSET
    elif isinstance(payment_method, RestListPaymentsPaymentMethodType0):
        json_payment_method = payment_method.value
    else:
        json_payment_method = payment_method
    params["paymentMethod"] = json_payment_method

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.date):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["startDate"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.date):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PaymentListEnvelope | None:
    if response.status_code == 200:
        response_200 = PaymentListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PaymentListEnvelope]:
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
    payment_method: None | RestListPaymentsPaymentMethodType0 | Unset = UNSET,
    start_date: datetime.date | None | Unset = UNSET,
    end_date: datetime.date | None | Unset = UNSET,
) -> Response[ErrorEnvelope | PaymentListEnvelope]:
    """List payments

     A page of payments, newest first, by the simple filters.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        payment_method (None | RestListPaymentsPaymentMethodType0 | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PaymentListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        client_id=client_id,
        payment_method=payment_method,
        start_date=start_date,
        end_date=end_date,
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
    payment_method: None | RestListPaymentsPaymentMethodType0 | Unset = UNSET,
    start_date: datetime.date | None | Unset = UNSET,
    end_date: datetime.date | None | Unset = UNSET,
) -> ErrorEnvelope | PaymentListEnvelope | None:
    """List payments

     A page of payments, newest first, by the simple filters.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        payment_method (None | RestListPaymentsPaymentMethodType0 | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PaymentListEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        client_id=client_id,
        payment_method=payment_method,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    payment_method: None | RestListPaymentsPaymentMethodType0 | Unset = UNSET,
    start_date: datetime.date | None | Unset = UNSET,
    end_date: datetime.date | None | Unset = UNSET,
) -> Response[ErrorEnvelope | PaymentListEnvelope]:
    """List payments

     A page of payments, newest first, by the simple filters.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        payment_method (None | RestListPaymentsPaymentMethodType0 | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PaymentListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        client_id=client_id,
        payment_method=payment_method,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    client_id: int | None | Unset = UNSET,
    payment_method: None | RestListPaymentsPaymentMethodType0 | Unset = UNSET,
    start_date: datetime.date | None | Unset = UNSET,
    end_date: datetime.date | None | Unset = UNSET,
) -> ErrorEnvelope | PaymentListEnvelope | None:
    """List payments

     A page of payments, newest first, by the simple filters.

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        client_id (int | None | Unset):
        payment_method (None | RestListPaymentsPaymentMethodType0 | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PaymentListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            client_id=client_id,
            payment_method=payment_method,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
