"""Routes of billing: invoices (the read family `/gql/v1/invoices`, `/gql/v1/invoices/search`,
`/gql/v1/invoice/{id}` and the REST workflow under `/api/v1/invoices`) and the AR ledger
(`GET /api/v1/ar-transactions`; its read family comes from the generic router).

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from pydantic import create_model
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from openwyn.auth.principal import ApiUser
from openwyn.billing import (
    invoice_mail,
    invoice_records,  # noqa: F401 - registers the `invoice` record type
    invoice_service,
    statuses,
)
from openwyn.billing import repository as repo
from openwyn.billing.invoice_inputs import (
    InvoiceCreate,
    InvoiceListRequest,
    InvoiceSend,
    InvoiceUpdate,
)
from openwyn.billing.invoice_read import today_in
from openwyn.billing.invoices import AR_TRANSACTIONS, INVOICE_STATUSES, INVOICES, KINDS
from openwyn.context import context_of, public_base_url, reading, request_id_of, transaction
from openwyn.db import Reads
from openwyn.files import downloads
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
from openwyn.web import service
from openwyn.web.endpoints import IfMatch, RowId, etag_headers, parse_if_match
from openwyn.web.endpoints import read_router as generic_read_router
from openwyn.web.idempotency import IDEMPOTENT, idempotent

_Row = INVOICES.models.read
PaymentStatus: Any = Literal["UNPAID", "PARTIALLY_PAID", "PAID"]
# The fields of a bill's line, on invoices and (with its standard amount) on draft bills.
LINE_FIELDS: dict[str, Any] = {
    "id": (int, ...),
    "description": (str, ...),
    "quantity": (inputs.MoneyOut, ...),
    "unitPrice": (inputs.MoneyOut, ...),
    "amount": (inputs.MoneyOut, ...),
    "taxRate": (inputs.MoneyOut, ...),
    "taxAmount": (inputs.MoneyOut, ...),
    "notes": (str | None, ...),
    "jobId": (int | None, ...),
    "wipIds": (list[int], ...),
}
LineItemRead = create_model("InvoiceLineItem", **LINE_FIELDS)
PaymentRead = create_model(
    "InvoicePayment",
    id=(int, ...),
    amount=(inputs.MoneyOut, ...),
    paymentDate=(date, ...),
    paymentMethod=(str, ...),
    status=(str, ...),
)
InvoiceRead = create_model(
    "InvoiceRead",
    __base__=_Row,
    paymentStatus=(PaymentStatus, ...),
    clientName=(str | None, ...),
    clientEmail=(str | None, ...),
    projectName=(str | None, ...),
    lineItems=(list[LineItemRead], ...),
    payments=(list[PaymentRead], ...),
)
InvoiceRow = create_model(
    "InvoiceRow",
    __base__=_Row,
    paymentStatus=(PaymentStatus, ...),
)
InvoiceTotal = create_model(
    "InvoiceTotal", aggregate=(create_model("InvoiceAggregate", count=(int, ...)), ...)
)
InvoiceCollection = create_model(
    "InvoiceCollection",
    invoices=(list[InvoiceRow], ...),
    total=(InvoiceTotal, ...),
    pageInfo=(PageInfo, ...),
)
InvoiceSearch = INVOICES.models.search
One = envelope_of("InvoiceEnvelope", InvoiceRead)
Many = envelope_of("InvoiceListEnvelope", list[InvoiceRow], ListMeta)
ArRead = AR_TRANSACTIONS.models.read
ArMany = envelope_of("ArTransactionListEnvelope", list[ArRead], ListMeta)  # type: ignore[valid-type]


def _as_read(item: dict[str, Any], today: date) -> dict[str, Any]:
    """A listed row with its status as it reads today and its payment status."""
    due = item.get("dueDate")
    due = date.fromisoformat(due) if isinstance(due, str) else due
    outstanding = item["outstandingAmount"]
    status = item["status"]
    if status == "POSTED" and due is not None and due < today and outstanding > 0:
        status = "OVERDUE"
    paid = item["status"] in ("POSTED", "PAID", "PENDING") and outstanding == 0
    partly = item["paidAmount"] > 0
    payment = "PAID" if paid else "PARTIALLY_PAID" if partly else "UNPAID"
    return item | {"status": status, "paymentStatus": payment}


async def _page(
    session: Reads, tenant_id: int, where: Any, order_by: Any, paging: Paging
) -> tuple[service.Page, date]:
    settings = await repo.settings(session, tenant_id)
    today = today_in(settings.timezone)
    listing = service.Listing(statuses.rewrite(where, today), order_by, {}, paging)
    page = await service.list_rows(session, INVOICES, tenant_id, listing)
    return page, today


async def _answer(
    request: Request, tenant_id: int, where: Any, order_by: Any, paging: Paging
) -> Response:
    async with reading(request) as session:
        page, today = await _page(session, tenant_id, where, order_by, paging)
    items = [_as_read(item, today) for item in page.items]
    return plain(
        {
            "invoices": items,
            "total": {"aggregate": {"count": page.total}},
            "pageInfo": page.page_info(),
        }
    )


read_router = APIRouter(tags=[INVOICES.title])


@read_router.post(
    "/invoices",
    response_model=InvoiceCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="List invoices",
    operation_id="list_invoices",
)
async def list_invoices(
    request: Request,
    principal: ApiUser,
    body: Annotated[InvoiceListRequest, Body(default_factory=InvoiceListRequest)],
) -> Response:
    """A page of invoices by the simple filters: `clientId`, `status` (as it reads: POSTED
    leaves out OVERDUE), `startDate` and `endDate` (inclusive, on `issueDate`)."""
    return await _answer(request, principal.tenant_id, body.where(), None, body.paging())


@read_router.post(
    "/invoices/search",
    response_model=InvoiceCollection,
    responses=error_responses(*SEARCH_ERRORS),
    summary="Search invoices",
    operation_id="search_invoices",
)
async def search_invoices(
    request: Request,
    principal: ApiUser,
    body: Annotated[InvoiceSearch, Body(default_factory=InvoiceSearch)],  # type: ignore[valid-type]
) -> Response:
    """A page of invoices matching `where`, in `orderBy` order; `status` compares what it
    reads."""
    where, order_by = body.where, body.orderBy  # type: ignore[attr-defined]
    return await _answer(request, principal.tenant_id, where, order_by, body.paging())  # type: ignore[attr-defined]


@read_router.get(
    "/invoice/{id:int}",
    response_model=InvoiceRead,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get one invoice",
    operation_id="get_invoice",
)
async def get_invoice(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The invoice with its lines, payments, client and project names."""
    async with reading(request) as session:
        item = await invoice_service.get_invoice(session, principal.tenant_id, id)  # type: ignore[arg-type]
    return plain(item, headers=etag_headers(item))


rest_router = APIRouter(tags=[INVOICES.title])


@rest_router.post(
    "/invoices",
    status_code=201,
    response_model=One,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create a manual invoice",
    operation_id="create_invoice",
    openapi_extra=IDEMPOTENT,
)
async def create_invoice(request: Request, principal: ApiUser, body: InvoiceCreate) -> Response:
    """A DRAFT invoice with lines (amount = quantity x unitPrice, tax = amount x taxRate, each
    half-even to the cent), posted later with `POST .../post`. Accepts `Idempotency-Key`."""
    lines = [invoice_service.line_from_input(item.model_dump()) for item in body.lineItems]
    async with transaction(request) as session:

        async def produce() -> Response:
            item = await invoice_service.create_draft(
                session,
                principal.tenant_id,
                client_id=body.clientId,
                project_id=body.projectId,
                issue_date=body.issueDate,
                due_date=body.dueDate,
                lines=lines,
                notes=body.notes,
                reference=body.reference,
            )
            headers = etag_headers(item) | {"Location": f"/api/v1/invoices/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@rest_router.get(
    "/invoices",
    response_model=Many,
    responses=error_responses(*READ_ERRORS),
    summary="List invoices",
    operation_id="rest_list_invoices",
)
async def rest_list_invoices(
    request: Request,
    principal: ApiUser,
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
    clientId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    status: Annotated[Literal[INVOICE_STATUSES] | None, Query()] = None,  # type: ignore[valid-type]
) -> Response:
    """A page of invoices in the default order (issueDate desc)."""
    filters = InvoiceListRequest(clientId=clientId, status=status)
    paging = Paging(pageSize, page * pageSize, None)
    async with reading(request) as session:
        result, today = await _page(session, principal.tenant_id, filters.where(), None, paging)
    items = [_as_read(item, today) for item in result.items]
    pagination = {"page": page, "pageSize": pageSize, "total": result.total}
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@rest_router.get(
    "/invoices/{id:int}",
    response_model=One,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get an invoice",
    operation_id="rest_get_invoice",
)
async def rest_get_invoice(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    async with reading(request) as session:
        item = await invoice_service.get_invoice(session, principal.tenant_id, id)  # type: ignore[arg-type]
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.patch(
    "/invoices/{id:int}",
    response_model=One,
    responses=error_responses(404, 412, *WRITE_ERRORS),
    summary="Update a DRAFT invoice",
    operation_id="update_invoice",
)
async def update_invoice(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: InvoiceUpdate,
    if_match: IfMatch = None,
) -> Response:
    """Change the fields sent (`lineItems` replaces every line); only while DRAFT (409
    `INVALID_TRANSITION`, or `INVOICE_CANCELLED`)."""
    changes = body.model_dump(exclude_unset=True)
    async with transaction(request) as session:
        item = await invoice_service.update_draft(
            session, principal.tenant_id, id, changes, parse_if_match(if_match)
        )
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.post(
    "/invoices/{id:int}/post",
    response_model=One,
    responses=error_responses(404, 412, *WRITE_ERRORS),
    summary="Post a DRAFT invoice",
    operation_id="post_invoice",
)
async def post_invoice(
    request: Request,
    principal: ApiUser,
    id: RowId,
    if_match: IfMatch = None,  # noqa: A002
) -> Response:
    """Number the invoice (gapless per tenant and year), default its dates (the due date from
    the client's paymentTerms), write its INVOICE ledger row and bill its WIP."""
    async with transaction(request) as session:
        item = await invoice_service.post(
            session, principal.tenant_id, id, parse_if_match(if_match)
        )
    return success(item, request_id_of(request), headers=etag_headers(item))


@rest_router.post(
    "/invoices/{id:int}/void",
    response_model=One,
    responses=error_responses(404, 412, *WRITE_ERRORS),
    summary="Void an invoice",
    operation_id="void_invoice",
)
async def void_invoice(
    request: Request,
    principal: ApiUser,
    id: RowId,
    if_match: IfMatch = None,  # noqa: A002
) -> Response:
    """Cancel an invoice that has no allocations (409 `INVOICE_HAS_ALLOCATIONS`; an already
    cancelled one: `INVOICE_CANCELLED`): a REVERSAL ledger row; its WIP back to OPEN."""
    async with transaction(request) as session:
        item = await invoice_service.void(
            session, principal.tenant_id, id, parse_if_match(if_match)
        )
    return success(item, request_id_of(request), headers=etag_headers(item))


_BINARY = {"type": "string", "format": "binary"}
_PDF_ETAG = {"description": "The PDF's SHA-256, quoted.", "schema": {"type": "string"}}


@rest_router.get(
    "/invoices/{id:int}/pdf",
    response_class=Response,
    responses={
        200: {
            "description": "The invoice as a PDF.",
            # Served as application/pdf; the document also states raw bytes, the type every
            # generated client reads a binary answer as.
            "content": {
                "application/octet-stream": {"schema": _BINARY},
                "application/pdf": {"schema": _BINARY},
            },
            "headers": {"ETag": _PDF_ETAG},
        },
        304: {"description": "Not modified (If-None-Match).", "headers": {"ETag": _PDF_ETAG}},
        **error_responses(404, *READ_ERRORS),
    },
    summary="Download an invoice as a PDF",
    operation_id="get_invoice_pdf",
    openapi_extra={
        "parameters": [
            {
                "name": "If-None-Match",
                "in": "header",
                "required": False,
                "description": "The ETag of a copy held; 304 when it is still current.",
                "schema": {"type": "string"},
            }
        ]
    },
)
async def get_invoice_pdf(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """The invoice as a PDF (the firm, the client, every line, tax, totals, paid, due and a
    pay link), stored as a file attached to the invoice: rendered once per version of the
    invoice, so the same bytes come back until it changes."""
    storage = context_of(request).files
    async with transaction(request) as session:
        pdf = await invoice_mail.invoice_pdf(
            session, storage, principal.tenant_id, id, base_url=public_base_url(request)
        )
    etag = f'"{pdf.sha256}"'
    headers = downloads.headers(pdf.filename, etag)
    del headers["Accept-Ranges"]
    if downloads.matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    headers["Content-Length"] = str(pdf.size)
    if pdf.size == 0:
        return Response(b"", media_type="application/pdf", headers=headers)
    body = await storage.open_range(principal.tenant_id, pdf.sha256, 0, pdf.size - 1)
    return StreamingResponse(body, media_type="application/pdf", headers=headers)


@rest_router.post(
    "/invoices/{id:int}/send",
    response_model=One,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Email an invoice to the client",
    operation_id="send_invoice",
    openapi_extra=IDEMPOTENT,
)
async def send_invoice(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: Annotated[InvoiceSend, Body(default_factory=InvoiceSend)],
) -> Response:
    """Queue an email with the invoice's PDF attached and a pay link to `to`, or without it
    to the client's active contacts that `receivesInvoiceEmails` (400 at `to` when there is
    none), and set `sentAt`. Only a posted invoice (409 `INVOICE_NOT_POSTED` for a DRAFT,
    `INVOICE_CANCELLED`). Accepts `Idempotency-Key`."""
    storage = context_of(request).files
    async with transaction(request) as session:

        async def produce() -> Response:
            item, _ = await invoice_mail.send_invoice(
                session,
                storage,
                principal.tenant_id,
                id,
                to=body.to,
                message=body.message,
                base_url=public_base_url(request),
            )
            return success(item, request_id_of(request), headers=etag_headers(item))

        return await idempotent(request, session, principal.tenant_id, produce)


@rest_router.get(
    "/ar-transactions",
    response_model=ArMany,
    responses=error_responses(*READ_ERRORS),
    summary="List AR ledger rows",
    operation_id="rest_list_ar_transactions",
)
async def rest_list_ar_transactions(
    request: Request,
    principal: ApiUser,
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
    clientId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    invoiceId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    kind: Annotated[Literal[KINDS] | None, Query()] = None,  # type: ignore[valid-type]
) -> Response:
    """A page of the ledger's rows, newest first: append-only, each `amount` positive when it
    increases what the client owes."""
    sent = {"clientId": clientId, "invoiceId": invoiceId, "kind": kind}
    simple = {name: value for name, value in sent.items() if value is not None}
    listing = service.Listing(None, None, simple, Paging(pageSize, page * pageSize, None))
    async with reading(request) as session:
        result = await service.list_rows(session, AR_TRANSACTIONS, principal.tenant_id, listing)
    pagination = {"page": page, "pageSize": pageSize, "total": result.total}
    return success(result.items, request_id_of(request), extra_meta={"pagination": pagination})


def ledger_read_router() -> APIRouter:
    """`/ar_transactions`, `/ar_transactions/search`, `/ar_transaction/{id}`."""
    return generic_read_router(AR_TRANSACTIONS)
