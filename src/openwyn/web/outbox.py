"""The outbox: every committed create, update and delete leaves one event row, written in the
same transaction as the change (so a rolled-back change leaves none and a committed one is
never lost). The change feed reads it; webhook delivery will too.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Text, cast, func, insert
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit import driver
from openwyn.kit.json import dumps
from openwyn.kit.sqltypes import utcnow
from openwyn.models import Event
from openwyn.models.base import table_of

EVENTS = table_of(Event)
CREATE, UPDATE, DELETE = "CREATE", "UPDATE", "DELETE"


def new_event_id() -> str:
    return f"evt_{secrets.token_hex(12)}"


async def record(
    session: AsyncSession,
    tenant_id: int,
    entity_type: str,
    operation: str,
    data: dict[str, Any],
    previous: dict[str, Any] | None = None,
    system_ref: str | None = None,
) -> None:
    """Write the event of one change; `data` is the entity after it (before it, for DELETE)."""
    await record_many(session, tenant_id, entity_type, operation, [(data, previous)], system_ref)


async def record_many(
    session: AsyncSession,
    tenant_id: int,
    entity_type: str,
    operation: str,
    changes: list[tuple[dict[str, Any], dict[str, Any] | None]],
    system_ref: str | None = None,
) -> None:
    """Write the events of many changes of one kind, each `(data, previous)`, in one batched
    statement (a bulk load's)."""
    events = [(entity_type, operation, data, previous, system_ref) for data, previous in changes]
    await record_each(session, tenant_id, events)


# One change's event: (entity type, operation, data, previous, systemRef or None for pmsRef).
EventOf = tuple[str, str, dict[str, Any], dict[str, Any] | None, str | None]


# Many events in one statement on PostgreSQL, each column one array: SQLAlchemy's multi-row
# insert bound and processed nine parameters a row, a fifth of a batch of creates' time.
_INSERT_FROM_ARRAYS = """
INSERT INTO events (tenant_id, txid, event_id, entity_type, operation, entity_id, system_ref,
                    occurred_at, data, previous)
SELECT $1, pg_current_xact_id()::text::bigint, e.event_id, e.entity_type, e.operation,
       e.entity_id, e.system_ref, $2, e.data, e.previous
FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[],
            $9::text[]) WITH ORDINALITY
    AS e(event_id, entity_type, operation, entity_id, system_ref, data, previous, n)
ORDER BY e.n"""
_ARRAYS = ("event_id", "entity_type", "operation", "entity_id", "system_ref", "data", "previous")


async def _inserted_on_the_driver(
    session: AsyncSession, tenant_id: int, now: datetime, rows: list[dict[str, Any]]
) -> bool:
    """The rows inserted in their order (ids ascending), on PostgreSQL; False elsewhere."""
    arrays = [[row[name] for row in rows] for name in _ARRAYS]
    return await driver.execute_within(session, _INSERT_FROM_ARRAYS, [tenant_id, now, *arrays])


async def record_each(session: AsyncSession, tenant_id: int, events: list[EventOf]) -> None:
    """Write the events of many changes, of any kinds, in one statement, in the order given
    (the feed's order within the transaction)."""
    if not events:
        return
    now = utcnow()
    rows = [
        {
            "tenant_id": tenant_id,
            "event_id": new_event_id(),
            "entity_type": entity_type,
            "operation": operation,
            "entity_id": data["id"],
            "system_ref": system_ref if system_ref is not None else data.get("pmsRef"),
            "occurred_at": now,
            "data": dumps(data).decode(),
            "previous": None if previous is None else dumps(previous).decode(),
        }
        for entity_type, operation, data, previous, system_ref in events
    ]
    if len(rows) > 1 and await _inserted_on_the_driver(session, tenant_id, now, rows):
        return
    statement = insert(EVENTS)
    if session.get_bind().dialect.name == "postgresql":
        # The writing transaction's id: the feed's commit-safe order (models/event.py).
        statement = statement.values(txid=cast(cast(func.pg_current_xact_id(), Text), BigInteger))
    if len(rows) == 1:
        await session.execute(statement.values(**rows[0]))
    else:
        await session.execute(statement, rows)
