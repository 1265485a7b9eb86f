"""All SQL of client requests beyond the generic resource's: their contacts (with link
tokens), items and uploads. Every statement is scoped to the tenant but the token lookup."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.models import (
    ClientRequest,
    ClientRequestContact,
    ClientRequestItem,
    ClientRequestUpload,
    Contact,
    File,
)
from openwyn.models.base import table_of

REQUESTS = table_of(ClientRequest)
CONTACTS_ASKED = table_of(ClientRequestContact)
ITEMS = table_of(ClientRequestItem)
UPLOADS = table_of(ClientRequestUpload)
CONTACTS = table_of(Contact)
FILES = table_of(File)


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
