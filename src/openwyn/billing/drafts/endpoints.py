"""Routes of draft bills: the read families of drafts (`/gql/v1/draft_invoices`, `/search`,
`/gql/v1/draft_invoice/{id}`) and of their history (`/gql/v1/draft_invoice_histories`,
`/search`, collection `draftInvoices`), and the REST workflow under `/api/v1/draft-invoices`.

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from pydantic import BaseModel, create_model
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser, Principal
from openwyn.auth.roles import Role
from openwyn.billing.drafts import service as drafts
from openwyn.billing.drafts.inputs import (
    DraftApproveRequest,
    DraftChangesRequest,
    DraftCreate,
    DraftFinalizeRequest,
    DraftReviewRequest,
    DraftUpdate,
)
from openwyn.billing.drafts.resource import ACTIVITIES, DRAFTS, HISTORIES, STATUSES
from openwyn.billing.endpoints import LINE_FIELDS
from openwyn.context import reading, request_id_of, transaction
from openwyn.kit import inputs
from openwyn.kit.envelope import plain, success
from openwyn.kit.paging import (
    DEFAULT_PAGE_SIZE,
    Paging,
    PagingFields,
    QueryPageIndex,
    QueryPageSize,
    SearchRequest,
)
from openwyn.kit.schemas import (
    READ_ERRORS,
    SEARCH_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    collection_of,
    envelope_of,
    error_responses,
)
from openwyn.web import service
from openwyn.web.endpoints import IfMatch, RowId, etag_headers, parse_if_match
from openwyn.web.idempotency import IDEMPOTENT, idempotent

DraftRead = DRAFTS.models.read
LineRead = create_model(
    "DraftInvoiceLine",
    **LINE_FIELDS,
    standardAmount=(inputs.MoneyOut, ...),
    adjustment=(inputs.MoneyOut, ...),
)
HistoryRead = create_model(
    "DraftInvoiceHistoryEntry",
    id=(int, ...),
    draftInvoiceId=(int, ...),
    clientId=(int, ...),
    invoiceId=(int | None, ...),
    jobId=(int | None, ...),
    activityType=(str, ...),
    actorStaffId=(int | None, ...),
    comment=(str | None, ...),
    active=(bool, ...),
    createdAt=(str, ...),
)
DraftDetail = create_model(
    "DraftInvoiceDetail",
    __base__=DraftRead,
    lineItems=(list[LineRead], ...),
    reviewHistory=(list[HistoryRead], ...),
)
DraftCollection = collection_of("DraftInvoiceCollection", "draftInvoices", DraftRead)
HistoryClient = create_model(
    "DraftInvoiceHistoryClient",
    active=(bool, ...),
    clientRef=(str | None, ...),
    name=(str, ...),
    pmsRef=(str | None, ...),
)
HistoryDraft = create_model(
    "DraftInvoiceHistoryDraft",
    approvedAt=(str | None, ...),
    arTranId=(str | None, ...),
    approverStaffId=(int | None, ...),
    approvedByStaffId=(int | None, ...),
    invoiceId=(int | None, ...),
    isActive=(bool, ...),
    pms_invoice_number=(str | None, ...),
    status=(str, ...),
)
HistoryRow = create_model(
    "DraftInvoiceHistory",
    __base__=HistoryRead,
    client=(HistoryClient | None, ...),
    draftInvoice=(HistoryDraft | None, ...),
)
HistoryCollection = collection_of("DraftInvoiceHistoryCollection", "draftInvoices", HistoryRow)


class HistoryListRequest(PagingFields):
    """`POST /gql/v1/draft_invoice_histories`'s equality filters."""

    clientId: inputs.Id | None = None  # noqa: N815 - the documented names
    draftInvoiceId: inputs.Id | None = None  # noqa: N815
    invoiceId: inputs.Id | None = None  # noqa: N815
    jobId: inputs.Id | None = None  # noqa: N815
    activityType: Literal[ACTIVITIES] | None = None  # type: ignore[valid-type]  # noqa: N815
    active: inputs.Bool | None = None

    def listing(self) -> service.Listing:
        names = ("clientId", "draftInvoiceId", "invoiceId", "jobId", "activityType", "active")
        simple = {name: getattr(self, name) for name in names if name in self.model_fields_set}
        return service.Listing(None, None, simple, self.paging())


HistorySearch = HISTORIES.models.search
DraftFilters = DRAFTS.models.filters
DraftSearch = DRAFTS.models.search

read_router = APIRouter(tags=[DRAFTS.title])


async def _drafts(request: Request, tenant_id: int, listing: service.Listing) -> Response:
    async with reading(request) as session:
        page = await service.list_rows(session, DRAFTS, tenant_id, listing)
    return plain(
        {
            "draftInvoices": page.items,
            "total": {"aggregate": {"count": page.total}},
            "pageInfo": page.page_info(),
        }
    )


@read_router.post(
    "/draft_invoices",
    response_model=DraftCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="List draft invoices",
    operation_id="list_draft_invoices",
)
async def list_drafts(
    request: Request,
    principal: ApiUser,
    body: Annotated[DraftFilters, Body(default_factory=DraftFilters)],  # type: ignore[valid-type]
) -> Response:
    """A page of draft bills, filtered by equality on any filterable field (collection
    `draftInvoices`)."""
    filters: PagingFields = body
    listing = service.Listing(None, None, filters.simple_filters(), filters.paging())
    return await _drafts(request, principal.tenant_id, listing)


@read_router.post(
    "/draft_invoices/search",
    response_model=DraftCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="Search draft invoices",
    operation_id="search_draft_invoices",
)
async def search_drafts(
    request: Request,
    principal: ApiUser,
    body: Annotated[DraftSearch, Body(default_factory=DraftSearch)],  # type: ignore[valid-type]
) -> Response:
    """A page of draft bills matching `where`, in `orderBy` order."""
    search: SearchRequest = body
    listing = service.Listing(search.where, search.orderBy, {}, search.paging())
    return await _drafts(request, principal.tenant_id, listing)


@read_router.get(
    "/draft_invoice/{id:int}",
    response_model=DraftDetail,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get one draft invoice",
    operation_id="get_draft_invoice",
)
async def get_draft(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The draft with its `lineItems` and `reviewHistory`, or 404."""
    async with reading(request) as session:
        item = await drafts.detail(session, principal.tenant_id, id)
    return plain(item, headers=etag_headers(item))


async def _histories(request: Request, tenant_id: int, listing: service.Listing) -> Response:
    async with reading(request) as session:
        rows, page = await drafts.history_page(session, tenant_id, listing)
    return plain(
        {
            "draftInvoices": rows,
            "total": {"aggregate": {"count": page.total}},
            "pageInfo": page.page_info(),
        }
    )


@read_router.post(
    "/draft_invoice_histories",
    response_model=HistoryCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="List draft invoice histories",
    operation_id="list_draft_invoice_histories",
)
async def list_histories(
    request: Request,
    principal: ApiUser,
    body: Annotated[HistoryListRequest, Body(default_factory=HistoryListRequest)],
) -> Response:
    """A page of draft bill history rows (collection `draftInvoices`, as Aiwyn answers), each
    with its client and its draft as it is now; newest first."""
    return await _histories(request, principal.tenant_id, body.listing())


@read_router.post(
    "/draft_invoice_histories/search",
    response_model=HistoryCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="Search draft invoice histories",
    operation_id="search_draft_invoice_histories",
)
async def search_histories(
    request: Request,
    principal: ApiUser,
    body: Annotated[HistorySearch, Body(default_factory=HistorySearch)],  # type: ignore[valid-type]
) -> Response:
    """History rows matching `where` (relations `client`, `draftInvoice`, `actor`), in
    `orderBy` order."""
    search: SearchRequest = body
    listing = service.Listing(search.where, search.orderBy, {}, search.paging())
    return await _histories(request, principal.tenant_id, listing)


rest_router = APIRouter(prefix="/draft-invoices", tags=[DRAFTS.title])
One = envelope_of("DraftInvoiceEnvelope", DraftDetail)
Many = envelope_of("DraftInvoiceListEnvelope", list[DraftRead], ListMeta)  # type: ignore[valid-type]


def _actor(principal: Principal) -> drafts.Actor:
    return drafts.Actor(principal.staff_id, principal.has(Role.API_ADMIN))


def _sent(body: BaseModel) -> dict[str, Any]:
    return body.model_dump(exclude_unset=True)


@rest_router.post(
    "",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create a draft invoice",
    operation_id="create_draft_invoice",
    openapi_extra=IDEMPOTENT,
)
async def create_draft(request: Request, principal: ApiUser, body: DraftCreate) -> Response:
    """A draft bill over the client's approved, billable, OPEN WIP (limited by `jobIds` and
    `throughDate`), or exactly `wipIds`, plus `progress` lines. A WIP already on a draft is 409
    `WIP_ON_ANOTHER_DRAFT`; nothing to bill is 400. Accepts `Idempotency-Key`."""
    tenant_id = principal.tenant_id
    async with transaction(request) as session:

        async def produce() -> Response:
            item = await drafts.create(session, tenant_id, _actor(principal), _sent(body))
            headers = etag_headers(item) | {"Location": f"/api/v1/draft-invoices/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, tenant_id, produce)


@rest_router.get(
    "",
    response_model=Many,
    responses=error_responses(*READ_ERRORS),
    summary="List draft invoices",
    operation_id="rest_list_draft_invoices",
)
async def rest_list_drafts(
    request: Request,
    principal: ApiUser,
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
    clientId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    status: Annotated[str | None, Query(pattern="^(" + "|".join(STATUSES) + ")$")] = None,
) -> Response:
    """A page of draft bills in the default order (updatedAt desc)."""
    sent = {"clientId": clientId, "status": status}
    simple = {name: value for name, value in sent.items() if value is not None}
    listing = service.Listing(None, None, simple, Paging(pageSize, page * pageSize, None))
    async with reading(request) as session:
        result = await service.list_rows(session, DRAFTS, principal.tenant_id, listing)
    pagination = {"page": page, "pageSize": pageSize, "total": result.total}
    return success(result.items, request_id_of(request), extra_meta={"pagination": pagination})


@rest_router.get(
    "/{id:int}",
    response_model=One,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a draft invoice",
    operation_id="rest_get_draft_invoice",
)
async def rest_get_draft(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The draft with its `lineItems` and `reviewHistory`."""
    async with reading(request) as session:
        item = await drafts.detail(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.patch(
    "/{id:int}",
    response_model=One,
    responses=error_responses(404, 412, *WRITE_ERRORS),
    summary="Adjust a draft invoice",
    operation_id="update_draft_invoice",
)
async def update_draft(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: DraftUpdate,
    if_match: IfMatch = None,
) -> Response:
    """Line edits (`lineItems: [{id, amount?, taxRate?, description?}]`) or a new `subtotal`
    spread over the lines in proportion to their standard amounts, exactly to the cent; role
    changes and notes. Only while IN_PROGRESS (409 `INVALID_TRANSITION` otherwise)."""
    expected = parse_if_match(if_match)
    async with transaction(request) as session:
        item = await drafts.edit(session, principal.tenant_id, id, _sent(body), expected)
    return success(item, request_id_of(request), headers=etag_headers(item))


Action = Callable[[AsyncSession, int, drafts.Actor], Awaitable[dict[str, Any]]]


async def _act(request: Request, principal: Principal, action: Action) -> Response:
    async with transaction(request) as session:
        item = await action(session, principal.tenant_id, _actor(principal))
    return success(item, request_id_of(request), headers=etag_headers(item))


_ACTION_ERRORS = error_responses(404, *WRITE_ERRORS)


@rest_router.post(
    "/{id:int}/submit",
    response_model=One,
    responses=_ACTION_ERRORS,
    summary="Submit a draft invoice for review",
    operation_id="submit_draft_invoice",
)
async def submit_draft(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """IN_PROGRESS to UNDER_REVIEW (PENDING_APPROVAL without a reviewer); the biller only
    (409 `NOT_ASSIGNED_BILLER`)."""
    return await _act(request, principal, lambda s, t, a: drafts.submit(s, t, id, a))


@rest_router.post(
    "/{id:int}/review",
    response_model=One,
    responses=_ACTION_ERRORS,
    summary="Review a draft invoice",
    operation_id="review_draft_invoice",
)
async def review_draft(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: DraftReviewRequest,
) -> Response:
    """UNDER_REVIEW to PENDING_APPROVAL (`APPROVE`) or IN_PROGRESS (`REQUEST_CHANGES`); the
    reviewer only (409 `NOT_ASSIGNED_REVIEWER`)."""
    return await _act(
        request,
        principal,
        lambda s, t, a: drafts.review(s, t, id, a, body.decision, body.comment),
    )


@rest_router.post(
    "/{id:int}/approve",
    response_model=One,
    responses=_ACTION_ERRORS,
    summary="Approve a draft invoice",
    operation_id="approve_draft_invoice",
)
async def approve_draft(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: Annotated[DraftApproveRequest, Body(default_factory=DraftApproveRequest)],
) -> Response:
    """PENDING_APPROVAL to APPROVED; the approver only (409 `NOT_ASSIGNED_APPROVER`)."""
    return await _act(request, principal, lambda s, t, a: drafts.approve(s, t, id, a, body.comment))


@rest_router.post(
    "/{id:int}/request-changes",
    response_model=One,
    responses=_ACTION_ERRORS,
    summary="Send a draft invoice back to its biller",
    operation_id="request_draft_invoice_changes",
)
async def request_changes(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: DraftChangesRequest,
) -> Response:
    """PENDING_APPROVAL back to IN_PROGRESS; the approver only (409 `NOT_ASSIGNED_APPROVER`)."""
    return await _act(
        request, principal, lambda s, t, a: drafts.request_changes(s, t, id, a, body.comment)
    )


@rest_router.post(
    "/{id:int}/abandon",
    response_model=One,
    responses=_ACTION_ERRORS,
    summary="Abandon a draft invoice",
    operation_id="abandon_draft_invoice",
)
async def abandon_draft(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """Any live status to ABANDONED, releasing its WIP (OPEN again); the biller or an
    API_ADMIN key (409 `NOT_ASSIGNED_BILLER`)."""
    return await _act(request, principal, lambda s, t, a: drafts.abandon(s, t, id, a))


@rest_router.post(
    "/{id:int}/finalize",
    response_model=One,
    responses=_ACTION_ERRORS,
    summary="Finalize a draft invoice into an invoice",
    operation_id="finalize_draft_invoice",
)
async def finalize_draft(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: Annotated[DraftFinalizeRequest, Body(default_factory=DraftFinalizeRequest)],
) -> Response:
    """APPROVED to FINALIZED, posting its invoice (numbered, with its ledger row) in the same
    transaction; the sender only (409 `NOT_ASSIGNED_SENDER`)."""
    return await _act(
        request,
        principal,
        lambda s, t, a: drafts.finalize(s, t, id, a, body.issueDate, body.dueDate),
    )
