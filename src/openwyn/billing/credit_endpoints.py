"""Routes of credits and client balances (money-work.md §5): `POST /api/v1/credits`,
`POST /api/v1/credits/{id}/apply`, `GET /api/v1/credits/{id}` and
`GET /api/v1/clients/{id}/balance`.

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.billing import credits
from openwyn.context import reading, request_id_of, transaction
from openwyn.kit import inputs
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.schemas import READ_ERRORS, WRITE_ERRORS, envelope_of, error_responses
from openwyn.web.endpoints import RowId
from openwyn.web.idempotency import IDEMPOTENT, idempotent
from openwyn.work.inputs import Amount, Reason

_STRICT = ConfigDict(extra="forbid", frozen=True)


class CreditCreate(BaseModel):
    """A credit memo for a client: what the firm owes back, kept as unapplied credit."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815 - the contract's names
    amount: Amount
    reason: Reason


class CreditApply(BaseModel):
    """The invoice to apply the credit to and, optionally, how much of it (by default as much
    as both the credit's unapplied amount and the invoice's outstanding amount allow)."""

    model_config = _STRICT

    invoiceId: inputs.Id  # noqa: N815
    amount: Amount | None = None


CreditRead = create_model(
    "Credit",
    id=(int, ...),
    arTranId=(str, ...),
    clientId=(int, ...),
    amount=(inputs.MoneyOut, ...),
    appliedAmount=(inputs.MoneyOut, ...),
    unappliedAmount=(inputs.MoneyOut, ...),
    currency=(str, ...),
    reason=(str | None, ...),
    reversedByArTranId=(str | None, ...),
    createdAt=(datetime, ...),
)
Aging = create_model(
    "Aging",
    current=(inputs.MoneyOut, ...),
    **{name: (inputs.MoneyOut, ...) for name, _, _ in credits.AGING},  # type: ignore[call-overload]
)
BalanceRead = create_model(
    "ClientBalance",
    clientId=(int, ...),
    currency=(str, ...),
    outstanding=(inputs.MoneyOut, ...),
    unappliedCredit=(inputs.MoneyOut, ...),
    aging=(Aging, ...),
)
OneCredit = envelope_of("CreditEnvelope", CreditRead)
OneBalance = envelope_of("ClientBalanceEnvelope", BalanceRead)

router = APIRouter(tags=["Credits"])


@router.post(
    "/credits",
    status_code=201,
    response_model=OneCredit,
    responses=error_responses(*WRITE_ERRORS),
    summary="Issue a credit memo",
    operation_id="create_credit",
    openapi_extra=IDEMPOTENT,
)
async def create_credit(request: Request, principal: ApiUser, body: CreditCreate) -> Response:
    """A CREDIT_MEMO ledger row for the client; its amount is unapplied credit until applied
    to an invoice. Accepts `Idempotency-Key`."""
    async with transaction(request) as session:

        async def produce() -> Response:
            item = await credits.issue(
                session, principal.tenant_id, body.clientId, body.amount, body.reason
            )
            headers = etag_of(item) | {"Location": f"/api/v1/credits/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@router.get(
    "/credits/{id:int}",
    response_model=OneCredit,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a credit",
    operation_id="get_credit",
)
async def get_credit(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """A credit with what of it is applied and what is left."""
    async with reading(request) as session:
        item = await credits.read_credit(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.post(
    "/credits/{id:int}/apply",
    response_model=OneCredit,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Apply a credit to an invoice",
    operation_id="apply_credit",
)
async def apply_credit(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
    body: CreditApply,
) -> Response:
    """Allocate the credit to one of its client's posted invoices (400 `invoiceId` for another
    client's; 409 `INVOICE_CANCELLED`, `INVOICE_NOT_POSTED`, `CREDIT_REVERSED`, or
    `INVALID_TRANSITION` when nothing is left to apply or owed)."""
    async with transaction(request) as session:
        item = await credits.apply(session, principal.tenant_id, id, body.invoiceId, body.amount)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.get(
    "/clients/{id:int}/balance",
    response_model=OneBalance,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a client's balance and aging",
    operation_id="get_client_balance",
)
async def get_client_balance(
    request: Request,
    principal: ApiUser,
    id: RowId,  # noqa: A002
) -> Response:
    """What the client owes on its open invoices, by days past due in the tenant's time zone
    (`current` is not yet due), and its unapplied credit."""
    async with reading(request) as session:
        item = await credits.balance(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))
