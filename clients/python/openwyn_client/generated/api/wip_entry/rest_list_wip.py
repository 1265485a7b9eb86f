from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.wip_list_envelope import WipListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    job_id: int | None | Unset = UNSET,
    client_id: int | None | Unset = UNSET,
    staff_id: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_job_id: int | None | Unset
    if isinstance(job_id, Unset):
        json_job_id = UNSET
    else:
        json_job_id = job_id
    params["jobId"] = json_job_id

    json_client_id: int | None | Unset
    if isinstance(client_id, Unset):
        json_client_id = UNSET
    else:
        json_client_id = client_id
    params["clientId"] = json_client_id

    json_staff_id: int | None | Unset
    if isinstance(staff_id, Unset):
        json_staff_id = UNSET
    else:
        json_staff_id = staff_id
    params["staffId"] = json_staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/wips",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WipListEnvelope | None:
    if response.status_code == 200:
        response_200 = WipListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WipListEnvelope]:
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
    job_id: int | None | Unset = UNSET,
    client_id: int | None | Unset = UNSET,
    staff_id: int | None | Unset = UNSET,
) -> Response[ErrorEnvelope | WipListEnvelope]:
    """List WIP entries

     A page of WIP entries in the default order (loggedDate desc).

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        job_id (int | None | Unset):
        client_id (int | None | Unset):
        staff_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WipListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        job_id=job_id,
        client_id=client_id,
        staff_id=staff_id,
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
    job_id: int | None | Unset = UNSET,
    client_id: int | None | Unset = UNSET,
    staff_id: int | None | Unset = UNSET,
) -> ErrorEnvelope | WipListEnvelope | None:
    """List WIP entries

     A page of WIP entries in the default order (loggedDate desc).

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        job_id (int | None | Unset):
        client_id (int | None | Unset):
        staff_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WipListEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        job_id=job_id,
        client_id=client_id,
        staff_id=staff_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    job_id: int | None | Unset = UNSET,
    client_id: int | None | Unset = UNSET,
    staff_id: int | None | Unset = UNSET,
) -> Response[ErrorEnvelope | WipListEnvelope]:
    """List WIP entries

     A page of WIP entries in the default order (loggedDate desc).

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        job_id (int | None | Unset):
        client_id (int | None | Unset):
        staff_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WipListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        job_id=job_id,
        client_id=client_id,
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 50,
    job_id: int | None | Unset = UNSET,
    client_id: int | None | Unset = UNSET,
    staff_id: int | None | Unset = UNSET,
) -> ErrorEnvelope | WipListEnvelope | None:
    """List WIP entries

     A page of WIP entries in the default order (loggedDate desc).

    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        job_id (int | None | Unset):
        client_id (int | None | Unset):
        staff_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WipListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            job_id=job_id,
            client_id=client_id,
            staff_id=staff_id,
        )
    ).parsed
