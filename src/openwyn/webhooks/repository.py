"""SQL for webhook secrets. Every statement starts from the caller's tenant."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Table, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.models import WebhookSecret
from openwyn.models.base import table_of

SECRETS: Table = table_of(WebhookSecret)
COLUMNS = [SECRETS.c.id, SECRETS.c.secret, SECRETS.c.created_at, SECRETS.c.expires_at]


async def live_secrets(session: AsyncSession, tenant_id: int, now: datetime) -> Sequence[Row[Any]]:
    """The secrets that still sign, newest (the current one) first."""
    query = (
        select(*COLUMNS)
        .where(
            SECRETS.c.tenant_id == tenant_id,
            or_(SECRETS.c.expires_at.is_(None), SECRETS.c.expires_at > now),
        )
        .order_by(
            SECRETS.c.expires_at.is_not(None), SECRETS.c.created_at.desc(), SECRETS.c.id.desc()
        )
    )
    rows: Sequence[Row[Any]] = (await session.execute(query)).all()
    return rows


async def expire_current(session: AsyncSession, tenant_id: int, at: datetime) -> None:
    statement = (
        update(SECRETS)
        .where(SECRETS.c.tenant_id == tenant_id, SECRETS.c.expires_at.is_(None))
        .values(expires_at=at)
    )
    await session.execute(statement)
