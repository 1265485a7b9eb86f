"""Payment plans (money-work.md §5, §10): a client's RECURRING charge of a fixed amount, or
AUTOPAY of its posted open invoices, each period from `startDate` by `frequency` in the
tenant's time zone, charged by the worker through payments.service.create.

Decisions:
- A period is charged once: its run row is unique per (tenant, plan, period) and is inserted
  (or skipped) before the charge, in the charge's transaction; the plan row is claimed
  `FOR UPDATE SKIP LOCKED` on PostgreSQL (SQLite's write lock serializes workers there).
- A decline (or any refusal of the payment) marks the run FAILED, charged again 3 days later;
  a second one pauses the plan (`payment_plan.PAUSED`), so a plan never blocks the worker. A
  resumed plan charges from the next period on.
- AUTOPAY charges what the posted open invoices ask, less the client's unapplied credit (which
  the payment applies first); nothing when that is zero (the run is NOTHING_DUE).
- A plan past its `endDate` is COMPLETED when the worker next looks at it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import repository as billing_repo
from openwyn.config import Settings
from openwyn.db import Reads
from openwyn.errors import ApiError, NotFound, ValidationFailed, refused
from openwyn.kit.money import ZERO
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import PaymentPlan
from openwyn.models.base import table_of
from openwyn.payments import repository as repo
from openwyn.payments import service
from openwyn.web import outbox

KINDS = ("RECURRING", "AUTOPAY")
FREQUENCIES = ("WEEKLY", "MONTHLY", "QUARTERLY")
STATUSES = ("ACTIVE", "PAUSED", "CANCELLED", "COMPLETED")
PLAN_METHODS = ("CREDIT_CARD", "DEBIT_CARD", "ACH")
RETRY_AFTER = timedelta(days=3)
_MONTHS = {"MONTHLY": 1, "QUARTERLY": 3}


def _derived(name: str, kind: Kind, **options: object) -> Attr:
    return Attr(name, kind, writable=False, **options)  # type: ignore[arg-type]


PAYMENT_PLANS = Resource(
    key="payment_plan",
    title="Payment plan",
    table=table_of(PaymentPlan),
    rest_plural="payment-plans",
    read_plural="payment_plans",
    read_singular="payment_plan",
    attrs=[
        _derived("clientId", Kind.INT, references="client"),
        _derived("kind", Kind.ENUM, enum_values=KINDS),
        _derived("amount", Kind.DECIMAL),
        _derived("frequency", Kind.ENUM, enum_values=FREQUENCIES),
        _derived("startDate", Kind.DATE),
        _derived("endDate", Kind.DATE),
        _derived("paymentMethod", Kind.ENUM, enum_values=PLAN_METHODS),
        _derived("status", Kind.ENUM, enum_values=STATUSES),
    ],
    default_order=[("id", "asc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
    ],
    has_active=False,
    from_pms=False,
    read_only=True,
    events=(
        ("CREATE", "A payment plan was set up."),
        ("UPDATE", "A payment plan changed: `previous` holds the fields before the change."),
        ("PAUSED", "A payment plan was paused: its charge was declined again on retry."),
    ),
)


@dataclass(frozen=True)
class PlanRequest:
    client_id: int
    kind: str
    frequency: str
    start_date: date
    processor_token: str
    payment_method: str = "CREDIT_CARD"
    amount: Decimal | None = None
    end_date: date | None = None


def _answer(row: dict[str, Any], runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "clientId": row["client_id"],
        "kind": row["kind"],
        "amount": row["amount"],
        "frequency": row["frequency"],
        "startDate": row["start_date"],
        "endDate": row["end_date"],
        "paymentMethod": row["payment_method"],
        "status": row["status"],
        "runs": [_run_answer(run) for run in runs],
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
        "version": row["version"],
    }


def _run_answer(run: dict[str, Any]) -> dict[str, Any]:
    return {
        "periodStart": run["period_start"],
        "status": run["status"],
        "paymentId": run["payment_id"],
        "attempts": run["attempts"],
        "nextAttemptAt": run["next_attempt_at"],
        "failureCode": run["failure_code"],
    }


async def read_plan(session: Reads, tenant_id: int, plan_id: int) -> dict[str, Any]:
    row = await repo.plan_row(session, tenant_id, plan_id)
    if row is None:
        raise NotFound(f"No PaymentPlan with id {plan_id}.")
    runs = await repo.plan_runs(session, tenant_id, [plan_id])
    return _answer(row, runs[plan_id])


async def list_plans(session: Reads, tenant_id: int, client_id: int | None) -> list[dict[str, Any]]:
    rows = await repo.plan_rows(session, tenant_id, client_id)
    runs = await repo.plan_runs(session, tenant_id, [row["id"] for row in rows])
    return [_answer(row, runs[row["id"]]) for row in rows]


def _check(request: PlanRequest) -> None:
    if request.kind == "RECURRING" and request.amount is None:
        raise ValidationFailed.at("amount", "is required for a RECURRING plan")
    if request.kind == "AUTOPAY" and request.amount is not None:
        raise ValidationFailed.at("amount", "is not taken for an AUTOPAY plan")
    if request.end_date is not None and request.end_date < request.start_date:
        raise ValidationFailed.at("endDate", "must not be before startDate")


async def create_plan(
    session: AsyncSession, tenant_id: int, request: PlanRequest
) -> dict[str, Any]:
    if await billing_repo.client_facts(session, tenant_id, request.client_id) is None:
        raise ValidationFailed.at("clientId", f"no Client with id {request.client_id}")
    _check(request)
    values = {
        "client_id": request.client_id,
        "kind": request.kind,
        "amount": request.amount,
        "frequency": request.frequency,
        "start_date": request.start_date,
        "end_date": request.end_date,
        "processor_token": request.processor_token,
        "payment_method": request.payment_method,
        "status": "ACTIVE",
    }
    plan_id = await repo.insert_plan(session, tenant_id, values)
    item = await read_plan(session, tenant_id, plan_id)
    await outbox.record(session, tenant_id, PAYMENT_PLANS.key, outbox.CREATE, item)
    return item


async def _set_status(
    session: AsyncSession, tenant_id: int, plan_id: int, status: str, operation: str | None = None
) -> dict[str, Any]:
    before = await read_plan(session, tenant_id, plan_id)
    await repo.update_plan(session, tenant_id, plan_id, {"status": status})
    after = await read_plan(session, tenant_id, plan_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, PAYMENT_PLANS.key, outbox.UPDATE, after, previous)
    if operation is not None:
        await outbox.record(session, tenant_id, PAYMENT_PLANS.key, operation, after)
    return after


async def _transition(
    session: AsyncSession, tenant_id: int, plan_id: int, allowed: tuple[str, ...], status: str
) -> dict[str, Any]:
    row = await repo.plan_row(session, tenant_id, plan_id)
    if row is None:
        raise NotFound(f"No PaymentPlan with id {plan_id}.")
    if row["status"] not in allowed:
        raise refused("INVALID_TRANSITION", f"PaymentPlan {plan_id} is {row['status']}.")
    return await _set_status(session, tenant_id, plan_id, status)


async def cancel(session: AsyncSession, tenant_id: int, plan_id: int) -> dict[str, Any]:
    """An ACTIVE or PAUSED plan charges no more."""
    return await _transition(session, tenant_id, plan_id, ("ACTIVE", "PAUSED"), "CANCELLED")


async def resume(session: AsyncSession, tenant_id: int, plan_id: int) -> dict[str, Any]:
    """A PAUSED plan is ACTIVE again (from its next period: a failed one stays failed)."""
    return await _transition(session, tenant_id, plan_id, ("PAUSED",), "ACTIVE")


# --- the worker's part ----------------------------------------------------------------------


def _add_months(start: date, months: int) -> date:
    """`start` moved by whole months, its day kept or the month's last (Jan 31 -> Feb 28)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def period_start(start: date, frequency: str, today: date) -> date | None:
    """The start of the plan's period that holds `today` (None before its first)."""
    if today < start:
        return None
    if frequency == "WEEKLY":
        return start + timedelta(days=(today - start).days // 7 * 7)
    step = _MONTHS[frequency]
    periods = ((today.year - start.year) * 12 + today.month - start.month) // step
    while _add_months(start, periods * step) > today:
        periods -= 1
    return _add_months(start, periods * step)


async def run_plan(
    session: AsyncSession, tenant_id: int, plan_id: int, settings: Settings, now: datetime
) -> str | None:
    """Charge what the plan owes at `now`: a due retry, else the current period once. What
    was done (a run's status, or COMPLETED), None when nothing was."""
    plan = await repo.plan_row(session, tenant_id, plan_id, lock=True)
    if plan is None or plan["status"] != "ACTIVE":
        return None
    tenant = await billing_repo.settings(session, tenant_id)
    today = now.astimezone(ZoneInfo(tenant.timezone)).date()
    retry = await repo.due_retry(session, tenant_id, plan_id, now)
    if retry is not None:
        return await _attempt(
            session, tenant_id, plan, retry["id"], retry["attempts"], settings, now
        )
    if plan["end_date"] is not None and today > plan["end_date"]:
        await _set_status(session, tenant_id, plan_id, "COMPLETED")
        return "COMPLETED"
    period = period_start(plan["start_date"], plan["frequency"], today)
    if period is None:
        return None
    run_id = await repo.insert_run_or_skip(session, tenant_id, plan_id, period)
    if run_id is None:
        return None
    return await _attempt(session, tenant_id, plan, run_id, 0, settings, now)


async def _amount(session: AsyncSession, tenant_id: int, plan: dict[str, Any]) -> Decimal:
    if plan["kind"] == "RECURRING":
        return Decimal(plan["amount"])
    owed = await repo.outstanding_total(session, tenant_id, plan["client_id"])
    credit = await billing_repo.unapplied_credit(session, tenant_id, plan["client_id"])
    return max(owed - credit, ZERO)


async def _attempt(
    session: AsyncSession,
    tenant_id: int,
    plan: dict[str, Any],
    run_id: int,
    attempts: int,
    settings: Settings,
    now: datetime,
) -> str:
    """Charge the run's period; a decline is recorded on the run (the savepoint undoes what
    the payment began), and a second one pauses the plan."""
    amount = await _amount(session, tenant_id, plan)
    if amount <= 0:
        await repo.update_run(session, tenant_id, run_id, {"status": "NOTHING_DUE"})
        return "NOTHING_DUE"
    request = service.PaymentRequest(
        client_id=plan["client_id"],
        amount=amount,
        method=plan["payment_method"],
        token=plan["processor_token"],
        reference=f"Payment plan {plan['id']}",
    )
    try:
        async with session.begin_nested():
            payment = await service.create(session, tenant_id, request, settings)
    except ApiError as declined:  # 402 above all; a refusal (a token of another method) alike
        return await _declined(session, tenant_id, plan["id"], run_id, attempts + 1, declined, now)
    values = {"status": "CHARGED", "payment_id": payment["id"], "attempts": attempts + 1}
    await repo.update_run(session, tenant_id, run_id, values | {"next_attempt_at": None})
    return "CHARGED"


async def _declined(
    session: AsyncSession,
    tenant_id: int,
    plan_id: int,
    run_id: int,
    attempts: int,
    declined: ApiError,
    now: datetime,
) -> str:
    reason = declined.details[0].get("reason") if declined.details else None
    code = str(reason or declined.code)
    retry_at = now + RETRY_AFTER if attempts == 1 else None
    values = {"status": "FAILED", "attempts": attempts, "failure_code": code}
    await repo.update_run(session, tenant_id, run_id, values | {"next_attempt_at": retry_at})
    if retry_at is None:
        await _set_status(session, tenant_id, plan_id, "PAUSED", "PAUSED")
        return "PAUSED"
    return "FAILED"
