"""All SQL of billing: the ledger's appends and sums, invoices and their lines, the number
counter, the tenant's settings and the WIP rows an invoice bills. Every statement is scoped to
the tenant. Ledger tables are only ever inserted into here: no UPDATE or DELETE of them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, and_, case, func, insert, literal, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.kit.money import CENT, ZERO
from openwyn.kit.repository import begin_immediately, cents, from_cents
from openwyn.models import (
    ArAllocation,
    ArTransaction,
    Client,
    ClientBalance,
    Contact,
    ContactClient,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    Job,
    Payment,
    Tenant,
    Wip,
)
from openwyn.models.base import table_of

TRANSACTIONS = table_of(ArTransaction)
ALLOCATIONS = table_of(ArAllocation)
BALANCES = table_of(ClientBalance)
INVOICES = table_of(Invoice)
LINES = table_of(InvoiceLine)
COUNTERS = table_of(InvoiceCounter)
TENANTS = table_of(Tenant)
CLIENTS = table_of(Client)
CONTACTS = table_of(Contact)
CONTACT_CLIENTS = table_of(ContactClient)
JOBS = table_of(Job)
WIPS = table_of(Wip)
PAYMENTS = table_of(Payment)
SETTLING = ("PAYMENT", "CREDIT_MEMO", "WRITE_OFF")


@dataclass(frozen=True)
class Settings:
    timezone: str
    currency: str
    invoice_number_format: str
    # Per payment method, the rate of the amount a payment costs the firm (as text).
    payment_fee_rates: dict[str, str]


async def settings(session: Reads, tenant_id: int) -> Settings:
    query = select(
        TENANTS.c.timezone,
        TENANTS.c.currency,
        TENANTS.c.invoice_number_format,
        TENANTS.c.payment_fee_rates,
    ).where(TENANTS.c.id == tenant_id)
    row = (await session.execute(query)).one()
    rates = {str(name): str(rate) for name, rate in (row.payment_fee_rates or {}).items()}
    return Settings(row.timezone, row.currency, row.invoice_number_format, rates)


async def set_payment_fee_rates(
    session: AsyncSession, tenant_id: int, rates: dict[str, str]
) -> None:
    """The tenant's fee rate per payment method (the tenant's settings are written by the
    operator, as its currency and time zone are)."""
    statement = update(TENANTS).where(TENANTS.c.id == tenant_id).values(payment_fee_rates=rates)
    await session.execute(statement)


async def client_facts(session: Reads, tenant_id: int, client_id: int) -> dict[str, Any] | None:
    query = select(CLIENTS.c.id, CLIENTS.c.name, CLIENTS.c.email, CLIENTS.c.payment_terms).where(
        CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id == client_id
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def job_facts(session: Reads, tenant_id: int, job_id: int) -> dict[str, Any] | None:
    query = select(JOBS.c.id, JOBS.c.name, JOBS.c.client_id).where(
        JOBS.c.tenant_id == tenant_id, JOBS.c.id == job_id
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def _insert_missing(session: AsyncSession, table: Any, values: dict[str, Any]) -> None:
    """Insert a row unless its key is taken: two first writers never fail on each other (on
    PostgreSQL the second waits for the first's commit, then inserts nothing)."""
    dialect = session.get_bind().dialect.name
    maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(maker(table).values(**values).on_conflict_do_nothing())


# --- invoices -----------------------------------------------------------------------------


async def insert_invoice(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> int:
    statement = insert(INVOICES).values(tenant_id=tenant_id, **values).returning(INVOICES.c.id)
    return int((await session.execute(statement)).scalar_one())


async def update_invoice(
    session: AsyncSession, tenant_id: int, invoice_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(INVOICES)
        .where(INVOICES.c.tenant_id == tenant_id, INVOICES.c.id == invoice_id)
        .values(**values, version=INVOICES.c.version + 1)
    )
    await session.execute(statement)


async def invoice_row(
    session: Reads, tenant_id: int, invoice_id: int, lock: bool = False
) -> dict[str, Any] | None:
    """The invoice's columns (locked for the transaction with `lock`)."""
    if lock:
        await begin_immediately(session)  # type: ignore[arg-type]
    query = select(INVOICES).where(INVOICES.c.tenant_id == tenant_id, INVOICES.c.id == invoice_id)
    if lock:
        query = query.with_for_update()
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def invoice_id_by_pms_ref(session: Reads, tenant_id: int, pms_ref: str) -> int | None:
    query = select(INVOICES.c.id).where(
        INVOICES.c.tenant_id == tenant_id, INVOICES.c.pms_ref == pms_ref
    )
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else int(found)


async def invoice_extras(session: Reads, tenant_id: int, invoice: dict[str, Any]) -> dict[str, Any]:
    """clientName, clientEmail, projectName of an invoice."""
    client = select(CLIENTS.c.name, CLIENTS.c.email).where(
        CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id == invoice["client_id"]
    )
    row = (await session.execute(client)).first()
    extras = {
        "clientName": None if row is None else row.name,
        "clientEmail": None if row is None else row.email,
        "projectName": None,
    }
    if invoice["project_id"] is not None:
        job = select(JOBS.c.name).where(
            JOBS.c.tenant_id == tenant_id, JOBS.c.id == invoice["project_id"]
        )
        extras["projectName"] = (await session.execute(job)).scalar_one_or_none()
    return extras


async def insert_lines(
    session: AsyncSession, tenant_id: int, invoice_id: int, lines: list[dict[str, Any]]
) -> None:
    if lines:
        rows = [
            {"tenant_id": tenant_id, "invoice_id": invoice_id, "position": index} | line
            for index, line in enumerate(lines)
        ]
        await session.execute(insert(LINES), rows)


async def delete_lines(session: AsyncSession, tenant_id: int, invoice_id: int) -> None:
    """A DRAFT's lines, replaced by an edit (lines are not ledger rows)."""
    statement = LINES.delete().where(
        LINES.c.tenant_id == tenant_id, LINES.c.invoice_id == invoice_id
    )
    await session.execute(statement)


async def lines_of(session: Reads, tenant_id: int, invoice_id: int) -> list[dict[str, Any]]:
    query = (
        select(LINES)
        .where(LINES.c.tenant_id == tenant_id, LINES.c.invoice_id == invoice_id)
        .order_by(LINES.c.position)
    )
    return [dict(row._mapping) for row in (await session.execute(query)).all()]


async def next_number(session: AsyncSession, tenant_id: int, year: int) -> int:
    """The next invoice number of the tenant's year, taken under the counter row's lock (held
    to the end of the transaction, so a rolled-back posting gives its number back)."""
    await begin_immediately(session)
    query = (
        select(COUNTERS.c.last_number)
        .where(COUNTERS.c.tenant_id == tenant_id, COUNTERS.c.year == year)
        .with_for_update()
    )
    await _insert_missing(
        session, COUNTERS, {"tenant_id": tenant_id, "year": year, "last_number": 0}
    )
    last = int((await session.execute(query)).scalar_one())
    statement = (
        update(COUNTERS)
        .where(COUNTERS.c.tenant_id == tenant_id, COUNTERS.c.year == year)
        .values(last_number=last + 1)
    )
    await session.execute(statement)
    return last + 1


# --- the ledger ---------------------------------------------------------------------------


async def insert_transaction(
    session: AsyncSession, tenant_id: int, values: dict[str, Any]
) -> dict[str, Any]:
    statement = (
        insert(TRANSACTIONS).values(tenant_id=tenant_id, **values).returning(*TRANSACTIONS.c)
    )
    return dict((await session.execute(statement)).one()._mapping)


async def insert_allocation(
    session: AsyncSession,
    tenant_id: int,
    transaction_id: int,
    invoice_id: int,
    amount: Decimal,
    reverses: int | None = None,
) -> None:
    values = {
        "tenant_id": tenant_id,
        "transaction_id": transaction_id,
        "invoice_id": invoice_id,
        "amount": amount,
        "reverses_allocation_id": reverses,
    }
    await session.execute(insert(ALLOCATIONS).values(**values))


async def transaction_by_public_id(
    session: Reads, tenant_id: int, ar_tran_id: str
) -> dict[str, Any] | None:
    query = select(TRANSACTIONS).where(
        TRANSACTIONS.c.tenant_id == tenant_id, TRANSACTIONS.c.ar_tran_id == ar_tran_id
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def reversal_of(session: Reads, tenant_id: int, ar_tran_id: str) -> str | None:
    query = select(TRANSACTIONS.c.ar_tran_id).where(
        TRANSACTIONS.c.tenant_id == tenant_id, TRANSACTIONS.c.reverses_ar_tran_id == ar_tran_id
    )
    return (await session.execute(query)).scalar_one_or_none()


async def live_allocations(
    session: Reads, tenant_id: int, transaction_id: int | None = None, invoice_id: int | None = None
) -> list[dict[str, Any]]:
    """Positive allocations not yet undone, of a settling row or to an invoice."""
    undone = select(ALLOCATIONS.c.reverses_allocation_id).where(
        ALLOCATIONS.c.tenant_id == tenant_id, ALLOCATIONS.c.reverses_allocation_id.is_not(None)
    )
    query = select(ALLOCATIONS).where(
        ALLOCATIONS.c.tenant_id == tenant_id,
        ALLOCATIONS.c.amount > 0,
        ALLOCATIONS.c.id.not_in(undone),
    )
    if transaction_id is not None:
        query = query.where(ALLOCATIONS.c.transaction_id == transaction_id)
    if invoice_id is not None:
        query = query.where(ALLOCATIONS.c.invoice_id == invoice_id)
    return [
        dict(row._mapping)
        for row in (await session.execute(query.order_by(ALLOCATIONS.c.id))).all()
    ]


async def has_pending_payment(session: Reads, tenant_id: int, invoice_id: int) -> bool:
    """Whether a payment still settling (PENDING, e.g. ACH) has a live allocation to the
    invoice: the invoice reads PENDING until it settles or fails."""
    undone = select(ALLOCATIONS.c.reverses_allocation_id).where(
        ALLOCATIONS.c.tenant_id == tenant_id, ALLOCATIONS.c.reverses_allocation_id.is_not(None)
    )
    query = (
        select(literal(1))
        .select_from(ALLOCATIONS)
        .join(TRANSACTIONS, TRANSACTIONS.c.id == ALLOCATIONS.c.transaction_id)
        .join(
            PAYMENTS,
            and_(
                PAYMENTS.c.tenant_id == TRANSACTIONS.c.tenant_id,
                PAYMENTS.c.id == TRANSACTIONS.c.payment_id,
            ),
        )
        .where(
            ALLOCATIONS.c.tenant_id == tenant_id,
            ALLOCATIONS.c.invoice_id == invoice_id,
            ALLOCATIONS.c.amount > 0,
            ALLOCATIONS.c.id.not_in(undone),
            PAYMENTS.c.status == "PENDING",
        )
        .limit(1)
    )
    return (await session.execute(query)).first() is not None


async def payments_of_invoice(
    session: Reads, tenant_id: int, invoice_id: int
) -> list[dict[str, Any]]:
    """The payments that settled part of the invoice, oldest first, with what each allocated
    to it (a refunded one stays listed, with its status)."""
    query = (
        select(
            PAYMENTS.c.id,
            func.sum(ALLOCATIONS.c.amount).label("amount"),
            PAYMENTS.c.payment_date,
            PAYMENTS.c.payment_method,
            PAYMENTS.c.status,
        )
        .select_from(ALLOCATIONS)
        .join(TRANSACTIONS, TRANSACTIONS.c.id == ALLOCATIONS.c.transaction_id)
        .join(
            PAYMENTS,
            and_(
                PAYMENTS.c.tenant_id == TRANSACTIONS.c.tenant_id,
                PAYMENTS.c.id == TRANSACTIONS.c.payment_id,
            ),
        )
        .where(
            ALLOCATIONS.c.tenant_id == tenant_id,
            ALLOCATIONS.c.invoice_id == invoice_id,
            ALLOCATIONS.c.amount > 0,
            TRANSACTIONS.c.kind == "PAYMENT",
        )
        .group_by(
            PAYMENTS.c.id, PAYMENTS.c.payment_date, PAYMENTS.c.payment_method, PAYMENTS.c.status
        )
        .order_by(PAYMENTS.c.id)
    )
    return [
        {**dict(row._mapping), "amount": Decimal(str(row.amount))}
        for row in (await session.execute(query)).all()
    ]


async def lock_balance(session: AsyncSession, tenant_id: int, client_id: int) -> dict[str, Decimal]:
    """The client's balance row, locked (created at zero the first time)."""
    await begin_immediately(session)
    query = (
        select(BALANCES.c.balance, BALANCES.c.unapplied_credit)
        .where(BALANCES.c.tenant_id == tenant_id, BALANCES.c.client_id == client_id)
        .with_for_update()
    )
    values = {
        "tenant_id": tenant_id,
        "client_id": client_id,
        "balance": ZERO,
        "unapplied_credit": ZERO,
    }
    await _insert_missing(session, BALANCES, values)
    row = (await session.execute(query)).one()
    return {"balance": row.balance, "unapplied_credit": row.unapplied_credit}


async def save_balance(
    session: AsyncSession,
    tenant_id: int,
    client_id: int,
    balance: Decimal,
    credit: Decimal,
    now: datetime,
) -> None:
    statement = (
        update(BALANCES)
        .where(BALANCES.c.tenant_id == tenant_id, BALANCES.c.client_id == client_id)
        .values(balance=balance, unapplied_credit=credit, updated_at=now)
    )
    await session.execute(statement)


async def credit_sources(session: Reads, tenant_id: int, client_id: int) -> list[dict[str, Any]]:
    """The client's PAYMENT and CREDIT_MEMO rows not reversed, oldest first, with what of each
    is not allocated yet (`available`); only those with something left."""
    reversed_ids = select(TRANSACTIONS.c.reverses_ar_tran_id).where(
        TRANSACTIONS.c.tenant_id == tenant_id, TRANSACTIONS.c.reverses_ar_tran_id.is_not(None)
    )
    allocated = (
        select(ALLOCATIONS.c.transaction_id, func.sum(ALLOCATIONS.c.amount).label("allocated"))
        .where(ALLOCATIONS.c.tenant_id == tenant_id)
        .group_by(ALLOCATIONS.c.transaction_id)
        .subquery()
    )
    query = (
        select(TRANSACTIONS, func.coalesce(allocated.c.allocated, 0).label("allocated"))
        .outerjoin(allocated, allocated.c.transaction_id == TRANSACTIONS.c.id)
        .where(
            TRANSACTIONS.c.tenant_id == tenant_id,
            TRANSACTIONS.c.client_id == client_id,
            TRANSACTIONS.c.kind.in_(("PAYMENT", "CREDIT_MEMO")),
            TRANSACTIONS.c.ar_tran_id.not_in(reversed_ids),
        )
        .order_by(TRANSACTIONS.c.id)
    )
    found = []
    for row in (await session.execute(query)).all():
        item = dict(row._mapping)
        item["available"] = -Decimal(item["amount"]) - Decimal(str(item["allocated"]))
        if item["available"] > 0:
            found.append(item)
    return found


# --- recomputation from the ledger (verify-ledger and settling) ---------------------------


async def invoice_sums(
    session: Reads, tenant_id: int, invoice_ids: Iterable[int] | None = None
) -> dict[int, dict[str, Decimal]]:
    """Per invoice, from the ledger: `owed` (its INVOICE row and that row's reversal), `paid`
    (allocations of payments and credit memos) and `written_off` (of write-offs)."""
    original = TRANSACTIONS.alias("original")
    owed_query = (
        select(TRANSACTIONS.c.invoice_id, func.sum(TRANSACTIONS.c.amount))
        .outerjoin(
            original,
            and_(
                original.c.tenant_id == TRANSACTIONS.c.tenant_id,
                original.c.ar_tran_id == TRANSACTIONS.c.reverses_ar_tran_id,
            ),
        )
        .where(
            TRANSACTIONS.c.tenant_id == tenant_id,
            TRANSACTIONS.c.invoice_id.is_not(None),
            or_(
                TRANSACTIONS.c.kind == "INVOICE",
                and_(TRANSACTIONS.c.kind == "REVERSAL", original.c.kind == "INVOICE"),
            ),
        )
        .group_by(TRANSACTIONS.c.invoice_id)
    )
    settled_query = (
        select(ALLOCATIONS.c.invoice_id, TRANSACTIONS.c.kind, func.sum(ALLOCATIONS.c.amount))
        .join(TRANSACTIONS, TRANSACTIONS.c.id == ALLOCATIONS.c.transaction_id)
        .where(ALLOCATIONS.c.tenant_id == tenant_id)
        .group_by(ALLOCATIONS.c.invoice_id, TRANSACTIONS.c.kind)
    )
    if invoice_ids is not None:
        wanted = list(invoice_ids)
        owed_query = owed_query.where(TRANSACTIONS.c.invoice_id.in_(wanted))
        settled_query = settled_query.where(ALLOCATIONS.c.invoice_id.in_(wanted))
    sums: dict[int, dict[str, Decimal]] = {}

    def entry(invoice_id: int) -> dict[str, Decimal]:
        return sums.setdefault(invoice_id, {"owed": ZERO, "paid": ZERO, "written_off": ZERO})

    for invoice_id, amount in (await session.execute(owed_query)).all():
        entry(int(invoice_id))["owed"] += Decimal(str(amount))
    for invoice_id, kind, amount in (await session.execute(settled_query)).all():
        name = "written_off" if kind == "WRITE_OFF" else "paid"
        entry(int(invoice_id))[name] += Decimal(str(amount))
    return sums


async def client_sums(session: Reads, tenant_id: int) -> dict[int, dict[str, Decimal]]:
    """Per client, from the ledger: `balance` (the sum of its rows) and `unapplied_credit`
    (payments and credit memos not reversed, less what of them is allocated)."""
    query = (
        select(TRANSACTIONS.c.client_id, func.sum(TRANSACTIONS.c.amount))
        .where(TRANSACTIONS.c.tenant_id == tenant_id)
        .group_by(TRANSACTIONS.c.client_id)
    )
    sums = {
        int(client_id): {"balance": Decimal(str(total)), "unapplied_credit": ZERO}
        for client_id, total in (await session.execute(query)).all()
    }
    for client_id in list(sums):
        sources = await credit_sources(session, tenant_id, client_id)
        sums[client_id]["unapplied_credit"] = sum((s["available"] for s in sources), ZERO)
    return sums


async def stored_invoices(session: Reads, tenant_id: int) -> list[dict[str, Any]]:
    query = select(
        INVOICES.c.id,
        INVOICES.c.invoice_number,
        INVOICES.c.status,
        INVOICES.c.client_id,
        INVOICES.c.paid_amount,
        INVOICES.c.written_off_amount,
        INVOICES.c.outstanding_amount,
    ).where(INVOICES.c.tenant_id == tenant_id)
    return [
        dict(row._mapping) for row in (await session.execute(query.order_by(INVOICES.c.id))).all()
    ]


async def stored_balances(session: Reads, tenant_id: int) -> dict[int, dict[str, Decimal]]:
    query = select(BALANCES.c.client_id, BALANCES.c.balance, BALANCES.c.unapplied_credit).where(
        BALANCES.c.tenant_id == tenant_id
    )
    return {
        int(row.client_id): {"balance": row.balance, "unapplied_credit": row.unapplied_credit}
        for row in (await session.execute(query)).all()
    }


async def tenant_ids(session: Reads, slug: str | None) -> list[tuple[int, str]]:
    query = select(TENANTS.c.id, TENANTS.c.slug).order_by(TENANTS.c.id)
    if slug is not None:
        query = query.where(TENANTS.c.slug == slug)
    return [(int(row.id), str(row.slug)) for row in (await session.execute(query)).all()]


# --- WIP billed by invoices ---------------------------------------------------------------


async def wips_for_billing(
    session: AsyncSession, tenant_id: int, ids: Iterable[int]
) -> dict[int, dict[str, Any]]:
    query = (
        select(
            WIPS.c.id,
            WIPS.c.job_id,
            WIPS.c.client_id,
            WIPS.c.status,
            WIPS.c.value,
            WIPS.c.billed_amount,
            WIPS.c.write_off_amount,
            WIPS.c.outstanding_amount,
        )
        .where(WIPS.c.tenant_id == tenant_id, WIPS.c.id.in_(set(ids)))
        .order_by(WIPS.c.id)
        .with_for_update()
    )
    return {int(row.id): dict(row._mapping) for row in (await session.execute(query)).all()}


def _per_row(table: Table, column: str, by_id: dict[int, Any]) -> Any:
    """The value of `column` for each row id: the one value when all rows share it, else a
    `CASE id WHEN ... THEN ... END` typed as the column (valid on PostgreSQL and SQLite)."""
    values = list(by_id.values())
    kind = table.c[column].type
    if all(value == values[0] for value in values[1:]):
        return literal(values[0], kind) if values[0] is not None else None
    whens = {row_id: literal(value, kind) for row_id, value in by_id.items()}
    return case(whens, value=table.c.id)


async def set_wips(
    session: AsyncSession, tenant_id: int, changes: dict[int, dict[str, Any]]
) -> None:
    """Each WIP entry's new values, in one UPDATE whatever their number (every entry changes
    the same columns): a posting bills ten entries with one statement, not ten."""
    if not changes:
        return
    columns = next(iter(changes.values())).keys()
    values = {
        column: _per_row(WIPS, column, {wip_id: row[column] for wip_id, row in changes.items()})
        for column in columns
    }
    statement = (
        update(WIPS)
        .where(WIPS.c.tenant_id == tenant_id, WIPS.c.id.in_(list(changes)))
        .values(**values, version=WIPS.c.version + 1)
    )
    await session.execute(statement)


async def set_lines_wip_amounts(
    session: AsyncSession, tenant_id: int, amounts: dict[int, dict[str, str]]
) -> None:
    """What each line billed of each of its WIP entries, all lines in one UPDATE."""
    if not amounts:
        return
    statement = (
        update(LINES)
        .where(LINES.c.tenant_id == tenant_id, LINES.c.id.in_(list(amounts)))
        .values(wip_amounts=_per_row(LINES, "wip_amounts", amounts))
    )
    await session.execute(statement)


async def ledger_ids(session: Reads, tenant_id: int) -> list[str]:
    """Every ledger row's public id, oldest first."""
    query = (
        select(TRANSACTIONS.c.ar_tran_id)
        .where(TRANSACTIONS.c.tenant_id == tenant_id)
        .order_by(TRANSACTIONS.c.id)
    )
    return [str(value) for value in (await session.execute(query)).scalars().all()]


def ledger_view() -> Table:
    """The ledger rows as a resource sees them: append-only, so never updated (version 1)."""
    table = table_of(ArTransaction)
    query = select(
        *table.c,
        table.c.created_at.label("updated_at"),
        literal(1).label("version"),
    )
    return cast(Table, query.subquery("vw_ar_transactions"))


async def tenant_name(session: Reads, tenant_id: int) -> str:
    query = select(TENANTS.c.name).where(TENANTS.c.id == tenant_id)
    return str((await session.execute(query)).scalar_one())


async def invoice_emails(session: Reads, tenant_id: int, client_id: int) -> list[str]:
    """The email addresses of the client's active contacts that receive invoice emails, in
    the contacts' order, each once."""
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
            CONTACTS.c.receives_invoice_emails.is_(True),
            CONTACTS.c.email.is_not(None),
            CONTACTS.c.email != "",
        )
        .order_by(CONTACTS.c.id)
    )
    emails = [str(email) for email in (await session.execute(query)).scalars()]
    return list(dict.fromkeys(emails))


async def save_invoice_pdf(
    session: AsyncSession, tenant_id: int, invoice_id: int, file_id: int, version: int
) -> None:
    """Remember the PDF rendered at `version`: not a change of the invoice (no new version)."""
    statement = (
        update(INVOICES)
        .where(INVOICES.c.tenant_id == tenant_id, INVOICES.c.id == invoice_id)
        .values(pdf_file_id=file_id, pdf_version=version)
    )
    await session.execute(statement)


async def credit_memo_row(session: Reads, tenant_id: int, row_id: int) -> dict[str, Any] | None:
    query = select(TRANSACTIONS).where(
        TRANSACTIONS.c.tenant_id == tenant_id,
        TRANSACTIONS.c.id == row_id,
        TRANSACTIONS.c.kind == "CREDIT_MEMO",
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def unapplied_credit(session: Reads, tenant_id: int, client_id: int) -> Decimal:
    query = select(BALANCES.c.unapplied_credit).where(
        BALANCES.c.tenant_id == tenant_id, BALANCES.c.client_id == client_id
    )
    found = (await session.execute(query)).scalar_one_or_none()
    return ZERO if found is None else Decimal(found).quantize(CENT)


async def aged_outstanding(
    session: Reads,
    tenant_id: int,
    client_id: int,
    statuses: Sequence[str],
    ranges: Sequence[tuple[date, date | None]],
) -> tuple[Decimal, list[Decimal]]:
    """The outstanding amount of the client's invoices in `statuses`, in all and per range of
    due dates (latest, earliest or None), summed exactly in cents, in one statement."""
    outstanding, due = INVOICES.c.outstanding_amount, INVOICES.c.due_date

    def within(latest: date, earliest: date | None) -> Any:
        inside = due <= latest if earliest is None else and_(due <= latest, due >= earliest)
        return cents(case((inside, outstanding), else_=0))

    query = select(cents(outstanding), *(within(*bounds) for bounds in ranges)).where(
        INVOICES.c.tenant_id == tenant_id,
        INVOICES.c.client_id == client_id,
        INVOICES.c.status.in_(statuses),
        outstanding > 0,
    )
    total, *parts = (await session.execute(query)).one()
    return from_cents(total), [from_cents(part) for part in parts]
