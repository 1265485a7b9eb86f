"""SQL for custom record types and custom records. Every statement starts from the tenant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Row, Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit import repository as kit_repo
from openwyn.kit.json_members import Scalar, member_in_document
from openwyn.kit.listed import among
from openwyn.models import CustomRecord, CustomRecordType
from openwyn.models.base import table_of

TYPES: Table = table_of(CustomRecordType)
RECORDS: Table = table_of(CustomRecord)

TYPE_COLUMNS = [
    TYPES.c.id,
    TYPES.c.name,
    TYPES.c.display_name,
    TYPES.c.description,
    TYPES.c.active,
    TYPES.c.fields,
    TYPES.c.version,
    TYPES.c.created_at,
    TYPES.c.updated_at,
]
RECORD_COLUMNS = [
    RECORDS.c.id,
    RECORDS.c.system_ref,
    RECORDS.c.data,
    RECORDS.c.active,
    RECORDS.c.version,
    RECORDS.c.created_at,
    RECORDS.c.updated_at,
]


async def type_by_name(session: AsyncSession, tenant_id: int, name: str) -> Row[Any] | None:
    query = select(*TYPE_COLUMNS).where(TYPES.c.tenant_id == tenant_id, TYPES.c.name == name)
    row: Row[Any] | None = (await session.execute(query)).first()
    return row


async def all_types(session: AsyncSession, tenant_id: int) -> Sequence[Row[Any]]:
    query = select(*TYPE_COLUMNS).where(TYPES.c.tenant_id == tenant_id).order_by(TYPES.c.name)
    rows: Sequence[Row[Any]] = (await session.execute(query)).all()
    return rows


async def record_by_ref(
    session: AsyncSession, tenant_id: int, type_id: int, system_ref: str
) -> Row[Any] | None:
    query = select(*RECORD_COLUMNS).where(
        RECORDS.c.tenant_id == tenant_id,
        RECORDS.c.type_id == type_id,
        RECORDS.c.system_ref == system_ref,
    )
    row: Row[Any] | None = (await session.execute(query)).first()
    return row


async def record_by_id(
    session: AsyncSession, tenant_id: int, type_id: int, record_id: int, for_update: bool = False
) -> Row[Any]:
    """The record; with `for_update`, locked until the transaction ends (on PostgreSQL; SQLite's
    writers take turns anyway), so an update merges into what is stored, not a stale copy."""
    query = select(*RECORD_COLUMNS).where(*_of_type(tenant_id, type_id), RECORDS.c.id == record_id)
    if for_update:
        query = query.with_for_update()
    row: Row[Any] = (await session.execute(query)).one()
    return row


async def record_id_exists(
    session: AsyncSession, tenant_id: int, type_id: int, record_id: int
) -> bool:
    query = select(RECORDS.c.id).where(
        RECORDS.c.tenant_id == tenant_id, RECORDS.c.type_id == type_id, RECORDS.c.id == record_id
    )
    return (await session.execute(query)).first() is not None


def _of_type(tenant_id: int, type_id: int) -> list[ColumnElement[bool]]:
    return [RECORDS.c.tenant_id == tenant_id, RECORDS.c.type_id == type_id]


async def value_taken(
    session: AsyncSession,
    tenant_id: int,
    type_id: int,
    field: str,
    value: Scalar,
    except_id: int | None,
) -> bool:
    """Whether another record of the type holds `value` in `field` (uses the GIN index).

    On PostgreSQL the value is locked first, until the transaction ends, so that two writers
    of the same value cannot both find it free; SQLite's writers already take turns."""
    if session.get_bind().dialect.name == "postgresql":
        name = f"record-unique:{tenant_id}:{type_id}:{field}:{orjson.dumps(value).decode()}"
        await session.execute(select(func.pg_advisory_xact_lock(func.hashtextextended(name, 0))))
    query = select(RECORDS.c.id).where(
        *_of_type(tenant_id, type_id), member_in_document(RECORDS.c.data, field, value)
    )
    if except_id is not None:
        query = query.where(RECORDS.c.id != except_id)
    return (await session.execute(query.limit(1))).first() is not None


async def count_records(
    session: AsyncSession,
    tenant_id: int,
    type_id: int,
    conditions: Sequence[ColumnElement[bool]] = (),
) -> int:
    query = select(func.count()).select_from(RECORDS).where(*_of_type(tenant_id, type_id))
    return int((await session.execute(query.where(*conditions))).scalar_one())


async def records_page(
    session: AsyncSession,
    tenant_id: int,
    type_id: int,
    conditions: Sequence[ColumnElement[bool]],
    order: Sequence[ColumnElement[Any]],
    limit: int,
    offset: int,
) -> Sequence[Row[Any]]:
    query = (
        select(*RECORD_COLUMNS)
        .where(*_of_type(tenant_id, type_id), *conditions)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    rows: Sequence[Row[Any]] = (await session.execute(query)).all()
    return rows


async def records_by_refs(
    session: AsyncSession, tenant_id: int, type_id: int, system_refs: Sequence[str]
) -> Sequence[Row[Any]]:
    """The type's records with these systemRefs (a batch's, in one query), locked until the
    transaction ends as `record_by_id(for_update=True)` locks one: an update merges its
    attributes into what is stored, not into a stale copy."""
    query = select(*RECORD_COLUMNS).where(
        *_of_type(tenant_id, type_id), among(RECORDS.c.system_ref, system_refs)
    )
    query = query.order_by(RECORDS.c.id).with_for_update()
    rows: Sequence[Row[Any]] = (await session.execute(query)).all()
    return rows


async def records_by_ids(
    session: AsyncSession, tenant_id: int, type_id: int, record_ids: Sequence[int]
) -> Sequence[Row[Any]]:
    query = select(*RECORD_COLUMNS).where(
        *_of_type(tenant_id, type_id), among(RECORDS.c.id, record_ids)
    )
    rows: Sequence[Row[Any]] = (await session.execute(query)).all()
    return rows


async def ids_by_refs(
    session: AsyncSession, tenant_id: int, type_id: int, system_refs: Sequence[str]
) -> dict[str, int]:
    query = select(RECORDS.c.system_ref, RECORDS.c.id).where(
        *_of_type(tenant_id, type_id), among(RECORDS.c.system_ref, system_refs)
    )
    return {ref: int(row_id) for ref, row_id in (await session.execute(query)).all()}


async def existing_record_ids(
    session: AsyncSession, tenant_id: int, type_id: int, record_ids: Sequence[int]
) -> set[int]:
    query = select(RECORDS.c.id).where(
        *_of_type(tenant_id, type_id), among(RECORDS.c.id, record_ids)
    )
    return {int(row_id) for row_id in (await session.execute(query)).scalars().all()}


async def insert_records(
    session: AsyncSession, tenant_id: int, rows: Sequence[dict[str, Any]]
) -> Sequence[Row[Any]]:
    """Insert custom records (type_id, system_ref, data, active each) in one statement."""
    return await kit_repo.insert_many_into(session, RECORDS, tenant_id, rows, RECORD_COLUMNS)
