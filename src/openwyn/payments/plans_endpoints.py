"""Routes of payment plans (money-work.md §5): `POST /api/v1/payment-plans`, `GET
/api/v1/payment-plans[?clientId=]`, `GET /api/v1/payment-plans/{id}`, and the actions
`/cancel` and `/resume`.

As in web/endpoints.py, no postponed annotations: FastAPI reads the body types as objects.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, create_model
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.context import reading, request_id_of, transaction
from openwyn.kit import inputs
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.schemas import READ_ERRORS, WRITE_ERRORS, envelope_of, error_responses
from openwyn.payments import plans
from openwyn.payments.inputs import Token
from openwyn.web.endpoints import RowId
from openwyn.web.idempotency import IDEMPOTENT, idempotent
from openwyn.work.inputs import Amount

_STRICT = ConfigDict(extra="forbid", frozen=True)


class PlanCreate(BaseModel):
    """A plan of a client: RECURRING charges `amount` each period (required there), AUTOPAY
    the client's posted open invoices (no `amount`)."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815 - the contract's names
    kind: Literal[plans.KINDS]  # type: ignore[valid-type]
    amount: Amount | None = None
    frequency: Literal[plans.FREQUENCIES]  # type: ignore[valid-type]
    startDate: inputs.IsoDate  # noqa: N815
    endDate: inputs.IsoDate | None = None  # noqa: N815
    processorToken: Token  # noqa: N815
    paymentMethod: Literal[plans.PLAN_METHODS] = "CREDIT_CARD"  # type: ignore[valid-type]  # noqa: N815


RunRead = create_model(
    "PaymentPlanRun",
    periodStart=(date, ...),
    status=(str, ...),
    paymentId=(int | None, ...),
    attempts=(int, ...),
    nextAttemptAt=(datetime | None, ...),
    failureCode=(str | None, ...),
)
PlanRead = create_model(
    "PaymentPlanDetail",
    id=(int, ...),
    clientId=(int, ...),
    kind=(str, ...),
    amount=(inputs.MoneyOut | None, ...),
    frequency=(str, ...),
    startDate=(date, ...),
    endDate=(date | None, ...),
    paymentMethod=(str, ...),
    status=(str, ...),
    runs=(list[RunRead], ...),
    createdAt=(datetime, ...),
    updatedAt=(datetime, ...),
    version=(int, ...),
)
OnePlan = envelope_of("PaymentPlanEnvelope", PlanRead)
ManyPlans = envelope_of("PaymentPlanListEnvelope", list[PlanRead])

router = APIRouter(tags=["Payment plans"])


@router.post(
    "/payment-plans",
    status_code=201,
    response_model=OnePlan,
    responses=error_responses(*WRITE_ERRORS),
    summary="Set up a payment plan",
    operation_id="create_payment_plan",
    openapi_extra=IDEMPOTENT,
)
async def create_payment_plan(request: Request, principal: ApiUser, body: PlanCreate) -> Response:
    """An ACTIVE plan; the worker charges each period from `startDate`. Accepts
    `Idempotency-Key`."""
    plan = plans.PlanRequest(
        client_id=body.clientId,
        kind=body.kind,
        frequency=body.frequency,
        start_date=body.startDate,
        processor_token=body.processorToken,
        payment_method=body.paymentMethod,
        amount=None if body.amount is None else Decimal(body.amount),
        end_date=body.endDate,
    )
    async with transaction(request) as session:

        async def produce() -> Response:
            item = await plans.create_plan(session, principal.tenant_id, plan)
            headers = etag_of(item) | {"Location": f"/api/v1/payment-plans/{item['id']}"}
            return success(item, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@router.get(
    "/payment-plans",
    response_model=ManyPlans,
    responses=error_responses(*READ_ERRORS),
    summary="List payment plans",
    operation_id="rest_list_payment_plans",
)
async def list_payment_plans(
    request: Request,
    principal: ApiUser,
    clientId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
) -> Response:
    """Every plan of the tenant (of one client with `clientId`), oldest first."""
    async with reading(request) as session:
        items = await plans.list_plans(session, principal.tenant_id, clientId)
    return success(items, request_id_of(request), headers=etag_of(items))


@router.get(
    "/payment-plans/{id:int}",
    response_model=OnePlan,
    responses=error_responses(404, *READ_ERRORS),
    summary="Get a payment plan",
    operation_id="rest_get_payment_plan",
)
async def get_payment_plan(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """A plan with its runs (one per period charged or tried)."""
    async with reading(request) as session:
        item = await plans.read_plan(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.post(
    "/payment-plans/{id:int}/cancel",
    response_model=OnePlan,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Cancel a payment plan",
    operation_id="cancel_payment_plan",
)
async def cancel_payment_plan(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """CANCELLED: nothing more is charged (409 `INVALID_TRANSITION` once it ended)."""
    async with transaction(request) as session:
        item = await plans.cancel(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.post(
    "/payment-plans/{id:int}/resume",
    response_model=OnePlan,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Resume a paused payment plan",
    operation_id="resume_payment_plan",
)
async def resume_payment_plan(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
    """PAUSED -> ACTIVE, charging from the next period (409 `INVALID_TRANSITION` otherwise)."""
    async with transaction(request) as session:
        item = await plans.resume(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))
