"""SQL for outbound messages. Routes start from the caller's tenant; the worker's statements,
which serve every tenant, are named `unscoped_*`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Table, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.kit import repository as kit_repo
from openwyn.kit.sqltypes import utcnow
from openwyn.models import OutboundMessage
from openwyn.models.base import table_of

MESSAGES: Table = table_of(OutboundMessage)
COLUMNS = [
    MESSAGES.c.id,
    MESSAGES.c.to,
    MESSAGES.c.cc,
    MESSAGES.c.subject,
    MESSAGES.c.text,
    MESSAGES.c.html,
    MESSAGES.c.attachments,
    MESSAGES.c.status,
    MESSAGES.c.attempts,
    MESSAGES.c.last_error,
    MESSAGES.c.related_type,
    MESSAGES.c.related_id,
    MESSAGES.c.created_at,
    MESSAGES.c.sent_at,
    MESSAGES.c.version,
]
# What a worker needs to send a claimed message.
_CLAIMED = [*COLUMNS, MESSAGES.c.tenant_id]


async def insert(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> int:
    return await kit_repo.insert_row(session, MESSAGES, tenant_id, values)


async def by_id(session: AsyncSession, tenant_id: int, message_id: int) -> Row[Any] | None:
    query = select(*COLUMNS).where(MESSAGES.c.tenant_id == tenant_id, MESSAGES.c.id == message_id)
    row: Row[Any] | None = (await session.execute(query)).first()
    return row


def _matching(tenant_id: int, filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    return [MESSAGES.c.tenant_id == tenant_id] + [MESSAGES.c[k] == v for k, v in filters.items()]


async def page(
    session: AsyncSession, tenant_id: int, filters: dict[str, Any], limit: int, offset: int
) -> tuple[Sequence[Row[Any]], int]:
    """Newest first; `filters` maps column names to values."""
    conditions = _matching(tenant_id, filters)
    order = (MESSAGES.c.created_at.desc(), MESSAGES.c.id.desc())
    query = select(*COLUMNS).where(*conditions).order_by(*order).limit(limit).offset(offset)
    rows: Sequence[Row[Any]] = (await session.execute(query)).all()
    count = select(func.count()).select_from(MESSAGES).where(*conditions)
    return rows, int((await session.execute(count)).scalar_one())


async def _lock_due(
    session: AsyncSession, now: datetime, limit: int, tenants: frozenset[int] | None
) -> list[int]:
    """The ids of up to `limit` due messages, oldest first, locked (skipping those another
    worker holds) on PostgreSQL; `tenants`, if given, limits them to those tenants'."""
    due = (
        select(MESSAGES.c.id)
        .where(MESSAGES.c.next_attempt_at.is_not(None), MESSAGES.c.next_attempt_at <= now)
        .order_by(MESSAGES.c.next_attempt_at, MESSAGES.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if tenants is not None:
        due = due.where(MESSAGES.c.tenant_id.in_(sorted(tenants)))
    return list((await session.execute(due)).scalars())


async def unscoped_claim(
    session: AsyncSession,
    now: datetime,
    lease_until: datetime,
    limit: int,
    tenants: frozenset[int] | None = None,
) -> Sequence[Row[Any]]:
    """Take up to `limit` due messages of every tenant, oldest first: each counts an attempt
    and is due again when the lease ends (so a stopped worker's claim is taken again). Rows
    another worker has locked are skipped on PostgreSQL; SQLite's write lock, taken by the
    caller, serializes claims there."""
    ids = await _lock_due(session, now, limit, tenants)
    if not ids:
        return []
    claim = (
        update(MESSAGES)
        .where(MESSAGES.c.id.in_(ids))
        .values(attempts=MESSAGES.c.attempts + 1, next_attempt_at=lease_until, updated_at=now)
        .returning(*_CLAIMED)
    )
    rows = (await session.execute(claim)).all()
    return sorted(rows, key=lambda row: row.id)


async def unscoped_capture_due(
    session: AsyncSession, now: datetime, limit: int, tenants: frozenset[int] | None = None
) -> int:
    """Without SMTP: mark up to `limit` due messages CAPTURED (kept, never sent)."""
    ids = await _lock_due(session, now, limit, tenants)
    if ids:
        await session.execute(
            update(MESSAGES)
            .where(MESSAGES.c.id.in_(ids))
            .values(
                status="CAPTURED",
                next_attempt_at=None,
                version=MESSAGES.c.version + 1,
                updated_at=now,
            )
        )
    return len(ids)


async def record_outcome(
    session: AsyncSession,
    tenant_id: int,
    message_id: int,
    attempt: int,
    values: dict[str, Any],
) -> bool:
    """Write an attempt's outcome, only while the claim is still this one (its attempt count
    unchanged, the message still queued): False if another worker has taken it since."""
    statement = (
        update(MESSAGES)
        .where(
            MESSAGES.c.tenant_id == tenant_id,
            MESSAGES.c.id == message_id,
            MESSAGES.c.attempts == attempt,
            MESSAGES.c.status == "QUEUED",
        )
        .values(version=MESSAGES.c.version + 1, updated_at=utcnow(), **values)
    )
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def unscoped_counts_by_status(session: Reads) -> dict[str, int]:
    """Messages of every tenant by status, for the metrics (`session` may be a reader)."""
    query = select(MESSAGES.c.status, func.count()).group_by(MESSAGES.c.status)
    return {status: int(count) for status, count in (await session.execute(query)).all()}
