"""Routes of work: the WIP read family (`/gql/v1/wip`, `/gql/v1/wips/search`,
`/gql/v1/wip/{id}`) with sums, the native REST workflow under `/api/v1`, and projects.

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from pydantic import BaseModel, create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.context import reading, request_id_of, transaction
from openwyn.kit import inputs
from openwyn.kit.envelope import plain, success
from openwyn.kit.paging import (
    DEFAULT_PAGE_SIZE,
    Paging,
    PagingFields,
    QueryPageIndex,
    QueryPageSize,
)
from openwyn.kit.schemas import (
    READ_ERRORS,
    SEARCH_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    PageInfo,
    envelope_of,
    error_responses,
)
from openwyn.web import service
from openwyn.web.endpoints import IfMatch, RowId, etag_headers, parse_if_match
from openwyn.web.idempotency import IDEMPOTENT, idempotent
from openwyn.work import service as work
from openwyn.work.inputs import (
    ApproveRequest,
    ExpenseCreate,
    TimeEntryCreate,
    WipCreate,
    WipUpdate,
    WriteOffRequest,
)
from openwyn.work.wips import SUMMED, WIPS

WipRead = WIPS.models.read
WipSums = create_model("WipSums", **{name: (inputs.MoneyOut, ...) for name in SUMMED})  # type: ignore[call-overload]
WipAggregate = create_model("WipAggregate", count=(int, ...), sum=(WipSums, ...))
WipTotal = create_model("WipTotal", aggregate=(WipAggregate, ...))
WipCollection = create_model(
    "WipCollection",
    wips=(list[WipRead], ...),  # type: ignore[valid-type]
    total=(WipTotal, ...),
    pageInfo=(PageInfo, ...),
)


class WipListRequest(PagingFields):
    """`POST /gql/v1/wip`'s simple filters (money-work.md §2); dates are inclusive, on
    `loggedDate`."""

    clientId: inputs.Id | None = None  # noqa: N815 - the documented names
    jobId: inputs.Id | None = None  # noqa: N815
    staffId: inputs.Id | None = None  # noqa: N815
    type: Literal["TIME", "EXPENSE", "FIXED_FEE", "PROGRESS"] | None = None
    startDate: inputs.IsoDate | None = None  # noqa: N815
    endDate: inputs.IsoDate | None = None  # noqa: N815
    approved: inputs.Bool | None = None

    def listing(self) -> service.Listing:
        dates: dict[str, str] = {}
        if self.startDate is not None:
            dates["_gte"] = self.startDate.isoformat()
        if self.endDate is not None:
            dates["_lte"] = self.endDate.isoformat()
        where = {"loggedDate": dates} if dates else None
        equal = ("clientId", "jobId", "staffId", "type", "approved")
        simple = {name: getattr(self, name) for name in equal if name in self.model_fields_set}
        return service.Listing(where, None, simple, self.paging())


WipSearch = WIPS.models.search
read_router = APIRouter(tags=[WIPS.title])


async def _answer(request: Request, tenant_id: int, listing: service.Listing) -> Response:
    async with reading(request) as session:
        page = await service.list_rows(session, WIPS, tenant_id, listing)
        sums = await service.sums(session, WIPS, tenant_id, listing, SUMMED)
    return plain(
        {
            "wips": page.items,
            "total": {"aggregate": {"count": page.total, "sum": sums}},
            "pageInfo": page.page_info(),
        }
    )


@read_router.post(
    "/wip",
    response_model=WipCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="List WIP entries",
    operation_id="list_wip",
)
async def list_wips(
    request: Request,
    principal: ApiUser,
    body: Annotated[WipListRequest, Body(default_factory=WipListRequest)],
) -> Response:
    """A page of WIP entries by the simple filters, with the sums over every entry they take."""
    return await _answer(request, principal.tenant_id, body.listing())


@read_router.post(
    "/wips/search",
    response_model=WipCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="Search WIP entries",
    operation_id="search_wips",
)
async def search_wips(
    request: Request,
    principal: ApiUser,
    body: Annotated[WipSearch, Body(default_factory=WipSearch)],  # type: ignore[valid-type]
) -> Response:
    """A page of WIP entries matching `where`, in `orderBy` order, with the sums over every
    entry that matches."""
    listing = service.Listing(body.where, body.orderBy, {}, body.paging())  # type: ignore[attr-defined]
    return await _answer(request, principal.tenant_id, listing)


@read_router.get(
    "/wip/{id:int}",
    response_model=WIPS.models.detail,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get one WIP entry",
    operation_id="get_wip",
)
async def get_wip(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    async with reading(request) as session:
        item = await service.get(session, WIPS, principal.tenant_id, id)
    return plain(item, headers=etag_headers(item))


rest_router = APIRouter(tags=[WIPS.title])
One = envelope_of("WipEnvelope", WipRead)
Many = envelope_of("WipListEnvelope", list[WipRead], ListMeta)  # type: ignore[valid-type]


async def _created(request: Request, tenant_id: int, values: dict[str, Any]) -> Response:
    async with transaction(request) as session:

        async def produce() -> Response:
            item = await work.create(session, tenant_id, values)
            headers = etag_headers(item) | {"Location": f"/api/v1/wips/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, tenant_id, produce)


def _sent(body: BaseModel) -> dict[str, Any]:
    return body.model_dump(exclude_unset=True)


@rest_router.post(
    "/time-entries",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Log time",
    operation_id="create_time_entry",
    openapi_extra=IDEMPOTENT,
)
async def create_time_entry(
    request: Request, principal: ApiUser, body: TimeEntryCreate
) -> Response:
    """A TIME WIP entry. The rate defaults to the job's rate for the staff member, else their
    billingRate; value = hours x rate, rounded half-even to the cent. Accepts `Idempotency-Key`."""
    values = _sent(body) | {"type": "TIME", "billable": body.billable}
    return await _created(request, principal.tenant_id, values)


@rest_router.post(
    "/expenses",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Record an expense",
    operation_id="create_expense",
    openapi_extra=IDEMPOTENT,
)
async def create_expense(request: Request, principal: ApiUser, body: ExpenseCreate) -> Response:
    """An EXPENSE WIP entry whose value is the amount. Accepts `Idempotency-Key`."""
    values = _sent(body) | {"type": "EXPENSE", "billable": body.billable}
    return await _created(request, principal.tenant_id, values)


@rest_router.post(
    "/wips",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create a WIP entry",
    operation_id="create_wip",
    openapi_extra=IDEMPOTENT,
)
async def create_wip(request: Request, principal: ApiUser, body: WipCreate) -> Response:  # type: ignore[valid-type]
    """Any type: TIME takes hours (and a rate), the others an amount. Accepts
    `Idempotency-Key`."""
    return await _created(request, principal.tenant_id, _sent(body))


@rest_router.get(
    "/wips",
    response_model=Many,
    responses=error_responses(*READ_ERRORS),
    summary="List WIP entries",
    operation_id="rest_list_wip",
)
async def rest_list_wips(
    request: Request,
    principal: ApiUser,
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
    jobId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    clientId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    staffId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
) -> Response:
    """A page of WIP entries in the default order (loggedDate desc)."""
    sent = {"jobId": jobId, "clientId": clientId, "staffId": staffId}
    simple = {name: value for name, value in sent.items() if value is not None}
    listing = service.Listing(None, None, simple, Paging(pageSize, page * pageSize, None))
    async with reading(request) as session:
        result = await service.list_rows(session, WIPS, principal.tenant_id, listing)
    pagination = {"page": page, "pageSize": pageSize, "total": result.total}
    return success(result.items, request_id_of(request), extra_meta={"pagination": pagination})


@rest_router.get(
    "/wips/{id:int}",
    response_model=One,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a WIP entry",
    operation_id="rest_get_wip",
)
async def rest_get_wip(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    async with reading(request) as session:
        item = await service.get(session, WIPS, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.patch(
    "/wips/{id:int}",
    response_model=One,
    responses=error_responses(404, 412, *WRITE_ERRORS),
    summary="Update an OPEN WIP entry",
    operation_id="update_wip",
)
async def update_wip(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: WipUpdate,  # type: ignore[valid-type]
    if_match: IfMatch = None,
) -> Response:
    """Change the fields sent; only while OPEN (409 `WIP_LOCKED` otherwise)."""
    expected = parse_if_match(if_match)
    async with transaction(request) as session:
        item = await work.edit(session, principal.tenant_id, id, _sent(body), expected)
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.delete(
    "/wips/{id:int}",
    status_code=204,
    responses=error_responses(404, 409, 412, *READ_ERRORS),
    summary="Delete an OPEN WIP entry",
    operation_id="delete_wip",
)
async def delete_wip(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    if_match: IfMatch = None,
) -> Response:
    """Delete for good; only while OPEN (409 `WIP_LOCKED` otherwise)."""
    async with transaction(request) as session:
        await work.remove(session, principal.tenant_id, id, parse_if_match(if_match))
    return Response(status_code=204)


@rest_router.post(
    "/wips/approve",
    response_model=Many,
    responses=error_responses(*WRITE_ERRORS),
    summary="Approve WIP entries",
    operation_id="approve_wips",
)
async def approve_wips(request: Request, principal: ApiUser, body: ApproveRequest) -> Response:
    """Approve up to 1000 entries, all or none: an unknown id is a 400 naming it, an entry
    that is not OPEN a 409 `WIP_LOCKED`."""
    async with transaction(request) as session:
        items = await work.approve(session, principal.tenant_id, body.ids)
    pagination = {"page": 0, "pageSize": len(items), "total": len(items)}
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@rest_router.post(
    "/wips/{id:int}/write-off",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Write off a WIP entry",
    operation_id="write_off_wip",
)
async def write_off_wip(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: WriteOffRequest,
) -> Response:
    """Write off the outstanding amount, or `amount` of it, with a reason; WRITTEN_OFF once
    nothing is outstanding."""
    async with transaction(request) as session:
        item = await work.write_off(session, principal.tenant_id, id, body.amount, body.reason)
    return success(item, request_id_of(request), headers=etag_headers(item))
