"""The SQL of draft bills: numbering, the WIP a draft takes and gives back, its lines and its
history rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit.repository import begin_immediately
from openwyn.kit.sqltypes import utcnow
from openwyn.models import (
    Client,
    DraftInvoice,
    DraftInvoiceHistory,
    DraftInvoiceLine,
    Job,
    ServiceLine,
    Staff,
    Tenant,
    Wip,
)
from openwyn.models.base import table_of

DRAFTS = table_of(DraftInvoice)
LINES = table_of(DraftInvoiceLine)
HISTORY = table_of(DraftInvoiceHistory)
WIPS = table_of(Wip)
JOBS = table_of(Job)
CLIENTS = table_of(Client)
STAFF = table_of(Staff)
SERVICE_LINES = table_of(ServiceLine)
TENANTS = table_of(Tenant)

LINE_FIELDS = (
    "position",
    "description",
    "quantity",
    "unit_price",
    "amount",
    "standard_amount",
    "adjustment",
    "tax_rate",
    "tax_amount",
    "notes",
    "job_id",
    "wip_ids",
)


@dataclass(frozen=True)
class Roles:
    """A client's or a job's manager and partner."""

    client_id: int
    manager_staff_id: int | None
    partner_staff_id: int | None


async def lock_tenant_drafts(session: AsyncSession, tenant_id: int) -> None:
    """Hold the tenant's draft numbering until the transaction ends: drafts are created one at
    a time per tenant, so their numbers never collide (PostgreSQL: the tenant's row, in a mode
    that does not block foreign-key checks; SQLite: the write lock, taken now)."""
    await begin_immediately(session)
    query = select(TENANTS.c.id).where(TENANTS.c.id == tenant_id)
    await session.execute(query.with_for_update(key_share=True))


async def next_draft_number(session: AsyncSession, tenant_id: int) -> str:
    """The next number of the tenant's sequence (DR-00001, ...); drafts are never deleted."""
    query = select(func.count()).select_from(DRAFTS).where(DRAFTS.c.tenant_id == tenant_id)
    count = int((await session.execute(query)).scalar_one())
    return f"DR-{count + 1:05d}"


async def client_name(session: AsyncSession, tenant_id: int, client_id: int) -> str | None:
    query = select(CLIENTS.c.name).where(
        CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id == client_id
    )
    name: str | None = (await session.execute(query)).scalar_one_or_none()
    return name


async def client_roles(session: AsyncSession, tenant_id: int, client_id: int) -> Roles | None:
    query = select(CLIENTS.c.id, CLIENTS.c.manager_staff_id, CLIENTS.c.partner_staff_id).where(
        CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id == client_id
    )
    row = (await session.execute(query)).first()
    return None if row is None else Roles(int(row.id), row.manager_staff_id, row.partner_staff_id)


async def jobs(session: AsyncSession, tenant_id: int, job_ids: Iterable[int]) -> dict[int, Any]:
    """The named jobs: client, name, manager and partner."""
    query = select(
        JOBS.c.id,
        JOBS.c.client_id,
        JOBS.c.name,
        JOBS.c.manager_staff_id,
        JOBS.c.partner_staff_id,
    ).where(JOBS.c.tenant_id == tenant_id, JOBS.c.id.in_(set(job_ids)))
    return {int(row.id): row for row in (await session.execute(query)).all()}


async def staff_names(
    session: AsyncSession, tenant_id: int, staff_ids: Iterable[int]
) -> dict[int, str]:
    query = select(STAFF.c.id, STAFF.c.first_name, STAFF.c.last_name).where(
        STAFF.c.tenant_id == tenant_id, STAFF.c.id.in_(set(staff_ids))
    )
    rows = (await session.execute(query)).all()
    return {
        int(row.id): " ".join(part for part in (row.first_name, row.last_name) if part)
        or f"Staff {row.id}"
        for row in rows
    }


async def service_line_names(
    session: AsyncSession, tenant_id: int, ids: Iterable[int]
) -> dict[int, str]:
    query = select(SERVICE_LINES.c.id, SERVICE_LINES.c.name).where(
        SERVICE_LINES.c.tenant_id == tenant_id, SERVICE_LINES.c.id.in_(set(ids))
    )
    return {int(row.id): str(row.name) for row in (await session.execute(query)).all()}


_WIP_COLUMNS = (
    WIPS.c.id,
    WIPS.c.type,
    WIPS.c.client_id,
    WIPS.c.job_id,
    WIPS.c.staff_id,
    WIPS.c.logged_date,
    WIPS.c.hours,
    WIPS.c.notes,
    WIPS.c.task_code,
    WIPS.c.service_line_id,
    WIPS.c.outstanding_amount,
    WIPS.c.status,
)


async def billable_wips(
    session: AsyncSession,
    tenant_id: int,
    client_id: int,
    job_ids: Sequence[int] | None,
    through: date | None,
    types: Sequence[str] | None,
) -> list[Any]:
    """The client's approved, billable, OPEN WIP with something outstanding, in date order."""
    query = select(*_WIP_COLUMNS).where(
        WIPS.c.tenant_id == tenant_id,
        WIPS.c.client_id == client_id,
        WIPS.c.status == "OPEN",
        WIPS.c.approved.is_(True),
        WIPS.c.billable.is_(True),
        WIPS.c.outstanding_amount > 0,
    )
    if job_ids is not None:
        query = query.where(WIPS.c.job_id.in_(job_ids))
    if through is not None:
        query = query.where(WIPS.c.logged_date <= through)
    if types is not None:
        query = query.where(WIPS.c.type.in_(types))
    result = await session.execute(query.order_by(WIPS.c.logged_date, WIPS.c.id))
    return list(result.all())


async def wips_by_id(session: AsyncSession, tenant_id: int, ids: Iterable[int]) -> dict[int, Any]:
    query = select(*_WIP_COLUMNS).where(WIPS.c.tenant_id == tenant_id, WIPS.c.id.in_(set(ids)))
    rows = (await session.execute(query)).all()
    return {int(row.id): row for row in rows}


async def take_wips(
    session: AsyncSession, tenant_id: int, draft_id: int, ids: Sequence[int], columns: Sequence[Any]
) -> list[Row[Any]]:
    """Put the named WIP rows ON_DRAFT, each only if it is still OPEN: one conditional UPDATE,
    so of two drafts taking the same row at once exactly one takes it (the other waits on the
    row lock, then finds it ON_DRAFT). Returns the rows taken (in `columns`)."""
    statement = (
        update(WIPS)
        .where(WIPS.c.tenant_id == tenant_id, WIPS.c.id.in_(ids), WIPS.c.status == "OPEN")
        .values(
            status="ON_DRAFT",
            draft_invoice_id=draft_id,
            version=WIPS.c.version + 1,
            updated_at=utcnow(),
        )
        .returning(*columns)
    )
    return list((await session.execute(statement)).all())


async def release_wips(
    session: AsyncSession, tenant_id: int, draft_id: int, columns: Sequence[Any]
) -> list[Row[Any]]:
    """Give a draft's WIP back: OPEN again, no draft."""
    statement = (
        update(WIPS)
        .where(
            WIPS.c.tenant_id == tenant_id,
            WIPS.c.draft_invoice_id == draft_id,
            WIPS.c.status == "ON_DRAFT",
        )
        .values(
            status="OPEN",
            draft_invoice_id=None,
            version=WIPS.c.version + 1,
            updated_at=utcnow(),
        )
        .returning(*columns)
    )
    return list((await session.execute(statement)).all())


async def lock_draft(session: AsyncSession, tenant_id: int, draft_id: int) -> None:
    """Hold the draft's row: two actions on one draft run one after the other."""
    await begin_immediately(session)
    query = select(DRAFTS.c.id).where(DRAFTS.c.tenant_id == tenant_id, DRAFTS.c.id == draft_id)
    await session.execute(query.with_for_update())


async def insert_lines(
    session: AsyncSession, tenant_id: int, draft_id: int, lines: Sequence[dict[str, Any]]
) -> None:
    now = utcnow()
    rows = [
        {
            "tenant_id": tenant_id,
            "draft_invoice_id": draft_id,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            **{name: line[name] for name in LINE_FIELDS},
        }
        for line in lines
    ]
    if rows:
        await session.execute(LINES.insert(), rows)


async def lines_of(
    session: Any, tenant_id: int, draft_ids: Sequence[int]
) -> dict[int, list[dict[str, Any]]]:
    """Each draft's lines, in order (`session` may be a reading connection)."""
    query = (
        select(LINES.c.id, LINES.c.draft_invoice_id, *(LINES.c[name] for name in LINE_FIELDS))
        .where(LINES.c.tenant_id == tenant_id, LINES.c.draft_invoice_id.in_(draft_ids))
        .order_by(LINES.c.draft_invoice_id, LINES.c.position, LINES.c.id)
    )
    found: dict[int, list[dict[str, Any]]] = {draft_id: [] for draft_id in draft_ids}
    for row in (await session.execute(query)).all():
        found[int(row.draft_invoice_id)].append(dict(row._mapping))
    return found


async def save_line(
    session: AsyncSession, tenant_id: int, line_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(LINES)
        .where(LINES.c.tenant_id == tenant_id, LINES.c.id == line_id)
        .values(version=LINES.c.version + 1, updated_at=utcnow(), **values)
    )
    await session.execute(statement)


async def add_history(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> None:
    now = utcnow()
    row = {"tenant_id": tenant_id, "version": 1, "created_at": now, "updated_at": now, **values}
    await session.execute(HISTORY.insert().values(**row))


async def deactivate_history(session: AsyncSession, tenant_id: int, draft_id: int) -> None:
    """An abandoned draft's history rows are no longer active."""
    statement = (
        update(HISTORY)
        .where(HISTORY.c.tenant_id == tenant_id, HISTORY.c.draft_invoice_id == draft_id)
        .values(active=False, version=HISTORY.c.version + 1, updated_at=utcnow())
    )
    await session.execute(statement)


async def history_of(session: Any, tenant_id: int, draft_id: int) -> list[dict[str, Any]]:
    """A draft's history rows, oldest first."""
    query = (
        select(HISTORY)
        .where(HISTORY.c.tenant_id == tenant_id, HISTORY.c.draft_invoice_id == draft_id)
        .order_by(HISTORY.c.created_at, HISTORY.c.id)
    )
    return [dict(row._mapping) for row in (await session.execute(query)).all()]


async def clients_brief(
    session: Any, tenant_id: int, client_ids: Iterable[int]
) -> dict[int, dict[str, Any]]:
    """What a history row nests of its client."""
    query = select(
        CLIENTS.c.id, CLIENTS.c.active, CLIENTS.c.client_ref, CLIENTS.c.name, CLIENTS.c.pms_ref
    ).where(CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.id.in_(set(client_ids)))
    return {
        int(row.id): {
            "active": row.active,
            "clientRef": row.client_ref,
            "name": row.name,
            "pmsRef": row.pms_ref,
        }
        for row in (await session.execute(query)).all()
    }


async def drafts_brief(
    session: Any, tenant_id: int, draft_ids: Iterable[int]
) -> dict[int, dict[str, Any]]:
    """What a history row nests of its draft, as the draft is now."""
    query = select(
        DRAFTS.c.id,
        DRAFTS.c.approved_at,
        DRAFTS.c.ar_tran_id,
        DRAFTS.c.approver_staff_id,
        DRAFTS.c.approved_by_staff_id,
        DRAFTS.c.invoice_id,
        DRAFTS.c.status,
        DRAFTS.c.pms_invoice_number,
    ).where(DRAFTS.c.tenant_id == tenant_id, DRAFTS.c.id.in_(set(draft_ids)))
    return {int(row.id): dict(row._mapping) for row in (await session.execute(query)).all()}


async def draft_id_by_pms_ref(session: Any, tenant_id: int, pms_ref: str) -> int | None:
    query = select(DRAFTS.c.id).where(DRAFTS.c.tenant_id == tenant_id, DRAFTS.c.pms_ref == pms_ref)
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else int(found)
