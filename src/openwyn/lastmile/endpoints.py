"""Routes of client requests (money-work.md §8): the REST workflow under
`/api/v1/client-requests`; the read family comes from the generic router.

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.context import public_base_url, reading, request_id_of, transaction
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.schemas import READ_ERRORS, WRITE_ERRORS, envelope_of, error_responses
from openwyn.kit.sqltypes import utcnow
from openwyn.lastmile import deliverables, requests
from openwyn.lastmile.deliverables_resource import DELIVERABLES
from openwyn.lastmile.inputs import ClientRequestCreate, DeliverableCreate, Review
from openwyn.lastmile.resource import CLIENT_REQUESTS
from openwyn.web.endpoints import RowId
from openwyn.web.idempotency import IDEMPOTENT, idempotent

FileRead = create_model(
    "ClientRequestFile", fileId=(int, ...), name=(str, ...), size=(int, ...), contactId=(int, ...)
)
ItemRead = create_model(
    "ClientRequestItem",
    id=(int, ...),
    title=(str, ...),
    description=(str | None, ...),
    status=(str, ...),
    comment=(str | None, ...),
    files=(list[FileRead], ...),
)
ContactRead = create_model(
    "ClientRequestContact", contactId=(int, ...), email=(str | None, ...), name=(str, ...)
)
_Read: Any = CLIENT_REQUESTS.models.read
ClientRequestRead = create_model(
    "ClientRequestDetail",
    __base__=_Read,
    contacts=(list[ContactRead], ...),
    items=(list[ItemRead], ...),
)
One = envelope_of("ClientRequestEnvelope", ClientRequestRead)
router = APIRouter(tags=[CLIENT_REQUESTS.title])


@router.post(
    "/client-requests",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create a client request",
    operation_id="create_client_request",
    openapi_extra=IDEMPOTENT,
)
async def create_client_request(
    request: Request, principal: ApiUser, body: ClientRequestCreate
) -> Response:
    """A DRAFT request for documents: needs an open job of the client and contacts of the
    client with an email (400 naming each thing missing). Accepts `Idempotency-Key`."""
    async with transaction(request) as session:

        async def produce() -> Response:
            made = await requests.create(session, principal.tenant_id, body)
            item = await requests.detail(session, principal.tenant_id, made["id"])
            headers = etag_of(item) | {"Location": f"/api/v1/client-requests/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@router.get(
    "/client-requests/{id:int}",
    response_model=One,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a client request",
    operation_id="rest_get_client_request",
)
async def get_client_request(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The request with its contacts and items, each item with its uploaded files; `status`
    reads OVERDUE while it is open past its due date."""
    async with reading(request) as session:
        item = await requests.detail(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


async def _answer(request: Request, tenant_id: int, request_id: int) -> Response:
    async with reading(request) as session:
        item = await requests.detail(session, tenant_id, request_id)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.post(
    "/client-requests/{id:int}/send",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Send a client request",
    operation_id="send_client_request",
)
async def send_client_request(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """Email each contact a personal portal link to upload the documents (DRAFT, or SENT
    again with new links, to SENT)."""
    async with transaction(request) as session:
        await requests.send(
            session, principal.tenant_id, id, base_url=public_base_url(request), now=utcnow()
        )
    return await _answer(request, principal.tenant_id, id)


@router.post(
    "/client-requests/{id:int}/cancel",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Cancel a client request",
    operation_id="cancel_client_request",
)
async def cancel_client_request(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """Cancel an open request: its links stop working."""
    async with transaction(request) as session:
        await requests.cancel(session, principal.tenant_id, id)
    return await _answer(request, principal.tenant_id, id)


@router.post(
    "/client-requests/{id:int}/items/{itemId:int}/review",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Review an uploaded item",
    operation_id="review_client_request_item",
)
async def review_client_request_item(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    itemId: RowId,  # noqa: N803 - the path's name
    body: Review,
) -> Response:
    """`ACCEPT`, or `REQUEST_CHANGES` with a comment (the contacts are emailed it); only an
    item that NEEDS_REVIEW (409 `INVALID_TRANSITION`). The last acceptance completes the
    request and sets its job's status to `onCompleteJobStatus`."""
    async with transaction(request) as session:
        await requests.review(session, principal.tenant_id, id, itemId, body, utcnow())
    return await _answer(request, principal.tenant_id, id)


DeliverableFileRead = create_model(
    "DeliverableFile", fileId=(int, ...), name=(str, ...), size=(int, ...)
)
DownloadRead = create_model(
    "DeliverableDownload",
    fileId=(int, ...),
    contactId=(int, ...),
    downloadedAt=(datetime, ...),
    ip=(str, ...),
)
_DeliverableRow: Any = DELIVERABLES.models.read
DeliverableRead = create_model(
    "DeliverableDetail",
    __base__=_DeliverableRow,
    released=(bool, ...),
    files=(list[DeliverableFileRead], ...),
    waitingOnInvoiceIds=(list[int], ...),
    downloads=(list[DownloadRead], ...),
)
OneDeliverable = envelope_of("DeliverableEnvelope", DeliverableRead)
deliverable_router = APIRouter(tags=[DELIVERABLES.title])


@deliverable_router.post(
    "/deliverables",
    status_code=201,
    response_model=OneDeliverable,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create a deliverable",
    operation_id="create_deliverable",
    openapi_extra=IDEMPOTENT,
)
async def create_deliverable(
    request: Request, principal: ApiUser, body: DeliverableCreate
) -> Response:
    """Files released to the client's contacts through the portal, each emailed a link:
    `IMMEDIATE`, or `ON_PAYMENT` once the client's invoices (of `jobId`) are paid. Accepts
    `Idempotency-Key`."""
    new = deliverables.NewDeliverable(
        body.clientId, body.jobId, list(body.fileIds), body.title, body.release
    )
    async with transaction(request) as session:

        async def produce() -> Response:
            made = await deliverables.create(
                session, principal.tenant_id, new, base_url=public_base_url(request), now=utcnow()
            )
            item = await deliverables.detail(session, principal.tenant_id, made["id"])
            headers = etag_of(item) | {"Location": f"/api/v1/deliverables/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@deliverable_router.get(
    "/deliverables/{id:int}",
    response_model=OneDeliverable,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a deliverable",
    operation_id="rest_get_deliverable",
)
async def get_deliverable(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The deliverable, whether it is released (and which invoices it waits on), its files
    and every download."""
    async with reading(request) as session:
        item = await deliverables.detail(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))
