"""Routes of payments (money-work.md §5): the read family (`/gql/v1/payments`,
`/gql/v1/payments/search`, `/gql/v1/payment/{id}`, also under `/v1`) and the REST workflow
under `/api/v1/payments` (create, list, get, refund, dispute).

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from pydantic import create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.context import context_of, reading, request_id_of, transaction
from openwyn.db import Reads
from openwyn.kit import inputs
from openwyn.kit.envelope import plain, success
from openwyn.kit.paging import DEFAULT_PAGE_SIZE, Paging, QueryPageIndex, QueryPageSize
from openwyn.kit.schemas import (
    READ_ERRORS,
    SEARCH_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    PageInfo,
    envelope_of,
    error_responses,
)
from openwyn.payments import (
    read,
    records,  # noqa: F401 - registers the `payment` record type
    service,
)
from openwyn.payments.inputs import PaymentCreate, PaymentListRequest, PaymentRefund
from openwyn.payments.resource import METHODS, PAYMENTS
from openwyn.web import service as web_service
from openwyn.web.endpoints import RowId, etag_headers
from openwyn.web.idempotency import IDEMPOTENT, idempotent

_Row = PAYMENTS.models.read
AllocationRead = create_model(
    "PaymentAllocation",
    invoiceId=(int, ...),
    invoiceNumber=(str | None, ...),
    amount=(inputs.MoneyOut, ...),
)
PaymentRead = create_model(
    "PaymentRead",
    __base__=_Row,
    clientName=(str | None, ...),
    invoiceId=(int | None, ...),
    invoiceNumber=(str | None, ...),
    allocations=(list[AllocationRead], ...),
)
PaymentTotal = create_model(
    "PaymentTotal", aggregate=(create_model("PaymentAggregate", count=(int, ...)), ...)
)
PaymentCollection = create_model(
    "PaymentCollection",
    payments=(list[PaymentRead], ...),
    total=(PaymentTotal, ...),
    pageInfo=(PageInfo, ...),
)
PaymentSearch = PAYMENTS.models.search
One = envelope_of("PaymentEnvelope", PaymentRead)
Many = envelope_of("PaymentListEnvelope", list[PaymentRead], ListMeta)


async def _page(
    session: Reads, tenant_id: int, listing: web_service.Listing
) -> tuple[list[dict[str, Any]], web_service.Page]:
    page = await web_service.list_rows(session, PAYMENTS, tenant_id, listing)
    return await read.decorate(session, tenant_id, page.items), page


async def _answer(
    request: Request, tenant_id: int, where: Any, order_by: Any, paging: Paging
) -> Response:
    listing = web_service.Listing(where, order_by, {}, paging)
    async with reading(request) as session:
        items, page = await _page(session, tenant_id, listing)
    body = {
        "payments": items,
        "total": {"aggregate": {"count": page.total}},
        "pageInfo": page.page_info(),
    }
    return plain(body)


read_router = APIRouter(tags=[PAYMENTS.title])


@read_router.post(
    "/payments",
    response_model=PaymentCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="List payments",
    operation_id="list_payments",
)
async def list_payments(
    request: Request,
    principal: ApiUser,
    body: Annotated[PaymentListRequest, Body(default_factory=PaymentListRequest)],
) -> Response:
    """A page of payments by the simple filters: `clientId`, `paymentMethod`, `startDate` and
    `endDate` (inclusive, on `paymentDate`); newest first."""
    return await _answer(request, principal.tenant_id, body.where(), None, body.paging())


@read_router.post(
    "/payments/search",
    response_model=PaymentCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="Search payments",
    operation_id="search_payments",
)
async def search_payments(
    request: Request,
    principal: ApiUser,
    body: Annotated[PaymentSearch, Body(default_factory=PaymentSearch)],  # type: ignore[valid-type]
) -> Response:
    """A page of payments matching `where`, in `orderBy` order."""
    where, order_by = body.where, body.orderBy  # type: ignore[attr-defined]
    return await _answer(request, principal.tenant_id, where, order_by, body.paging())  # type: ignore[attr-defined]


@read_router.get(
    "/payment/{id:int}",
    response_model=PaymentRead,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get one payment",
    operation_id="get_payment",
)
async def get_payment(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The payment with its allocations and client's name."""
    async with reading(request) as session:
        item = await read.read_payment(session, principal.tenant_id, id)
    return plain(item, headers=etag_headers(item))


rest_router = APIRouter(tags=[PAYMENTS.title])


@rest_router.post(
    "/payments",
    status_code=201,
    response_model=One,
    responses=error_responses(402, *WRITE_ERRORS),
    summary="Record or take a payment",
    operation_id="create_payment",
    openapi_extra=IDEMPOTENT,
)
async def create_payment(request: Request, principal: ApiUser, body: PaymentCreate) -> Response:
    """Record a payment (CHECK, WIRE, BANK_TRANSFER: CONFIRMED at once, `paymentDate` up to a
    year back) or take it through the processor (cards, wallets, ACH: `processorToken`; a
    decline is 402 `PAYMENT_DECLINED` and writes nothing; ACH is PENDING until it settles).
    The client's unapplied credit settles the targeted invoices first (`applyCredit: false`
    opts out); then the payment settles the `allocations`, or the oldest invoices; the rest
    is unapplied credit. `passFeeToClient` adds the credit card fee as a surcharge. Accepts
    `Idempotency-Key`."""
    settings = context_of(request).settings
    wanted = service.PaymentRequest(
        client_id=body.clientId,
        amount=body.amount,
        method=body.paymentMethod,
        payment_date=body.paymentDate,
        allocations=None
        if body.allocations is None
        else [(item.invoiceId, item.amount) for item in body.allocations],
        token=body.processorToken,
        reference=body.reference,
        apply_credit=body.applyCredit,
        pass_fee=body.passFeeToClient,
    )
    async with transaction(request) as session:

        async def produce() -> Response:
            item = await service.create(session, principal.tenant_id, wanted, settings)
            headers = etag_headers(item) | {"Location": f"/api/v1/payments/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@rest_router.get(
    "/payments",
    response_model=Many,
    responses=error_responses(*READ_ERRORS),
    summary="List payments",
    operation_id="rest_list_payments",
)
async def rest_list_payments(
    request: Request,
    principal: ApiUser,
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
    clientId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    paymentMethod: Annotated[Literal[METHODS] | None, Query()] = None,  # type: ignore[valid-type]  # noqa: N803
    startDate: Annotated[inputs.IsoDate | None, Query()] = None,  # noqa: N803
    endDate: Annotated[inputs.IsoDate | None, Query()] = None,  # noqa: N803
) -> Response:
    """A page of payments, newest first, by the simple filters."""
    filters = PaymentListRequest(
        clientId=clientId,
        paymentMethod=paymentMethod,
        startDate=None if startDate is None else startDate.isoformat(),
        endDate=None if endDate is None else endDate.isoformat(),
    )
    listing = web_service.Listing(
        filters.where(), None, {}, Paging(pageSize, page * pageSize, None)
    )
    async with reading(request) as session:
        items, result = await _page(session, principal.tenant_id, listing)
    pagination = {"page": page, "pageSize": pageSize, "total": result.total}
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@rest_router.get(
    "/payments/{id:int}",
    response_model=One,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a payment",
    operation_id="rest_get_payment",
)
async def rest_get_payment(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    async with reading(request) as session:
        item = await read.read_payment(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.post(
    "/payments/{id:int}/refund",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Refund a payment",
    operation_id="refund_payment",
)
async def refund_payment(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: PaymentRefund,
) -> Response:
    """Refund a CONFIRMED payment in full (through its processor when it had one): a REFUND
    ledger row, its allocations undone (its invoices reopen), REFUNDED. 409
    `ALREADY_REFUNDED`, `REFUND_WINDOW_CLOSED` (more than 90 days after confirmation),
    `INVALID_TRANSITION` (PENDING or FAILED). The processing fee is not returned."""
    settings = context_of(request).settings
    async with transaction(request) as session:
        item = await service.refund(session, principal.tenant_id, id, body.reason, settings)
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.post(
    "/payments/{id:int}/dispute",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Rehearse a dispute of a sandbox payment",
    operation_id="dispute_payment",
)
async def dispute_payment(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """As if the sandbox processor reported a chargeback: DISPUTED, with a refund's ledger
    effect. Only sandbox payments (409 `INVALID_TRANSITION` otherwise)."""
    settings = context_of(request).settings
    async with transaction(request) as session:
        item = await service.dispute(session, principal.tenant_id, id, settings)
    return success(item, request_id_of(request), headers=etag_headers(item))
