"""All SQL of the last mile beyond the generic resources': client requests' contacts (with
link tokens), items and uploads; deliverables' files, recipients, downloads and what stands
between them and release. Every statement is scoped to the tenant but the token lookup."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.models import (
    ClientRequest,
    ClientRequestContact,
    ClientRequestItem,
    ClientRequestUpload,
    Contact,
    ContactClient,
    DeliverableDownload,
    DeliverableFile,
    DeliverableRecipient,
    File,
    Invoice,
)
from openwyn.models.base import table_of

REQUESTS = table_of(ClientRequest)
CONTACTS_ASKED = table_of(ClientRequestContact)
ITEMS = table_of(ClientRequestItem)
UPLOADS = table_of(ClientRequestUpload)
CONTACTS = table_of(Contact)
FILES = table_of(File)

FILES_OF = table_of(DeliverableFile)
RECIPIENTS = table_of(DeliverableRecipient)
DOWNLOADS = table_of(DeliverableDownload)
LINKS = table_of(ContactClient)
INVOICES = table_of(Invoice)
# Invoices not yet paid: POSTED (OVERDUE reads from it) and PENDING (a payment still settling).
UNPAID = ("POSTED", "PENDING")
# What holds an ON_PAYMENT deliverable back: money outstanding, or a payment still settling
# (PENDING until it clears, though it leaves nothing outstanding). A POSTED invoice with
# nothing outstanding (a zero total) owes nothing and holds nothing back.
_HOLDS_BACK = or_(INVOICES.c.status == "PENDING", INVOICES.c.outstanding_amount > 0)


async def insert_parts(
    session: AsyncSession,
    tenant_id: int,
    request_id: int,
    contact_ids: list[int],
    items: list[dict[str, Any]],
) -> None:
    owned = {"tenant_id": tenant_id, "request_id": request_id}
    await session.execute(insert(CONTACTS_ASKED), [owned | {"contact_id": c} for c in contact_ids])
    rows = [owned | {"position": n, "status": "REQUESTED"} | item for n, item in enumerate(items)]
    await session.execute(insert(ITEMS), rows)


async def contacts_asked(session: Reads, tenant_id: int, request_id: int) -> list[dict[str, Any]]:
    query = (
        select(
            CONTACTS_ASKED.c.id,
            CONTACTS_ASKED.c.contact_id,
            CONTACTS.c.first_name,
            CONTACTS.c.last_name,
            CONTACTS.c.email,
        )
        .join(CONTACTS, CONTACTS.c.id == CONTACTS_ASKED.c.contact_id)
        .where(
            CONTACTS_ASKED.c.tenant_id == tenant_id,
            CONTACTS_ASKED.c.request_id == request_id,
            CONTACTS.c.tenant_id == tenant_id,
        )
        .order_by(CONTACTS_ASKED.c.id)
    )
    return [dict(row._mapping) for row in await session.execute(query)]


async def items(session: Reads, tenant_id: int, request_id: int) -> list[dict[str, Any]]:
    query = (
        select(*ITEMS.c)
        .where(ITEMS.c.tenant_id == tenant_id, ITEMS.c.request_id == request_id)
        .order_by(ITEMS.c.position)
    )
    return [dict(row._mapping) for row in await session.execute(query)]


async def uploads(
    session: Reads, tenant_id: int, item_ids: list[int]
) -> dict[int, list[dict[str, Any]]]:
    """Each item's uploads, oldest first, with the file's name and size."""
    query = (
        select(UPLOADS.c.item_id, UPLOADS.c.file_id, UPLOADS.c.contact_id, UPLOADS.c.uploaded_at)
        .add_columns(FILES.c.name, FILES.c.size)
        .join(FILES, FILES.c.id == UPLOADS.c.file_id)
        .where(
            UPLOADS.c.tenant_id == tenant_id,
            UPLOADS.c.item_id.in_(item_ids),
            FILES.c.tenant_id == tenant_id,
        )
        .order_by(UPLOADS.c.id)
    )
    found: dict[int, list[dict[str, Any]]] = {item_id: [] for item_id in item_ids}
    for row in await session.execute(query):
        found[row.item_id].append(dict(row._mapping))
    return found


async def give_token(
    session: AsyncSession, tenant_id: int, asked_id: int, token_hash: str, expires_at: datetime
) -> None:
    statement = (
        update(CONTACTS_ASKED)
        .where(CONTACTS_ASKED.c.tenant_id == tenant_id, CONTACTS_ASKED.c.id == asked_id)
        .values(token_hash=token_hash, token_expires_at=expires_at)
    )
    await session.execute(statement)


async def asked_by_token(session: Reads, token_hash: str) -> dict[str, Any] | None:
    """The contact a portal link names, with its tenant and request (the token is the
    portal's only credential)."""
    query = (
        select(*CONTACTS_ASKED.c, CONTACTS.c.first_name, CONTACTS.c.last_name, CONTACTS.c.email)
        .join(
            CONTACTS,
            (CONTACTS.c.id == CONTACTS_ASKED.c.contact_id)
            & (CONTACTS.c.tenant_id == CONTACTS_ASKED.c.tenant_id),
        )
        .where(CONTACTS_ASKED.c.token_hash == token_hash)
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def save_item(
    session: AsyncSession, tenant_id: int, item_id: int, values: dict[str, Any]
) -> None:
    statement = (
        update(ITEMS).where(ITEMS.c.tenant_id == tenant_id, ITEMS.c.id == item_id).values(**values)
    )
    await session.execute(statement)


async def add_upload(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> None:
    await session.execute(insert(UPLOADS).values(tenant_id=tenant_id, **values))


async def touch(session: AsyncSession, tenant_id: int, request_id: int, now: datetime) -> None:
    """A new version of the request: its items are part of what it reads."""
    statement = (
        update(REQUESTS)
        .where(REQUESTS.c.tenant_id == tenant_id, REQUESTS.c.id == request_id)
        .values(version=REQUESTS.c.version + 1, updated_at=now)
    )
    await session.execute(statement)


async def file_rows(session: Reads, tenant_id: int, file_ids: list[int]) -> dict[int, Any]:
    query = select(FILES.c.id, FILES.c.name, FILES.c.size).where(
        FILES.c.tenant_id == tenant_id, FILES.c.id.in_(file_ids)
    )
    return {row.id: row for row in await session.execute(query)}


async def emailed_contacts(session: Reads, tenant_id: int, client_id: int) -> list[dict[str, Any]]:
    """The client's active contacts with an email, who get the deliverable's link."""
    query = (
        select(CONTACTS.c.id, CONTACTS.c.first_name, CONTACTS.c.last_name, CONTACTS.c.email)
        .join(LINKS, LINKS.c.contact_id == CONTACTS.c.id)
        .where(
            CONTACTS.c.tenant_id == tenant_id,
            LINKS.c.tenant_id == tenant_id,
            LINKS.c.client_id == client_id,
            CONTACTS.c.active.is_(True),
            CONTACTS.c.email.is_not(None),
        )
        .order_by(CONTACTS.c.id)
    )
    return [dict(row._mapping) for row in await session.execute(query)]


async def insert_deliverable_parts(
    session: AsyncSession,
    tenant_id: int,
    deliverable_id: int,
    file_ids: list[int],
    recipients: list[dict[str, Any]],
) -> None:
    owned = {"tenant_id": tenant_id, "deliverable_id": deliverable_id}
    rows = [owned | {"file_id": f, "position": n} for n, f in enumerate(file_ids)]
    await session.execute(insert(FILES_OF), rows)
    if recipients:
        await session.execute(insert(RECIPIENTS), [owned | r for r in recipients])


async def files_of(session: Reads, tenant_id: int, deliverable_id: int) -> list[dict[str, Any]]:
    query = (
        select(FILES.c.id, FILES.c.name, FILES.c.size, FILES.c.sha256, FILES.c.content_type)
        .join(FILES_OF, FILES_OF.c.file_id == FILES.c.id)
        .where(
            FILES_OF.c.tenant_id == tenant_id,
            FILES_OF.c.deliverable_id == deliverable_id,
            FILES.c.tenant_id == tenant_id,
        )
        .order_by(FILES_OF.c.position)
    )
    return [dict(row._mapping) for row in await session.execute(query)]


async def downloads(session: Reads, tenant_id: int, deliverable_id: int) -> list[dict[str, Any]]:
    query = (
        select(
            DOWNLOADS.c.file_id, DOWNLOADS.c.contact_id, DOWNLOADS.c.downloaded_at, DOWNLOADS.c.ip
        )
        .where(DOWNLOADS.c.tenant_id == tenant_id, DOWNLOADS.c.deliverable_id == deliverable_id)
        .order_by(DOWNLOADS.c.id)
    )
    return [dict(row._mapping) for row in await session.execute(query)]


async def log_download(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> None:
    await session.execute(insert(DOWNLOADS).values(tenant_id=tenant_id, **values))


async def recipient_by_token(session: Reads, token_hash: str) -> dict[str, Any] | None:
    """The contact a portal link names, with its tenant (the token is the only credential)."""
    query = (
        select(*RECIPIENTS.c, CONTACTS.c.first_name, CONTACTS.c.last_name)
        .join(
            CONTACTS,
            (CONTACTS.c.id == RECIPIENTS.c.contact_id)
            & (CONTACTS.c.tenant_id == RECIPIENTS.c.tenant_id),
        )
        .where(RECIPIENTS.c.token_hash == token_hash)
    )
    row = (await session.execute(query)).first()
    return None if row is None else dict(row._mapping)


async def unpaid_invoices(
    session: Reads, tenant_id: int, client_id: int, job_id: int | None
) -> list[dict[str, Any]]:
    """What stands between an ON_PAYMENT deliverable and its release: the client's unpaid
    invoices (of the job, when it names one), oldest first, each with its status (PENDING: a
    payment settles it) and what is outstanding (what is left to pay)."""
    query = select(
        INVOICES.c.id,
        INVOICES.c.invoice_number,
        INVOICES.c.due_date,
        INVOICES.c.outstanding_amount,
        INVOICES.c.status,
    ).where(
        INVOICES.c.tenant_id == tenant_id,
        INVOICES.c.client_id == client_id,
        INVOICES.c.status.in_(UNPAID),
        _HOLDS_BACK,
    )
    if job_id is not None:
        query = query.where(INVOICES.c.project_id == job_id)
    query = query.order_by(INVOICES.c.due_date, INVOICES.c.invoice_number, INVOICES.c.id)
    return [dict(row._mapping) for row in await session.execute(query)]


async def demo_unpaid_client(session: Reads, tenant_id: int) -> dict[str, Any] | None:
    """A client with an unpaid invoice and a contact with an email (the first by id), for
    the demo's deliverable waiting on payment."""
    query = (
        select(INVOICES.c.client_id)
        .join(LINKS, (LINKS.c.client_id == INVOICES.c.client_id))
        .join(CONTACTS, CONTACTS.c.id == LINKS.c.contact_id)
        .where(
            INVOICES.c.tenant_id == tenant_id,
            INVOICES.c.status.in_(UNPAID),
            LINKS.c.tenant_id == tenant_id,
            CONTACTS.c.tenant_id == tenant_id,
            CONTACTS.c.email.is_not(None),
        )
        .order_by(INVOICES.c.client_id)
        .limit(1)
    )
    client_id = (await session.execute(query)).scalar()
    return None if client_id is None else {"id": client_id}
