"""All SQL of payments: the payment rows, the invoices a payment may settle, and what each
payment's ledger row allocated. Every statement is scoped to the tenant, except the worker's
claim of due pending payments across tenants (`unscoped_*`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.kit.money import CENT
from openwyn.kit.repository import begin_immediately, insert_row, update_row
from openwyn.kit.sqltypes import utcnow
from openwyn.models import (
    ArAllocation,
    ArTransaction,
    Client,
    Invoice,
    Payment,
    PaymentPlan,
    PaymentPlanRun,
)
from openwyn.models.base import table_of

PAYMENTS = table_of(Payment)
INVOICES = table_of(Invoice)
CLIENTS = table_of(Client)
TRANSACTIONS = table_of(ArTransaction)
ALLOCATIONS = table_of(ArAllocation)
PLANS = table_of(PaymentPlan)
PLAN_RUNS = table_of(PaymentPlanRun)
# Invoices a payment may settle (PENDING: another payment of it still settles).
PAYABLE = ("POSTED", "PAID", "PENDING")


async def insert_payment(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> int:
    statement = insert(PAYMENTS).values(tenant_id=tenant_id, **values).returning(PAYMENTS.c.id)
    return int((await session.execute(statement)).scalar_one())


async def update_payment(
    session: AsyncSession, tenant_id: int, payment_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(PAYMENTS)
        .where(PAYMENTS.c.tenant_id == tenant_id, PAYMENTS.c.id == payment_id)
        .values(**values, version=PAYMENTS.c.version + 1)
    )
    await session.execute(statement)


async def set_ar_tran_id(
    session: AsyncSession, tenant_id: int, payment_id: int, ar_tran_id: str
) -> None:
    """Link a new payment to its PAYMENT ledger row (part of its creation: no new version)."""
    statement = (
        update(PAYMENTS)
        .where(PAYMENTS.c.tenant_id == tenant_id, PAYMENTS.c.id == payment_id)
        .values(ar_tran_id=ar_tran_id)
    )
    await session.execute(statement)


async def payment_id_by_reference(
    session: Reads, tenant_id: int, processor: str, reference: str
) -> int | None:
    query = select(PAYMENTS.c.id).where(
        PAYMENTS.c.tenant_id == tenant_id,
        PAYMENTS.c.processor == processor,
        PAYMENTS.c.processor_reference == reference,
    )
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else int(found)


async def payment_id_by_pms_ref(session: Reads, tenant_id: int, pms_ref: str) -> int | None:
    query = select(PAYMENTS.c.id).where(
        PAYMENTS.c.tenant_id == tenant_id, PAYMENTS.c.pms_ref == pms_ref
    )
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else int(found)


async def payment_row(
    session: Reads, tenant_id: int, payment_id: int, lock: bool = False
) -> dict[str, Any] | None:
    """The payment's columns and its client's name (the payment locked with `lock`)."""
    if lock:
        await begin_immediately(session)  # type: ignore[arg-type]
    query = (
        select(PAYMENTS, CLIENTS.c.name.label("client_name"))
        .join(
            CLIENTS,
            and_(CLIENTS.c.tenant_id == PAYMENTS.c.tenant_id, CLIENTS.c.id == PAYMENTS.c.client_id),
        )
        .where(PAYMENTS.c.tenant_id == tenant_id, PAYMENTS.c.id == payment_id)
    )
    if lock:
        query = query.with_for_update(of=PAYMENTS)
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def open_invoice_ids(session: Reads, tenant_id: int, client_id: int) -> list[int]:
    """The client's invoices with something outstanding, oldest first: by due date (none
    last), then number."""
    query = (
        select(INVOICES.c.id)
        .where(
            INVOICES.c.tenant_id == tenant_id,
            INVOICES.c.client_id == client_id,
            INVOICES.c.status.in_(PAYABLE),
            INVOICES.c.outstanding_amount > 0,
        )
        .order_by(
            INVOICES.c.due_date.is_(None),
            INVOICES.c.due_date,
            INVOICES.c.invoice_number,
            INVOICES.c.id,
        )
    )
    return [int(found) for found in (await session.execute(query)).scalars()]


async def lock_invoices(
    session: AsyncSession, tenant_id: int, invoice_ids: Sequence[int]
) -> dict[int, dict[str, Any]]:
    """The invoices' rows, locked in id order (every ledger write locks invoices before the
    client's balance, in that order, so two never wait on each other in a circle)."""
    if not invoice_ids:
        return {}
    await begin_immediately(session)
    query = (
        select(INVOICES)
        .where(INVOICES.c.tenant_id == tenant_id, INVOICES.c.id.in_(sorted(set(invoice_ids))))
        .order_by(INVOICES.c.id)
        .with_for_update()
    )
    return {int(row.id): dict(row._mapping) for row in (await session.execute(query)).all()}


async def allocations_of(
    session: Reads, tenant_id: int, payment_ids: Sequence[int]
) -> dict[int, list[dict[str, Any]]]:
    """Each payment's live allocations, in the order they were made: one statement for a
    page of payments."""
    found: dict[int, list[dict[str, Any]]] = {payment_id: [] for payment_id in payment_ids}
    if not payment_ids:
        return found
    undone = select(ALLOCATIONS.c.reverses_allocation_id).where(
        ALLOCATIONS.c.tenant_id == tenant_id, ALLOCATIONS.c.reverses_allocation_id.is_not(None)
    )
    query = (
        select(
            TRANSACTIONS.c.payment_id,
            ALLOCATIONS.c.invoice_id,
            INVOICES.c.invoice_number,
            ALLOCATIONS.c.amount,
        )
        .select_from(ALLOCATIONS)
        .join(TRANSACTIONS, TRANSACTIONS.c.id == ALLOCATIONS.c.transaction_id)
        .join(INVOICES, INVOICES.c.id == ALLOCATIONS.c.invoice_id)
        .where(
            ALLOCATIONS.c.tenant_id == tenant_id,
            TRANSACTIONS.c.tenant_id == tenant_id,
            TRANSACTIONS.c.kind == "PAYMENT",
            TRANSACTIONS.c.payment_id.in_(list(payment_ids)),
            ALLOCATIONS.c.amount > 0,
            ALLOCATIONS.c.id.not_in(undone),
        )
        .order_by(ALLOCATIONS.c.id)
    )
    for row in (await session.execute(query)).all():
        found[int(row.payment_id)].append(
            {"invoiceId": row.invoice_id, "invoiceNumber": row.invoice_number, "amount": row.amount}
        )
    return found


async def client_names(session: Reads, tenant_id: int, client_ids: Sequence[int]) -> dict[int, str]:
    query = select(CLIENTS.c.id, CLIENTS.c.name).where(
        CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id.in_(sorted(set(client_ids)))
    )
    return {int(row.id): str(row.name) for row in (await session.execute(query)).all()}


async def unscoped_due_pending(
    session: AsyncSession, now: datetime, limit: int, tenants: frozenset[int] | None = None
) -> list[tuple[int, int]]:
    """(tenant, payment) of up to `limit` PENDING payments due to settle at `now`, oldest
    first, locked (skipping those another worker holds) on PostgreSQL."""
    await begin_immediately(session)
    query = (
        select(PAYMENTS.c.tenant_id, PAYMENTS.c.id)
        .where(PAYMENTS.c.status == "PENDING", PAYMENTS.c.settles_at <= now)
        .order_by(PAYMENTS.c.settles_at, PAYMENTS.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if tenants is not None:
        query = query.where(PAYMENTS.c.tenant_id.in_(sorted(tenants)))
    return [(int(row.tenant_id), int(row.id)) for row in (await session.execute(query)).all()]


# --- payment plans and their runs ---------------------------------------------------------


async def insert_plan(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> int:
    return await insert_row(session, PLANS, tenant_id, values)


async def plan_row(
    session: Reads, tenant_id: int, plan_id: int, lock: bool = False
) -> dict[str, Any] | None:
    """The plan (locked with `lock`: held by another worker, it reads as None)."""
    if lock:
        await begin_immediately(session)  # type: ignore[arg-type]
    query = select(PLANS).where(PLANS.c.tenant_id == tenant_id, PLANS.c.id == plan_id)
    if lock:
        query = query.with_for_update(skip_locked=True)
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def plan_rows(
    session: Reads, tenant_id: int, client_id: int | None = None
) -> list[dict[str, Any]]:
    query = select(PLANS).where(PLANS.c.tenant_id == tenant_id).order_by(PLANS.c.id)
    if client_id is not None:
        query = query.where(PLANS.c.client_id == client_id)
    return [dict(row._mapping) for row in (await session.execute(query)).all()]


async def update_plan(
    session: AsyncSession, tenant_id: int, plan_id: int, values: dict[str, Any]
) -> None:
    await update_row(session, PLANS, tenant_id, plan_id, values, None)


async def plan_runs(
    session: Reads, tenant_id: int, plan_ids: Sequence[int]
) -> dict[int, list[dict[str, Any]]]:
    """Each plan's runs, oldest period first."""
    found: dict[int, list[dict[str, Any]]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return found
    query = (
        select(PLAN_RUNS)
        .where(PLAN_RUNS.c.tenant_id == tenant_id, PLAN_RUNS.c.plan_id.in_(sorted(plan_ids)))
        .order_by(PLAN_RUNS.c.period_start)
    )
    for row in (await session.execute(query)).all():
        found[int(row.plan_id)].append(dict(row._mapping))
    return found


async def insert_run_or_skip(
    session: AsyncSession, tenant_id: int, plan_id: int, period_start: date
) -> int | None:
    """The new run's id, or None when the period has a run already (another worker's: on
    PostgreSQL this waits for that worker's transaction, then skips)."""
    await begin_immediately(session)
    dialect = session.get_bind().dialect.name
    maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
    now = utcnow()
    values = {
        "tenant_id": tenant_id,
        "plan_id": plan_id,
        "period_start": period_start,
        "status": "FAILED",
        "attempts": 0,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
    statement = maker(PLAN_RUNS).values(**values).on_conflict_do_nothing().returning(PLAN_RUNS.c.id)
    found = (await session.execute(statement)).scalar_one_or_none()
    return None if found is None else int(found)


async def due_retry(
    session: AsyncSession, tenant_id: int, plan_id: int, now: datetime
) -> dict[str, Any] | None:
    """The plan's FAILED run due to be charged again at `now`, locked (skipped when another
    worker holds it)."""
    await begin_immediately(session)
    query = (
        select(PLAN_RUNS)
        .where(
            PLAN_RUNS.c.tenant_id == tenant_id,
            PLAN_RUNS.c.plan_id == plan_id,
            PLAN_RUNS.c.status == "FAILED",
            PLAN_RUNS.c.next_attempt_at <= now,
        )
        .order_by(PLAN_RUNS.c.period_start)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def update_run(
    session: AsyncSession, tenant_id: int, run_id: int, values: dict[str, Any]
) -> None:
    await update_row(session, PLAN_RUNS, tenant_id, run_id, values, None)


async def outstanding_total(session: Reads, tenant_id: int, client_id: int) -> Decimal:
    """What the client's posted open invoices still ask for."""
    query = select(func.coalesce(func.sum(INVOICES.c.outstanding_amount), 0)).where(
        INVOICES.c.tenant_id == tenant_id,
        INVOICES.c.client_id == client_id,
        INVOICES.c.status.in_(PAYABLE),
        INVOICES.c.outstanding_amount > 0,
    )
    return Decimal((await session.execute(query)).scalar_one()).quantize(CENT)


async def unscoped_active_plans(
    session: Reads, started_by: date, tenants: frozenset[int] | None = None
) -> list[tuple[int, int]]:
    """(tenant, plan) of every ACTIVE plan started by `started_by` (the latest local date of
    any time zone), for the worker to look at one by one."""
    query = (
        select(PLANS.c.tenant_id, PLANS.c.id)
        .where(PLANS.c.status == "ACTIVE", PLANS.c.start_date <= started_by)
        .order_by(PLANS.c.tenant_id, PLANS.c.id)
    )
    if tenants is not None:
        query = query.where(PLANS.c.tenant_id.in_(sorted(tenants)))
    return [(int(row.tenant_id), int(row.id)) for row in (await session.execute(query)).all()]
