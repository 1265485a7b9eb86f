"""SQL for file metadata. Every statement starts from the caller's tenant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Table, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit import repository as kit_repo
from openwyn.models import File
from openwyn.models.base import table_of

FILES: Table = table_of(File)
COLUMNS = [
    FILES.c.id,
    FILES.c.name,
    FILES.c.content_type,
    FILES.c.size,
    FILES.c.sha256,
    FILES.c.record_type,
    FILES.c.record_id,
    FILES.c.system_ref,
    FILES.c.description,
    FILES.c.created_at,
]


async def by_id(session: AsyncSession, tenant_id: int, file_id: int) -> Row[Any] | None:
    query = select(*COLUMNS).where(FILES.c.tenant_id == tenant_id, FILES.c.id == file_id)
    row: Row[Any] | None = (await session.execute(query)).first()
    return row


def _matching(tenant_id: int, filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    return [FILES.c.tenant_id == tenant_id] + [FILES.c[k] == v for k, v in filters.items()]


async def page(
    session: AsyncSession, tenant_id: int, filters: dict[str, Any], limit: int, offset: int
) -> tuple[Sequence[Row[Any]], int]:
    """Newest first; `filters` maps column names to values."""
    conditions = _matching(tenant_id, filters)
    query = select(*COLUMNS).where(*conditions).order_by(FILES.c.created_at.desc(), FILES.c.id)
    rows: Sequence[Row[Any]] = (await session.execute(query.limit(limit).offset(offset))).all()
    count = select(func.count()).select_from(FILES).where(*conditions)
    return rows, int((await session.execute(count)).scalar_one())


async def remove(session: AsyncSession, tenant_id: int, file_id: int) -> None:
    await session.execute(
        delete(FILES).where(FILES.c.tenant_id == tenant_id, FILES.c.id == file_id)
    )


async def sha_in_use(session: AsyncSession, tenant_id: int, sha256: str) -> bool:
    query = select(FILES.c.id).where(FILES.c.tenant_id == tenant_id, FILES.c.sha256 == sha256)
    return (await session.execute(query.limit(1))).first() is not None


async def guard_content(session: AsyncSession, tenant_id: int, sha256: str) -> None:
    """Until the transaction ends, no other upload or clean-up of these bytes: on PostgreSQL a
    lock on (tenant, digest); on SQLite the write lock, which serializes every writer."""
    if session.get_bind().dialect.name == "postgresql":
        name = f"file-content:{tenant_id}:{sha256}"
        await session.execute(select(func.pg_advisory_xact_lock(func.hashtextextended(name, 0))))
    else:
        await kit_repo.begin_immediately(session)
