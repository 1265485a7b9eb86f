"""Routes of statements (money-work.md §6, §11): `GET /api/v1/clients/{id}/statement`, the
statement runs (`GET /api/v1/statement-runs`, `GET /api/v1/statement-runs/{id}`,
`POST .../{id}/send`, `POST .../{id}/statements/{statementId}/skip`) and the tenant's
`statements` settings (`GET|PUT /api/v1/settings/statements`, API_ADMIN).

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from datetime import date
from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Path, Query
from pydantic import create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiAdmin, ApiUser
from openwyn.billing import repository as billing_repo
from openwyn.billing.credit_endpoints import Aging
from openwyn.billing.invoice_read import today_in
from openwyn.context import context_of, reading, request_id_of, transaction
from openwyn.kit import inputs
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.schemas import READ_ERRORS, WRITE_ERRORS, envelope_of, error_responses
from openwyn.kit.sqltypes import utcnow
from openwyn.statements import STATUSES, runs
from openwyn.statements.figures import statement_of
from openwyn.statements.pdf import render_statement
from openwyn.statements.settings import StatementSettings, read_settings, save_settings
from openwyn.web.endpoints import RowId

StatementId = Annotated[int, Path(ge=1, le=2**53, description="The statement's id.")]

StatementInvoice = create_model(
    "StatementInvoice",
    invoiceId=(int, ...),
    invoiceNumber=(str | None, ...),
    issueDate=(date | None, ...),
    dueDate=(date | None, ...),
    totalAmount=(inputs.MoneyOut, ...),
    outstandingAmount=(inputs.MoneyOut, ...),
    daysPastDue=(int, ...),
)
StatementMovement = create_model(
    "StatementMovement",
    arTranId=(str, ...),
    kind=(str, ...),
    date=(date, ...),
    amount=(inputs.MoneyOut, ...),
    invoiceId=(int | None, ...),
    paymentId=(int | None, ...),
    creditId=(str | None, ...),
    reversesArTranId=(str | None, ...),
    memo=(str | None, ...),
)
ClientStatement = create_model(
    "ClientStatement",
    clientId=(int, ...),
    clientName=(str, ...),
    currency=(str, ...),
    asOf=(date, ...),
    periodStart=(date, ...),
    balanceForward=(inputs.MoneyOut, ...),
    invoices=(list[StatementInvoice], ...),
    charges=(list[StatementMovement], ...),
    payments=(list[StatementMovement], ...),
    credits=(list[StatementMovement], ...),
    aging=(Aging, ...),
    unappliedCredit=(inputs.MoneyOut, ...),
    totalDue=(inputs.MoneyOut, ...),
)
StatementRow = create_model(
    "StatementRunStatement",
    id=(int, ...),
    runId=(int, ...),
    clientId=(int, ...),
    clientName=(str | None, None),
    asOf=(date, ...),
    status=(Literal[STATUSES], ...),  # type: ignore[arg-type]
    totalDue=(inputs.MoneyOut, ...),
    triggerDays=(int | None, ...),
    skipReason=(str | None, ...),
    messageId=(int | None, ...),
    sentAt=(str | None, ...),
    createdAt=(str, ...),
    updatedAt=(str, ...),
    version=(int, ...),
)
_RUN_FIELDS: dict[str, Any] = {
    "id": (int, ...),
    "runDate": (date, ...),
    "status": (Literal["PENDING_REVIEW", "SENT"], ...),
    "mode": (Literal["REVIEW", "AUTO"], ...),
    "statementCounts": (dict[str, int], ...),
    "createdAt": (str, ...),
    "sentAt": (str | None, ...),
    "updatedAt": (str, ...),
    "version": (int, ...),
}
StatementRun = create_model("StatementRun", **_RUN_FIELDS)
StatementRunDetail = create_model(
    "StatementRunDetail",
    statements=(list[StatementRow], ...),
    **_RUN_FIELDS,
)
_BINARY = {"type": "string", "format": "binary"}

router = APIRouter(tags=["Statements"])


@router.get(
    "/clients/{id:int}/statement",
    response_model=envelope_of("ClientStatementEnvelope", ClientStatement),
    responses={
        200: {"content": {"application/pdf": {"schema": _BINARY}}},
        **error_responses(404, *READ_ERRORS),
    },
    summary="Get a client's statement as of a date",
    operation_id="get_client_statement",
)
async def get_client_statement(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    asOf: Annotated[inputs.IsoDate | None, Query()] = None,  # noqa: N803
    period_from: Annotated[inputs.IsoDate | None, Query(alias="from")] = None,
    format: Annotated[Literal["json", "pdf"], Query()] = "json",  # noqa: A002
) -> Response:
    """The client's statement as of `asOf` (by default today in the tenant's time zone),
    computed from the AR ledger as it stood at the end of that day: the balance forward at the
    start of the period (the 30 days ending `asOf`, or from `from`), the period's charges,
    payments and credits, the invoices then open with their aging, and the total due.
    `format=pdf` answers the same statement as a PDF."""
    async with reading(request) as session:
        as_of = asOf or today_in(
            (await billing_repo.settings(session, principal.tenant_id)).timezone
        )
        item = await statement_of(session, principal.tenant_id, id, as_of, period_from)
        firm = {"name": await billing_repo.tenant_name(session, principal.tenant_id)}
    if format == "pdf":
        content = await to_thread.run_sync(render_statement, item, firm)
        return Response(content, media_type="application/pdf", headers=etag_of(item))
    return success(item, request_id_of(request), headers=etag_of(item))


@router.get(
    "/statement-runs",
    response_model=envelope_of("StatementRunListEnvelope", list[StatementRun]),
    responses=error_responses(*READ_ERRORS),
    summary="List statement runs, newest first",
    operation_id="list_statement_runs",
)
async def list_statement_runs(request: Request, principal: ApiUser) -> Response:
    """Every statement run of the tenant, newest first, with its statements counted by status."""
    async with reading(request) as session:
        items = await runs.read_runs(session, principal.tenant_id)
    return success(items, request_id_of(request))


@router.get(
    "/statement-runs/{id:int}",
    response_model=envelope_of("StatementRunEnvelope", StatementRunDetail),
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a statement run with its statements",
    operation_id="get_statement_run",
)
async def get_statement_run(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """A statement run and each of its statements."""
    async with reading(request) as session:
        item = await runs.read_run(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.post(
    "/statement-runs/{id:int}/send",
    response_model=envelope_of("StatementRunSentEnvelope", StatementRunDetail),
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Send a statement run waiting for review",
    operation_id="send_statement_run",
)
async def send_statement_run(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """Email each statement of the run that waits for review (PDF attached) to its client's
    contacts that receive statements; a client without one has its statement SKIPPED. 409
    `INVALID_TRANSITION` for a run already sent."""
    storage = context_of(request).files
    async with transaction(request) as session:
        item = await runs.send_run(session, storage, principal.tenant_id, id, utcnow())
    return success(item, request_id_of(request), headers=etag_of(item))


@router.post(
    "/statement-runs/{id:int}/statements/{statementId:int}/skip",
    response_model=envelope_of("StatementSkippedEnvelope", StatementRow),
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Skip one statement of a run waiting for review",
    operation_id="skip_statement",
)
async def skip_statement(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    statementId: StatementId,  # noqa: N803
) -> Response:
    """Leave the statement out when its run is sent (409 `INVALID_TRANSITION` unless it
    waits for review)."""
    async with transaction(request) as session:
        item = await runs.skip(session, principal.tenant_id, id, statementId)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.get(
    "/settings/statements",
    response_model=envelope_of("StatementSettingsEnvelope", StatementSettings),
    responses=error_responses(*READ_ERRORS),
    summary="Get the tenant's statement settings",
    operation_id="get_statement_settings",
)
async def get_statement_settings(request: Request, principal: ApiAdmin) -> Response:
    """The `statements` settings (the defaults, which run nothing, until set)."""
    async with reading(request) as session:
        item = (await read_settings(session, principal.tenant_id)).model_dump()
    return success(item, request_id_of(request), headers=etag_of(item))


@router.put(
    "/settings/statements",
    response_model=envelope_of("StatementSettingsSavedEnvelope", StatementSettings),
    responses=error_responses(*WRITE_ERRORS),
    summary="Replace the tenant's statement settings",
    operation_id="put_statement_settings",
)
async def put_statement_settings(
    request: Request, principal: ApiAdmin, body: StatementSettings
) -> Response:
    """Replace the `statements` settings whole (omitted fields take their defaults); 400 for
    a repeated trigger day, a bad `sendAt` (HH:MM) or an excluded client the tenant lacks."""
    async with transaction(request) as session:
        item = (await save_settings(session, principal.tenant_id, body)).model_dump()
    return success(item, request_id_of(request), headers=etag_of(item))
