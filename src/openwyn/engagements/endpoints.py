"""Routes of engagements (money-work.md §7): the read family (`POST /gql/v1/engagements` and
`/search`, whose rows are snake_case [doc], and `GET /gql/v1/engagement/{id}`, camelCase
[doc]) and the REST workflow under `/api/v1/engagements`.

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiAdmin, ApiUser
from openwyn.context import context_of, public_base_url, reading, request_id_of, transaction
from openwyn.engagements import read, service, signing
from openwyn.engagements.inputs import (
    EngagementBatch,
    EngagementCreate,
    EngagementRenew,
    ManualExecute,
    RenewBatch,
)
from openwyn.engagements.resource import ENGAGEMENTS, as_row
from openwyn.engagements.settings import EngagementSettings, read_settings, save_settings
from openwyn.kit import inputs
from openwyn.kit.envelope import plain, success
from openwyn.kit.etags import etag_of
from openwyn.kit.paging import PagingFields
from openwyn.kit.schemas import (
    READ_ERRORS,
    SEARCH_ERRORS,
    WRITE_ERRORS,
    PageInfo,
    Total,
    envelope_of,
    error_responses,
)
from openwyn.kit.sqltypes import utcnow
from openwyn.web import service as generic
from openwyn.web.endpoints import RowId
from openwyn.web.idempotency import IDEMPOTENT, idempotent

EngagementRow = create_model(
    "EngagementRow",
    id=(int, ...),
    name=(str, ...),
    start_dt=(date, ...),
    end_dt=(date | None, ...),
    status=(str, ...),
    client_id=(int, ...),
    partner_staff_id=(int | None, ...),
    manager_staff_id=(int | None, ...),
    engagement_name_template=(str | None, ...),
    created_at=(datetime, ...),
)
EngagementCollection = create_model(
    "EngagementCollection",
    engagements=(list[EngagementRow], ...),
    total=(Total, ...),
    pageInfo=(PageInfo, ...),
)
ProjectRead = create_model(
    "EngagementProject",
    id=(int, ...),
    name=(str, ...),
    status=(str | None, ...),
    budget=(inputs.MoneyOut | None, ...),
)
TeamMemberRead = create_model(
    "EngagementTeamMember",
    staffId=(int, ...),
    name=(str | None, ...),
    role=(str, ...),
    allocation=(inputs.DecimalOut | None, ...),
)
ServiceRead = create_model(
    "EngagementService",
    id=(int, ...),
    jobId=(int | None, ...),
    serviceLineId=(int | None, ...),
    description=(str, ...),
    price=(inputs.MoneyOut, ...),
    billingSchedule=(str, ...),
    prepaymentAmount=(inputs.MoneyOut, ...),
)
SignerRead = create_model(
    "EngagementSigner",
    id=(int, ...),
    contactId=(int, ...),
    name=(str | None, ...),
    email=(str | None, ...),
    role=(str, ...),
    status=(str, ...),
    signedName=(str | None, ...),
    signedAt=(datetime | None, ...),
)
_Read: Any = ENGAGEMENTS.models.read
EngagementDetail = create_model(
    "EngagementDetail",
    __base__=_Read,
    clientName=(str, ...),
    clientEmail=(str | None, ...),
    clientPhone=(str | None, ...),
    clientIds=(list[int], ...),
    projects=(list[ProjectRead], ...),
    teamMembers=(list[TeamMemberRead], ...),
    services=(list[ServiceRead], ...),
    signers=(list[SignerRead], ...),
)
One = envelope_of("EngagementEnvelope", EngagementDetail)
BatchResult = create_model(
    "EngagementBatchResult",
    index=(int, ...),
    status=(str, ...),
    engagement=(_Read | None, None),
    error=(dict[str, Any] | None, None),
)
BatchAnswer = envelope_of(
    "EngagementBatchEnvelope",
    create_model("EngagementBatchResults", results=(list[BatchResult], ...)),
)
EngagementFilters = ENGAGEMENTS.models.filters
EngagementSearch = ENGAGEMENTS.models.search


async def _rows(request: Request, tenant_id: int, listing: generic.Listing) -> Response:
    async with reading(request) as session:
        page = await generic.list_rows(session, ENGAGEMENTS, tenant_id, listing)
    return plain(
        {
            "engagements": [as_row(item) for item in page.items],
            "total": {"aggregate": {"count": page.total}},
            "pageInfo": page.page_info(),
        }
    )


read_router = APIRouter(tags=[ENGAGEMENTS.title])


@read_router.post(
    "/engagements",
    response_model=EngagementCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="List engagements",
    operation_id="list_engagements",
)
async def list_engagements(
    request: Request,
    principal: ApiUser,
    body: Annotated[EngagementFilters, Body(default_factory=EngagementFilters)],  # type: ignore[valid-type]
) -> Response:
    """A page of engagements, filtered by equality on any filterable field (camelCase); the
    rows are snake_case as Aiwyn documents them."""
    filters: PagingFields = body
    listing = generic.Listing(None, None, filters.simple_filters(), filters.paging())
    return await _rows(request, principal.tenant_id, listing)


@read_router.post(
    "/engagements/search",
    response_model=EngagementCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="Search engagements",
    operation_id="search_engagements",
)
async def search_engagements(
    request: Request,
    principal: ApiUser,
    body: Annotated[EngagementSearch, Body(default_factory=EngagementSearch)],  # type: ignore[valid-type]
) -> Response:
    """A page of engagements matching `where` (camelCase names: `partnerStaffId`,
    `engagementNameTemplate`, `createdAt`), in `orderBy` order; snake_case rows."""
    listing = generic.Listing(body.where, body.orderBy, {}, body.paging())  # type: ignore[attr-defined]
    return await _rows(request, principal.tenant_id, listing)


@read_router.get(
    "/engagement/{id:int}",
    response_model=EngagementDetail,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get one engagement",
    operation_id="get_engagement",
)
async def get_engagement(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The engagement with its client, projects, team, services and signers."""
    async with reading(request) as session:
        item = await read.detail(session, principal.tenant_id, id)
    return plain(item, headers=etag_of(item))


rest_router = APIRouter(tags=[ENGAGEMENTS.title])


@rest_router.post(
    "/engagements",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create an engagement",
    operation_id="create_engagement",
    openapi_extra=IDEMPOTENT,
)
async def create_engagement(
    request: Request, principal: ApiUser, body: EngagementCreate
) -> Response:
    """A DRAFT engagement named by its template's `engagementNameTemplate`. Every bad
    reference is named in one 400 (a prepayment without a job at `services[i].jobId`).
    Accepts `Idempotency-Key`."""
    async with transaction(request) as session:

        async def produce() -> Response:
            created = await service.create(session, principal.tenant_id, body)
            item = await read.detail(session, principal.tenant_id, created["id"])
            headers = etag_of(item) | {"Location": f"/api/v1/engagements/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@rest_router.post(
    "/engagements/batch",
    response_model=BatchAnswer,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create up to 100 engagements",
    operation_id="create_engagements",
)
async def create_engagements(
    request: Request, principal: ApiUser, body: EngagementBatch
) -> Response:
    """Each engagement is created or fails alone: one result per item, in order."""
    async with transaction(request) as session:
        results = await service.create_many(session, principal.tenant_id, body.engagements)
    return success({"results": results}, request_id_of(request))


@rest_router.post(
    "/engagements/renew-batch",
    response_model=BatchAnswer,
    responses=error_responses(*WRITE_ERRORS),
    summary="Renew up to 100 engagements",
    operation_id="renew_engagements",
)
async def renew_engagements(request: Request, principal: ApiUser, body: RenewBatch) -> Response:
    """Each renewal succeeds or fails alone (`NOT_EXECUTED`, `ALREADY_RENEWED`, 404)."""
    async with transaction(request) as session:
        results = await service.renew_many(session, principal.tenant_id, body.renewals)
    return success({"results": results}, request_id_of(request))


@rest_router.get(
    "/engagements/{id:int}",
    response_model=One,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get an engagement",
    operation_id="rest_get_engagement",
)
async def rest_get_engagement(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    async with reading(request) as session:
        item = await read.detail(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


async def _acted(request: Request, tenant_id: int, engagement_id: int, action: str) -> Response:
    async with transaction(request) as session:
        await service.act(session, tenant_id, engagement_id, action)
        item = await read.detail(session, tenant_id, engagement_id)
    return success(item, request_id_of(request), headers=etag_of(item))


def _action_route(action: str, summary: str, doc: str) -> None:
    async def act(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        return await _acted(request, principal.tenant_id, id, action)

    act.__doc__ = doc
    rest_router.post(
        f"/engagements/{{id:int}}/{action}",
        response_model=One,
        responses=error_responses(404, *WRITE_ERRORS),
        summary=summary,
        operation_id=f"{action}_engagement",
    )(act)


_action_route("cancel", "Cancel an engagement", "From DRAFT, SENT, SIGNED or ON_HOLD.")
_action_route("hold", "Put an engagement on hold", "From EXECUTED or ACTIVE.")
_action_route(
    "resume", "Resume an engagement", "From ON_HOLD: ACTIVE once its start date has come."
)
_action_route("complete", "Complete an engagement", "From EXECUTED, ACTIVE or ON_HOLD.")


@rest_router.post(
    "/engagements/{id:int}/execute",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Execute an engagement without the client",
    operation_id="execute_engagement",
)
async def execute_engagement(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: Annotated[ManualExecute, Body(default_factory=ManualExecute)],
) -> Response:
    """Manual execution (from DRAFT, SENT or SIGNED), optionally with the signed letter as an
    uploaded file; no email goes to the client. When the `engagements` settings say
    `executionRequiresSignedPdf`, `fileId` is required and must be an uploaded PDF (400 at
    `fileId` otherwise)."""
    storage = context_of(request).files
    async with transaction(request) as session:
        await service.execute(session, storage, principal.tenant_id, id, body.fileId)
        item = await read.detail(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@rest_router.post(
    "/engagements/{id:int}/send",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Send an engagement letter to its signers",
    operation_id="send_engagement",
)
async def send_engagement(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """Render the letter from the template (kept as text and as a PDF file, with its
    SHA-256) and email each signer a personal signing link; DRAFT (or SENT, again with new
    links) to SENT. 400 at `signers[i].contactId` for a signer without an email address."""
    ctx = context_of(request)
    async with transaction(request) as session:
        await signing.send(
            session,
            ctx.files,
            principal.tenant_id,
            id,
            base_url=public_base_url(request),
            now=utcnow(),
        )
        item = await read.detail(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@rest_router.post(
    "/engagements/{id:int}/renew",
    status_code=201,
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Renew an engagement",
    operation_id="renew_engagement",
)
async def renew_engagement(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: EngagementRenew,
) -> Response:
    """A DRAFT copy for the new term, linked by `renewedFromId` (409 `NOT_EXECUTED` before
    execution, `ALREADY_RENEWED` the second time)."""
    async with transaction(request) as session:
        renewed = await service.renew(session, principal.tenant_id, id, body)
        item = await read.detail(session, principal.tenant_id, renewed["id"])
    headers = etag_of(item) | {"Location": f"/api/v1/engagements/{item['id']}"}
    return success(item, request_id_of(request), status_code=201, headers=headers)


@rest_router.get(
    "/settings/engagements",
    response_model=envelope_of("EngagementSettingsEnvelope", EngagementSettings),
    responses=error_responses(*READ_ERRORS),
    summary="Get the tenant's engagement settings",
    operation_id="get_engagement_settings",
)
async def get_engagement_settings(request: Request, principal: ApiAdmin) -> Response:
    """The `engagements` settings (the defaults, under which execution needs no file, until
    set)."""
    async with reading(request) as session:
        item = (await read_settings(session, principal.tenant_id)).model_dump()
    return success(item, request_id_of(request), headers=etag_of(item))


@rest_router.put(
    "/settings/engagements",
    response_model=envelope_of("EngagementSettingsSavedEnvelope", EngagementSettings),
    responses=error_responses(*WRITE_ERRORS),
    summary="Replace the tenant's engagement settings",
    operation_id="put_engagement_settings",
)
async def put_engagement_settings(
    request: Request, principal: ApiAdmin, body: EngagementSettings
) -> Response:
    """Replace the `engagements` settings whole (omitted fields take their defaults): with
    `executionRequiresSignedPdf`, a manual execution needs `fileId`, an uploaded PDF."""
    async with transaction(request) as session:
        item = (await save_settings(session, principal.tenant_id, body)).model_dump()
    return success(item, request_id_of(request), headers=etag_of(item))
