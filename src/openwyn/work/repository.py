"""The SQL of work: the facts a WIP write derives from, the locks that keep a job's roll-ups
exact, the roll-ups themselves and the projects view (jobs with their roll-ups)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Numeric,
    Row,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.expression import Subquery

from openwyn.kit.repository import begin_immediately, cents, from_cents
from openwyn.kit.sqltypes import UTCDateTime
from openwyn.models import File, Invoice, Job, JobRollup, Staff, Wip
from openwyn.models.base import table_of

WIPS = table_of(Wip)
JOBS = table_of(Job)
STAFF = table_of(Staff)
FILES = table_of(File)
ROLLUPS = table_of(JobRollup)
INVOICES = table_of(Invoice)


@dataclass(frozen=True)
class JobFacts:
    client_id: int
    rates: list[dict[str, Any]]


@dataclass(frozen=True)
class StaffFacts:
    active: bool
    billing_rate: Decimal | None


async def lock_jobs(session: AsyncSession, tenant_id: int, job_ids: Iterable[int]) -> None:
    """Hold the jobs' rows until the transaction ends, so WIP writes on one job run one at a
    time and each recomputes the roll-ups over every committed row (PostgreSQL: row locks, in
    id order so two writers never wait on each other; SQLite: the write lock, taken now).
    `FOR NO KEY UPDATE`, not `FOR UPDATE`: a row inserted with a foreign key to the job (an
    invoice naming it as project, a WIP entry) holds `FOR KEY SHARE` on it until it commits,
    and a writer waiting for that while holding what the inserter waits for next (the client's
    balance) would deadlock."""
    await begin_immediately(session)
    wanted = sorted(set(job_ids))
    query = (
        select(JOBS.c.id)
        .where(JOBS.c.tenant_id == tenant_id, JOBS.c.id.in_(wanted))
        .order_by(JOBS.c.id)
        .with_for_update(key_share=True)
    )
    await session.execute(query)


async def lock_staff(session: AsyncSession, tenant_id: int, staff_ids: Iterable[int]) -> None:
    """Hold the staff rows (in id order): two entries of one person on one day cannot both pass
    the 24 hours check."""
    wanted = sorted(set(staff_ids))
    if not wanted:
        return
    query = (
        select(STAFF.c.id)
        .where(STAFF.c.tenant_id == tenant_id, STAFF.c.id.in_(wanted))
        .order_by(STAFF.c.id)
        .with_for_update()
    )
    await session.execute(query)


async def _rows_by_id(
    session: AsyncSession, table: Any, tenant_id: int, ids: Iterable[int], *columns: Any
) -> dict[int, Row[Any]]:
    """The tenant's rows of `table` with these ids (those that exist), by id."""
    query = select(table.c.id, *columns).where(
        table.c.tenant_id == tenant_id, table.c.id.in_(set(ids))
    )
    return {int(row.id): row for row in (await session.execute(query)).all()}


async def jobs_facts(
    session: AsyncSession, tenant_id: int, job_ids: Iterable[int]
) -> dict[int, JobFacts]:
    rows = await _rows_by_id(session, JOBS, tenant_id, job_ids, JOBS.c.client_id, JOBS.c.rates)
    return {key: JobFacts(int(row.client_id), list(row.rates or [])) for key, row in rows.items()}


async def staff_facts_many(
    session: AsyncSession, tenant_id: int, staff_ids: Iterable[int]
) -> dict[int, StaffFacts]:
    columns = (STAFF.c.active, STAFF.c.billing_rate)
    rows = await _rows_by_id(session, STAFF, tenant_id, staff_ids, *columns)
    return {key: StaffFacts(bool(row.active), row.billing_rate) for key, row in rows.items()}


async def existing_files(session: AsyncSession, tenant_id: int, file_ids: set[int]) -> set[int]:
    if not file_ids:
        return set()
    return set(await _rows_by_id(session, FILES, tenant_id, file_ids))


async def hours_on_days(
    session: AsyncSession, tenant_id: int, days: set[tuple[int, date]]
) -> dict[tuple[int, date], Decimal]:
    """Staff members' logged hours on the days named (zero for a day without any)."""
    found = dict.fromkeys(days, from_cents(0))
    if not days:
        return found
    staff_ids = {staff_id for staff_id, _ in days}
    dates = {day for _, day in days}
    query = (
        select(WIPS.c.staff_id, WIPS.c.logged_date, cents(WIPS.c.hours))
        .where(
            WIPS.c.tenant_id == tenant_id,
            WIPS.c.staff_id.in_(staff_ids),
            WIPS.c.logged_date.in_(dates),
        )
        .group_by(WIPS.c.staff_id, WIPS.c.logged_date)
    )
    for staff_id, day, total in (await session.execute(query)).all():
        if (int(staff_id), day) in found:
            found[int(staff_id), day] = from_cents(total)
    return found


async def job_facts(session: AsyncSession, tenant_id: int, job_id: int) -> JobFacts | None:
    return (await jobs_facts(session, tenant_id, [job_id])).get(job_id)


async def staff_facts(session: AsyncSession, tenant_id: int, staff_id: int) -> StaffFacts | None:
    return (await staff_facts_many(session, tenant_id, [staff_id])).get(staff_id)


async def file_exists(session: AsyncSession, tenant_id: int, file_id: int) -> bool:
    return bool(await existing_files(session, tenant_id, {file_id}))


async def hours_on_day(
    session: AsyncSession, tenant_id: int, staff_id: int, day: date, except_id: int | None
) -> Decimal:
    """A staff member's logged hours on one day, leaving out the entry being edited."""
    query = select(cents(WIPS.c.hours)).where(
        WIPS.c.tenant_id == tenant_id, WIPS.c.staff_id == staff_id, WIPS.c.logged_date == day
    )
    if except_id is not None:
        query = query.where(WIPS.c.id != except_id)
    return from_cents((await session.execute(query)).scalar_one())


async def wips_for_update(
    session: AsyncSession, tenant_id: int, ids: Iterable[int]
) -> dict[int, dict[str, Any]]:
    """The named WIP rows (status, job, amounts), locked for the transaction."""
    query = (
        select(WIPS.c.id, WIPS.c.job_id, WIPS.c.status, WIPS.c.outstanding_amount)
        .where(WIPS.c.tenant_id == tenant_id, WIPS.c.id.in_(set(ids)))
        .order_by(WIPS.c.id)
        .with_for_update()
    )
    rows = (await session.execute(query)).all()
    return {int(row.id): dict(row._mapping) for row in rows}


ROLLUP_FIELDS = (
    "hours_logged",
    "wip_value",
    "wip_outstanding",
    "billed_amount",
    "write_off_amount",
)
# The roll-ups of the job's invoices (those naming it as their project).
INVOICE_FIELDS = ("invoiced_amount", "collected_amount")
STORED_FIELDS = ROLLUP_FIELDS + INVOICE_FIELDS
# A posted invoice, paid or not, and not voided: DRAFT has not billed and CANCELLED was reversed.
BILLED_STATUSES = ("POSTED", "PAID", "PENDING")


async def sum_jobs(
    session: AsyncSession, tenant_id: int, job_ids: list[int]
) -> dict[int, dict[str, Decimal]]:
    """Jobs' roll-ups, summed from their WIP rows (zeros for a job without any)."""
    sources = [WIPS.c[name] for name in ("hours", "value", "outstanding_amount")]
    sources += [WIPS.c.billed_amount, WIPS.c.write_off_amount]
    query = (
        select(WIPS.c.job_id, *(cents(column) for column in sources))
        .where(WIPS.c.tenant_id == tenant_id, WIPS.c.job_id.in_(job_ids))
        .group_by(WIPS.c.job_id)
    )
    found = {
        int(job_id): dict(zip(ROLLUP_FIELDS, map(from_cents, sums), strict=True))
        for job_id, *sums in (await session.execute(query)).all()
    }
    zeros = dict.fromkeys(ROLLUP_FIELDS, from_cents(0))
    return {job_id: found.get(job_id, dict(zeros)) for job_id in job_ids}


async def sum_invoices(
    session: AsyncSession, tenant_id: int, job_ids: list[int]
) -> dict[int, dict[str, Decimal]]:
    """Per job, its posted invoices' totals (`invoiced_amount`) and what payments and credits
    collected on them (`collected_amount`, the invoices' paid amounts, which the ledger keeps
    in the same transaction); zeros for a job without any."""
    query = (
        select(INVOICES.c.project_id, cents(INVOICES.c.total_amount), cents(INVOICES.c.paid_amount))
        .where(
            INVOICES.c.tenant_id == tenant_id,
            INVOICES.c.project_id.in_(job_ids),
            INVOICES.c.status.in_(BILLED_STATUSES),
        )
        .group_by(INVOICES.c.project_id)
    )
    found = {
        int(job_id): dict(zip(INVOICE_FIELDS, map(from_cents, sums), strict=True))
        for job_id, *sums in (await session.execute(query)).all()
    }
    zeros = dict.fromkeys(INVOICE_FIELDS, from_cents(0))
    return {job_id: found.get(job_id, dict(zeros)) for job_id in job_ids}


async def stored_rollups(
    session: AsyncSession, tenant_id: int, job_ids: list[int]
) -> dict[int, dict[str, Any]]:
    query = select(ROLLUPS.c.job_id, *(ROLLUPS.c[name] for name in STORED_FIELDS)).where(
        ROLLUPS.c.tenant_id == tenant_id, ROLLUPS.c.job_id.in_(job_ids)
    )
    rows = (await session.execute(query)).all()
    return {int(row.job_id): {name: row._mapping[name] for name in STORED_FIELDS} for row in rows}


async def save_rollups(
    session: AsyncSession,
    tenant_id: int,
    sums: dict[int, dict[str, Decimal]],
    existing: set[int],
    now: datetime,
) -> None:
    """Store the jobs' roll-ups, stamping their last activity: updates of the stored ones,
    one batched insert of the new ones."""
    if existing:
        statement = (
            update(ROLLUPS)
            .where(ROLLUPS.c.tenant_id == tenant_id, ROLLUPS.c.job_id == bindparam("at_job"))
            .values({name: bindparam(f"new_{name}") for name in STORED_FIELDS})
            .values(last_activity_at=now)
        )
        rows = [
            {"at_job": job_id} | {f"new_{name}": sums[job_id][name] for name in STORED_FIELDS}
            for job_id in sorted(existing)
        ]
        connection = await session.connection()
        await connection.execute(statement, rows)
    new = [
        {**sums[job_id], "tenant_id": tenant_id, "job_id": job_id, "last_activity_at": now}
        for job_id in sorted(set(sums) - existing)
    ]
    if new:
        await session.execute(ROLLUPS.insert(), new)
    await _stamp_projects(session, tenant_id, sorted(sums), now)


async def _stamp_projects(
    session: AsyncSession, tenant_id: int, job_ids: list[int], now: datetime
) -> None:
    """The projects' stored `updatedAt` after new activity: the later of the job's own
    `updated_at` and `now`. Setting `updated_at` to itself keeps the job's (and its onupdate
    from firing): the job was not written."""
    stamp = literal(now, UTCDateTime())
    later = case((JOBS.c.updated_at > stamp, JOBS.c.updated_at), else_=stamp)
    statement = (
        update(JOBS)
        .where(JOBS.c.tenant_id == tenant_id, JOBS.c.id.in_(job_ids))
        .values(project_updated_at=later, updated_at=JOBS.c.updated_at)
    )
    await session.execute(statement)


def _percent(part: Any, whole: Any) -> Any:
    """part / whole x 100 to two decimals; null when the whole is null or zero."""
    # 100.0, not 100: SQLite divides integers (100 x 100 / 300 would be 33).
    ratio = part * literal_column("100.0") / whole
    rounded = func.round(ratio, 2, type_=Numeric(12, 2))
    return case((and_(whole.is_not(None), whole != 0), rounded), else_=None)


def projects_view() -> Subquery:
    """`vw_job`: every job with its roll-ups (zeros for a job without WIP) and its percentages;
    `updated_at` is the later of the job's and its last activity (money-work.md §11), stored
    on the job (`project_updated_at`, indexed) so the default order is an index range."""
    zero: ColumnElement[Any] = literal_column("0")
    rollup = {name: func.coalesce(ROLLUPS.c[name], zero) for name in STORED_FIELDS}
    billed, written_off = rollup["billed_amount"], rollup["write_off_amount"]
    hidden = {"updated_at", "project_updated_at"}
    job_columns = [column for column in JOBS.c if column.name not in hidden]
    joined = JOBS.outerjoin(
        ROLLUPS, and_(ROLLUPS.c.tenant_id == JOBS.c.tenant_id, ROLLUPS.c.job_id == JOBS.c.id)
    )
    query = select(
        *job_columns,
        JOBS.c.project_updated_at.label("updated_at"),
        *(value.label(name) for name, value in rollup.items()),
        _percent(rollup["wip_value"], JOBS.c.budget).label("budget_used_percent"),
        _percent(billed, billed + written_off).label("realization_percent"),
        ROLLUPS.c.last_activity_at.label("last_activity_at"),
    ).select_from(joined)
    return query.subquery("vw_job")
