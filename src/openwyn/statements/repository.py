"""All SQL of statements: the client's ledger up to an instant (statements are computed from
it, never from the denormalised columns, so an old statement stays right), the tenant's
`statements` settings, and the runs and their statements. Every statement is tenant-scoped,
except the worker's `unscoped_*` look-up of the tenants that have settings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import repository as billing_repo
from openwyn.db import Reads
from openwyn.kit.money import CENT, ZERO
from openwyn.kit.repository import begin_immediately, insert_row, update_row
from openwyn.kit.sqltypes import utcnow
from openwyn.models import Statement, StatementRun
from openwyn.models.base import table_of

RUNS = table_of(StatementRun)
STATEMENTS = table_of(Statement)
TRANSACTIONS = billing_repo.TRANSACTIONS
ALLOCATIONS = billing_repo.ALLOCATIONS
INVOICES = billing_repo.INVOICES
TENANTS = billing_repo.TENANTS
CLIENTS = billing_repo.CLIENTS
CONTACTS = billing_repo.CONTACTS
CONTACT_CLIENTS = billing_repo.CONTACT_CLIENTS


def _money(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


# --- the ledger as of an instant ----------------------------------------------------------


async def ledger_before(
    session: Reads, tenant_id: int, client_id: int, before: datetime
) -> list[dict[str, Any]]:
    """The client's ledger rows posted before `before`, oldest first."""
    query = (
        select(
            TRANSACTIONS.c.id,
            TRANSACTIONS.c.ar_tran_id,
            TRANSACTIONS.c.kind,
            TRANSACTIONS.c.amount,
            TRANSACTIONS.c.invoice_id,
            TRANSACTIONS.c.payment_id,
            TRANSACTIONS.c.credit_id,
            TRANSACTIONS.c.reverses_ar_tran_id,
            TRANSACTIONS.c.memo,
            TRANSACTIONS.c.posted_at,
        )
        .where(
            TRANSACTIONS.c.tenant_id == tenant_id,
            TRANSACTIONS.c.client_id == client_id,
            TRANSACTIONS.c.posted_at < before,
        )
        .order_by(TRANSACTIONS.c.posted_at, TRANSACTIONS.c.id)
    )
    rows = [dict(row._mapping) for row in (await session.execute(query)).all()]
    for row in rows:
        row["amount"] = _money(row["amount"])
    return rows


async def allocated_before(
    session: Reads, tenant_id: int, invoice_ids: Iterable[int], before: datetime
) -> dict[int, Decimal]:
    """Per invoice, what allocations made before `before` settled (undoings count negative)."""
    wanted = list(invoice_ids)
    if not wanted:
        return {}
    query = select(ALLOCATIONS.c.invoice_id, ALLOCATIONS.c.amount).where(
        ALLOCATIONS.c.tenant_id == tenant_id,
        ALLOCATIONS.c.invoice_id.in_(wanted),
        ALLOCATIONS.c.created_at < before,
    )
    sums: dict[int, Decimal] = {}
    for invoice_id, amount in (await session.execute(query)).all():
        sums[int(invoice_id)] = sums.get(int(invoice_id), ZERO) + _money(amount)
    return sums


async def invoice_facts(
    session: Reads, tenant_id: int, invoice_ids: Iterable[int]
) -> dict[int, dict[str, Any]]:
    wanted = list(invoice_ids)
    if not wanted:
        return {}
    query = select(
        INVOICES.c.id,
        INVOICES.c.invoice_number,
        INVOICES.c.issue_date,
        INVOICES.c.due_date,
        INVOICES.c.total_amount,
    ).where(INVOICES.c.tenant_id == tenant_id, INVOICES.c.id.in_(wanted))
    return {int(row.id): dict(row._mapping) for row in (await session.execute(query)).all()}


async def client_name(session: Reads, tenant_id: int, client_id: int) -> str | None:
    query = select(CLIENTS.c.name).where(
        CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id == client_id
    )
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else str(found)


async def existing_clients(session: Reads, tenant_id: int, ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    query = select(CLIENTS.c.id).where(CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id.in_(wanted))
    return {int(found) for found in (await session.execute(query)).scalars()}


async def statement_emails(session: Reads, tenant_id: int, client_id: int) -> list[str]:
    """The addresses of the client's active contacts that receive statements, each once."""
    query = (
        select(CONTACTS.c.email)
        .join(
            CONTACT_CLIENTS,
            and_(
                CONTACT_CLIENTS.c.tenant_id == CONTACTS.c.tenant_id,
                CONTACT_CLIENTS.c.contact_id == CONTACTS.c.id,
            ),
        )
        .where(
            CONTACTS.c.tenant_id == tenant_id,
            CONTACT_CLIENTS.c.client_id == client_id,
            CONTACTS.c.active.is_(True),
            CONTACTS.c.receives_statements.is_(True),
            CONTACTS.c.email.is_not(None),
            CONTACTS.c.email != "",
        )
        .order_by(CONTACTS.c.id)
    )
    emails = [str(email) for email in (await session.execute(query)).scalars()]
    return list(dict.fromkeys(emails))


async def oldest_open_due_dates(
    session: Reads, tenant_id: int, statuses: Sequence[str]
) -> dict[int, date]:
    """Per client with something outstanding, the earliest due date of its open invoices."""
    query = (
        select(INVOICES.c.client_id, func.min(INVOICES.c.due_date))
        .where(
            INVOICES.c.tenant_id == tenant_id,
            INVOICES.c.status.in_(statuses),
            INVOICES.c.outstanding_amount > 0,
            INVOICES.c.due_date.is_not(None),
        )
        .group_by(INVOICES.c.client_id)
    )
    return {int(client): due for client, due in (await session.execute(query)).all()}


# --- settings -----------------------------------------------------------------------------


async def statement_settings(session: Reads, tenant_id: int) -> dict[str, Any] | None:
    query = select(TENANTS.c.statement_settings).where(TENANTS.c.id == tenant_id)
    found = (await session.execute(query)).scalar_one()
    return None if found is None else dict(found)


async def save_statement_settings(
    session: AsyncSession, tenant_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(TENANTS)
        .where(TENANTS.c.id == tenant_id)
        .values(statement_settings=values, updated_at=utcnow())
    )
    await session.execute(statement)


async def unscoped_tenants_with_settings(
    session: Reads, tenants: frozenset[int] | None
) -> list[tuple[int, dict[str, Any]]]:
    """Every tenant that has `statements` settings (the worker serves them all), or those of
    `tenants`."""
    query = (
        select(TENANTS.c.id, TENANTS.c.statement_settings)
        .where(TENANTS.c.statement_settings.is_not(None))
        .order_by(TENANTS.c.id)
    )
    if tenants is not None:
        query = query.where(TENANTS.c.id.in_(sorted(tenants)))
    return [(int(row.id), dict(row.statement_settings)) for row in (await session.execute(query))]


# --- runs and statements ------------------------------------------------------------------


async def insert_run_or_skip(
    session: AsyncSession, tenant_id: int, run_date: date, mode: str
) -> int | None:
    """The new run's id, or None when the tenant has a run of that date already (another
    worker's: on PostgreSQL this waits for that worker's transaction, then skips)."""
    await begin_immediately(session)
    dialect = session.get_bind().dialect.name
    maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
    now = utcnow()
    values = {
        "tenant_id": tenant_id,
        "run_date": run_date,
        "status": "PENDING_REVIEW",
        "mode": mode,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
    statement = maker(RUNS).values(**values).on_conflict_do_nothing().returning(RUNS.c.id)
    found = (await session.execute(statement)).scalar_one_or_none()
    return None if found is None else int(found)


async def last_run_date(session: Reads, tenant_id: int, before: date) -> date | None:
    query = select(func.max(RUNS.c.run_date)).where(
        RUNS.c.tenant_id == tenant_id, RUNS.c.run_date < before
    )
    found: date | None = (await session.execute(query)).scalar_one_or_none()
    return found


async def run_row(
    session: Reads, tenant_id: int, run_id: int, lock: bool = False
) -> dict[str, Any] | None:
    if lock:
        await begin_immediately(session)  # type: ignore[arg-type]
    query = select(RUNS).where(RUNS.c.tenant_id == tenant_id, RUNS.c.id == run_id)
    if lock:
        query = query.with_for_update()
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def runs(session: Reads, tenant_id: int) -> list[dict[str, Any]]:
    """Every run of the tenant, newest first."""
    query = select(RUNS).where(RUNS.c.tenant_id == tenant_id).order_by(RUNS.c.run_date.desc())
    return [dict(row._mapping) for row in (await session.execute(query)).all()]


async def update_run(
    session: AsyncSession, tenant_id: int, run_id: int, values: dict[str, Any]
) -> None:
    await update_row(session, RUNS, tenant_id, run_id, values, None)


async def insert_statement(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> int:
    return await insert_row(session, STATEMENTS, tenant_id, values)


async def update_statement(
    session: AsyncSession, tenant_id: int, statement_id: int, values: dict[str, Any]
) -> None:
    await update_row(session, STATEMENTS, tenant_id, statement_id, values, None)


async def statements_of(
    session: Reads, tenant_id: int, run_ids: Sequence[int]
) -> list[dict[str, Any]]:
    """The statements of the runs, with their clients' names, in id order."""
    if not run_ids:
        return []
    query = (
        select(STATEMENTS, CLIENTS.c.name.label("client_name"))
        .join(
            CLIENTS,
            and_(
                CLIENTS.c.tenant_id == STATEMENTS.c.tenant_id,
                CLIENTS.c.id == STATEMENTS.c.client_id,
            ),
        )
        .where(STATEMENTS.c.tenant_id == tenant_id, STATEMENTS.c.run_id.in_(list(run_ids)))
        .order_by(STATEMENTS.c.id)
    )
    return [dict(row._mapping) for row in (await session.execute(query)).all()]


async def statement_row(session: Reads, tenant_id: int, statement_id: int) -> dict[str, Any] | None:
    query = select(STATEMENTS).where(
        STATEMENTS.c.tenant_id == tenant_id, STATEMENTS.c.id == statement_id
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)
