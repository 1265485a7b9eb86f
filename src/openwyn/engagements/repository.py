"""All SQL of engagements beyond the generic resource's: templates, the facts a new engagement
checks and renders (clients, contacts, staff, jobs), its clients, services, signers and team.
Every statement is scoped to the tenant."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.kit.local_dates import local_date
from openwyn.kit.repository import begin_immediately
from openwyn.kit.sqltypes import UTCDateTime, utcnow
from openwyn.models import (
    Client,
    Contact,
    ContactClient,
    Engagement,
    EngagementClient,
    EngagementRenewalDigest,
    EngagementService,
    EngagementSigner,
    EngagementSigningLink,
    EngagementTeamMember,
    EngagementTemplate,
    Job,
    ServiceLine,
    Staff,
    Tenant,
)
from openwyn.models.base import table_of

TEMPLATES = table_of(EngagementTemplate)
ENGAGEMENTS = table_of(Engagement)
ENGAGEMENT_CLIENTS = table_of(EngagementClient)
SERVICES = table_of(EngagementService)
SIGNERS = table_of(EngagementSigner)
LINKS = table_of(EngagementSigningLink)
TEAM = table_of(EngagementTeamMember)
CLIENTS = table_of(Client)
CONTACTS = table_of(Contact)
CONTACT_CLIENTS = table_of(ContactClient)
JOBS = table_of(Job)
SERVICE_LINES = table_of(ServiceLine)
STAFF = table_of(Staff)
TENANTS = table_of(Tenant)
DIGESTS = table_of(EngagementRenewalDigest)


def _by_id(rows: Iterable[Any]) -> dict[int, dict[str, Any]]:
    return {row.id: dict(row._mapping) for row in rows}


async def template(session: Reads, tenant_id: int, template_id: int) -> dict[str, Any] | None:
    query = select(
        TEMPLATES.c.id,
        TEMPLATES.c.name,
        TEMPLATES.c.engagement_name_template,
        TEMPLATES.c.body,
        TEMPLATES.c.active,
    ).where(TEMPLATES.c.tenant_id == tenant_id, TEMPLATES.c.id == template_id)
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def firm(session: Reads, tenant_id: int) -> dict[str, Any]:
    query = select(TENANTS.c.name, TENANTS.c.currency, TENANTS.c.timezone).where(
        TENANTS.c.id == tenant_id
    )
    return dict((await session.execute(query)).one()._mapping)


async def clients(session: Reads, tenant_id: int, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    c = CLIENTS.c
    query = select(
        c.id,
        c.name,
        c.legal_name,
        c.email,
        c.phone,
        c.website,
        c.address,
        c.billing_address,
        c.type,
        c.active,
        c.partner_staff_id,
        c.manager_staff_id,
    ).where(c.tenant_id == tenant_id, c.id.in_(list(ids)))
    return _by_id(await session.execute(query))


async def staff(session: Reads, tenant_id: int, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    s = STAFF.c
    query = select(s.id, s.first_name, s.last_name, s.email, s.title, s.active).where(
        s.tenant_id == tenant_id, s.id.in_(list(ids))
    )
    return _by_id(await session.execute(query))


async def contacts(session: Reads, tenant_id: int, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The contacts, each with the ids of the clients it is linked to."""
    c = CONTACTS.c
    query = select(c.id, c.first_name, c.last_name, c.email, c.phone, c.title, c.active).where(
        c.tenant_id == tenant_id, c.id.in_(list(ids))
    )
    found = _by_id(await session.execute(query))
    links = select(CONTACT_CLIENTS.c.contact_id, CONTACT_CLIENTS.c.client_id).where(
        CONTACT_CLIENTS.c.tenant_id == tenant_id, CONTACT_CLIENTS.c.contact_id.in_(list(found))
    )
    for contact in found.values():
        contact["client_ids"] = set()
    for contact_id, client_id in await session.execute(links):
        found[contact_id]["client_ids"].add(client_id)
    return found


async def jobs(session: Reads, tenant_id: int, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    j = JOBS.c
    query = select(
        j.id, j.name, j.client_id, j.status, j.budget, j.manager_staff_id, j.partner_staff_id
    ).where(j.tenant_id == tenant_id, j.id.in_(list(ids)))
    return _by_id(await session.execute(query))


async def active_service_line_ids(session: Reads, tenant_id: int, ids: Iterable[int]) -> set[int]:
    """Those of `ids` that are the tenant's active service lines."""
    s = SERVICE_LINES.c
    query = select(s.id).where(s.tenant_id == tenant_id, s.id.in_(list(ids)), s.active.is_(True))
    return set((await session.execute(query)).scalars())


async def insert_children(
    session: AsyncSession,
    tenant_id: int,
    engagement_id: int,
    children: dict[str, list[dict[str, Any]]],
) -> None:
    """The engagement's other clients, services (in order), signers and team."""
    tables = {
        "clients": ENGAGEMENT_CLIENTS,
        "services": SERVICES,
        "signers": SIGNERS,
        "team": TEAM,
    }
    for name, rows in children.items():
        if rows:
            owned = [{"tenant_id": tenant_id, "engagement_id": engagement_id} | r for r in rows]
            await session.execute(insert(tables[name]), owned)


async def children(session: Reads, tenant_id: int, engagement_id: int) -> dict[str, Any]:
    """The other client ids, services, signers (with their contacts' names) and team."""

    async def rows(query: Any) -> list[dict[str, Any]]:
        return [dict(row._mapping) for row in await session.execute(query)]

    def owned(table: Any) -> Any:
        return (table.c.tenant_id == tenant_id) & (table.c.engagement_id == engagement_id)

    others = select(ENGAGEMENT_CLIENTS.c.client_id).where(owned(ENGAGEMENT_CLIENTS))
    services = select(*SERVICES.c).where(owned(SERVICES)).order_by(SERVICES.c.position)
    signers = (
        select(*SIGNERS.c, CONTACTS.c.first_name, CONTACTS.c.last_name, CONTACTS.c.email)
        .join(CONTACTS, (CONTACTS.c.id == SIGNERS.c.contact_id))
        .where(owned(SIGNERS), CONTACTS.c.tenant_id == tenant_id)
        .order_by(SIGNERS.c.id)
    )
    team = (
        select(*TEAM.c, STAFF.c.first_name, STAFF.c.last_name)
        .join(STAFF, STAFF.c.id == TEAM.c.staff_id)
        .where(owned(TEAM), STAFF.c.tenant_id == tenant_id)
        .order_by(TEAM.c.staff_id)
    )
    return {
        "client_ids": [row["client_id"] for row in await rows(others)],
        "services": await rows(services),
        "signers": await rows(signers),
        "team": await rows(team),
    }


async def renewal_of(session: Reads, tenant_id: int, engagement_id: int) -> int | None:
    query = select(ENGAGEMENTS.c.id).where(
        ENGAGEMENTS.c.tenant_id == tenant_id, ENGAGEMENTS.c.renewed_from_id == engagement_id
    )
    return (await session.execute(query)).scalar()


async def reset_signers(session: AsyncSession, tenant_id: int, engagement_id: int) -> None:
    """Every signature cleared: the letter they signed is no longer the letter."""
    statement = (
        update(SIGNERS)
        .where(SIGNERS.c.tenant_id == tenant_id, SIGNERS.c.engagement_id == engagement_id)
        .values(
            status="PENDING",
            signed_name=None,
            signed_at=None,
            signed_ip=None,
            signed_user_agent=None,
            signed_sha256=None,
        )
    )
    await session.execute(statement)


async def letter(session: Reads, tenant_id: int, engagement_id: int) -> str | None:
    query = select(ENGAGEMENTS.c.letter_text).where(
        ENGAGEMENTS.c.tenant_id == tenant_id, ENGAGEMENTS.c.id == engagement_id
    )
    text: str | None = (await session.execute(query)).scalar()
    return text


async def save_letter(session: AsyncSession, tenant_id: int, engagement_id: int, text: str) -> None:
    statement = (
        update(ENGAGEMENTS)
        .where(ENGAGEMENTS.c.tenant_id == tenant_id, ENGAGEMENTS.c.id == engagement_id)
        .values(letter_text=text)
    )
    await session.execute(statement)


async def lock(session: AsyncSession, tenant_id: int, engagement_id: int) -> None:
    """Hold the engagement for the transaction: signatures, sends and actions on it take turns,
    each reading it after the one before has committed. SQLite ignores FOR UPDATE, so there the
    transaction first takes the database's write lock (a read outside a writing transaction
    would see the engagement as it was before a racing writer's commit)."""
    await begin_immediately(session)
    query = (
        select(ENGAGEMENTS.c.id)
        .where(ENGAGEMENTS.c.tenant_id == tenant_id, ENGAGEMENTS.c.id == engagement_id)
        .with_for_update()
    )
    await session.execute(query)


async def touch(session: AsyncSession, tenant_id: int, engagement_id: int, now: Any) -> None:
    """A new version of the engagement (a signer's status is part of what it reads)."""
    statement = (
        update(ENGAGEMENTS)
        .where(ENGAGEMENTS.c.tenant_id == tenant_id, ENGAGEMENTS.c.id == engagement_id)
        .values(version=ENGAGEMENTS.c.version + 1, updated_at=now)
    )
    await session.execute(statement)


async def add_link(
    session: AsyncSession, tenant_id: int, signer_id: int, token_hash: str, expires_at: Any
) -> None:
    """A new signing link for the signer, beside the ones it already holds."""
    values = {
        "tenant_id": tenant_id,
        "signer_id": signer_id,
        "token_hash": token_hash,
        "expires_at": expires_at,
        "created_at": utcnow(),
    }
    await session.execute(insert(LINKS).values(**values))


async def drop_links(session: AsyncSession, tenant_id: int, signer_ids: list[int]) -> None:
    """The signers' links stop working (the letter is sent again, with new ones)."""
    if signer_ids:
        statement = delete(LINKS).where(
            LINKS.c.tenant_id == tenant_id, LINKS.c.signer_id.in_(signer_ids)
        )
        await session.execute(statement)


async def signer_by_token(session: Reads, token_hash: str) -> dict[str, Any] | None:
    """The signer a link's token names, with its tenant and the link's expiry
    (`token_expires_at`): the token is the portal's only credential, so this is the one lookup
    not scoped by a caller's tenant."""
    query = (
        select(
            *SIGNERS.c,
            LINKS.c.expires_at.label("token_expires_at"),
            CONTACTS.c.first_name,
            CONTACTS.c.last_name,
            CONTACTS.c.email,
        )
        .join(
            SIGNERS,
            (SIGNERS.c.id == LINKS.c.signer_id) & (SIGNERS.c.tenant_id == LINKS.c.tenant_id),
        )
        .join(
            CONTACTS,
            (CONTACTS.c.id == SIGNERS.c.contact_id) & (CONTACTS.c.tenant_id == SIGNERS.c.tenant_id),
        )
        .select_from(LINKS)
        .where(LINKS.c.token_hash == token_hash)
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def save_signer(
    session: AsyncSession, tenant_id: int, signer_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(SIGNERS)
        .where(SIGNERS.c.tenant_id == tenant_id, SIGNERS.c.id == signer_id)
        .values(**values)
    )
    await session.execute(statement)


async def unscoped_due(
    session: AsyncSession,
    now: datetime,
    limit: int,
    tenants: frozenset[int] | None = None,
) -> list[dict[str, Any]]:
    """Engagements of every tenant that time moves at `now`: a SENT one past its expiry or
    its next reminder, a SIGNED one whose prepayment is due past its next reminder, an
    EXECUTED one whose start date came, an EXECUTED or ACTIVE one whose end date passed, the
    dates compared with each tenant's own today (so a row not yet due is never taken, and
    cannot hold a batch's place). Each is locked for the transaction and skipped by another
    worker holding it (PostgreSQL; SQLite's writer lock serialises). Only those of `tenants`,
    if given."""
    e = ENGAGEMENTS.c
    today = local_date(bindparam("now", now, type_=UTCDateTime()), TENANTS.c.timezone)
    sent = (e.status == "SENT") & ((e.expires_at <= now) | (e.next_reminder_at <= now))
    unpaid = (e.prepaid_amount < e.prepayment_amount) & (e.next_reminder_at <= now)
    prepay = (e.status == "SIGNED") & unpaid
    starting = (e.status == "EXECUTED") & (e.start_date <= today)
    ending = e.status.in_(("EXECUTED", "ACTIVE")) & (e.end_date < today)
    query = (
        select(
            e.tenant_id,
            e.id,
            e.status,
            e.start_date,
            e.end_date,
            e.expires_at,
            e.next_reminder_at,
            e.reminder_days,
            TENANTS.c.timezone,
        )
        .join(TENANTS, TENANTS.c.id == e.tenant_id)
        .where(sent | prepay | starting | ending)
        .order_by(e.id)
        .limit(limit)
        .with_for_update(of=ENGAGEMENTS, skip_locked=True)
    )
    if tenants is not None:
        query = query.where(e.tenant_id.in_(sorted(tenants)))
    return [dict(row._mapping) for row in await session.execute(query)]


async def set_next_reminder(
    session: AsyncSession, tenant_id: int, engagement_id: int, when: datetime | None
) -> None:
    statement = (
        update(ENGAGEMENTS)
        .where(ENGAGEMENTS.c.tenant_id == tenant_id, ENGAGEMENTS.c.id == engagement_id)
        .values(next_reminder_at=when)
    )
    await session.execute(statement)


# --- the monthly renewal digest -----------------------------------------------------------


async def unscoped_digests_due(
    session: AsyncSession, now: datetime, limit: int, tenants: frozenset[int] | None
) -> list[dict[str, Any]]:
    """Tenants whose renewal digest is due at `now` (never made, or its due time came), with
    their time zone; only those of `tenants`, if given. Each tenant row is locked for the
    transaction and skipped by another worker holding it (PostgreSQL; SQLite's writer lock
    serialises). The lock is FOR NO KEY UPDATE, which does not block rows being inserted
    that refer to the tenant."""
    t = TENANTS.c
    query = (
        select(t.id.label("tenant_id"), t.timezone)
        .where(t.renewal_digest_due_at.is_(None) | (t.renewal_digest_due_at <= now))
        .order_by(t.id)
        .limit(limit)
        .with_for_update(skip_locked=True, key_share=True)
    )
    if tenants is not None:
        query = query.where(t.id.in_(sorted(tenants)))
    return [dict(row._mapping) for row in await session.execute(query)]


async def set_digest_due(session: AsyncSession, tenant_id: int, when: datetime) -> None:
    statement = update(TENANTS).where(TENANTS.c.id == tenant_id).values(renewal_digest_due_at=when)
    await session.execute(statement)


async def renewals_due(
    session: Reads, tenant_id: int, today: date, through: date, statuses: Iterable[str]
) -> list[dict[str, Any]]:
    """The tenant's engagements in `statuses` (those that can be renewed) ending from `today`
    to `through`, not renewed yet, by end date then id."""
    e = ENGAGEMENTS.c
    renewal = ENGAGEMENTS.alias("renewal")
    renewed = exists().where(renewal.c.tenant_id == tenant_id, renewal.c.renewed_from_id == e.id)
    query = (
        select(
            e.id,
            e.name,
            e.client_id,
            e.status,
            e.start_date,
            e.end_date,
            e.estimated_value,
            e.currency,
        )
        .where(
            e.tenant_id == tenant_id,
            e.status.in_(sorted(statuses)),
            e.end_date >= today,
            e.end_date <= through,
            ~renewed,
        )
        .order_by(e.end_date, e.id)
    )
    return [dict(row._mapping) for row in await session.execute(query)]


async def insert_digest_or_skip(
    session: AsyncSession, tenant_id: int, values: dict[str, Any]
) -> int | None:
    """The new digest's id, or None when the tenant has that month's already (a worker's
    that raced this one)."""
    maker = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    now = utcnow()
    row = values | {"tenant_id": tenant_id, "version": 1, "created_at": now, "updated_at": now}
    statement = maker(DIGESTS).values(**row).on_conflict_do_nothing().returning(DIGESTS.c.id)
    found = (await session.execute(statement)).scalar_one_or_none()
    return None if found is None else int(found)


# --- settings -----------------------------------------------------------------------------


async def engagement_settings(session: Reads, tenant_id: int) -> dict[str, Any] | None:
    query = select(TENANTS.c.engagement_settings).where(TENANTS.c.id == tenant_id)
    found = (await session.execute(query)).scalar_one()
    return None if found is None else dict(found)


async def save_engagement_settings(
    session: AsyncSession, tenant_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(TENANTS)
        .where(TENANTS.c.id == tenant_id)
        .values(engagement_settings=values, updated_at=utcnow())
    )
    await session.execute(statement)


async def demo_clients(session: Reads, tenant_id: int, limit: int) -> list[dict[str, Any]]:
    """The first clients (by id) that have a job and a contact with an email: each with that
    job and contact, for the demo's engagements."""
    job = (
        select(JOBS.c.id)
        .where(JOBS.c.tenant_id == tenant_id, JOBS.c.client_id == CLIENTS.c.id)
        .order_by(JOBS.c.id)
        .limit(1)
        .scalar_subquery()
    )
    contact = (
        select(CONTACTS.c.id)
        .join(CONTACT_CLIENTS, CONTACT_CLIENTS.c.contact_id == CONTACTS.c.id)
        .where(
            CONTACTS.c.tenant_id == tenant_id,
            CONTACT_CLIENTS.c.tenant_id == tenant_id,
            CONTACT_CLIENTS.c.client_id == CLIENTS.c.id,
            CONTACTS.c.email.is_not(None),
        )
        .order_by(CONTACTS.c.id)
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(CLIENTS.c.id, job.label("job_id"), contact.label("contact_id"))
        .where(CLIENTS.c.tenant_id == tenant_id, CLIENTS.c.active.is_(True))
        .order_by(CLIENTS.c.id)
    )
    found = [dict(row._mapping) for row in await session.execute(query)]
    return [row for row in found if row["job_id"] and row["contact_id"]][:limit]
