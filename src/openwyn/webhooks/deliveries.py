"""The delivery log of a subscription, and sending its events again (records-events.md §3, §4).

Every attempt is a log row; a redelivery or a recovery queues the event again, with the same
`webhook-id` and a new round of retries, for the workers to send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator
from sqlalchemy import ColumnElement, Row, literal_column
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import Conflict, NotFound
from openwyn.kit.inputs import IsoDateTime
from openwyn.kit.json import iso_timestamp
from openwyn.kit.sqltypes import utcnow
from openwyn.webhooks import repository as repo

ATTEMPTS = repo.ATTEMPTS
DELIVERIES = repo.DELIVERIES


class RecoverRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    since: IsoDateTime
    until: IsoDateTime | None = None

    @model_validator(mode="after")
    def _ordered(self) -> RecoverRequest:
        if self.until is not None and self.until < self.since:
            raise ValueError("until is before since")
        return self


@dataclass(frozen=True)
class LogFilter:
    status_code: int | None
    since: datetime | None
    until: datetime | None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.status_code is not None:
            conditions.append(ATTEMPTS.c.status_code == self.status_code)
        if self.since is not None:
            conditions.append(ATTEMPTS.c.created_at >= self.since)
        if self.until is not None:
            conditions.append(ATTEMPTS.c.created_at <= self.until)
        return conditions


def view(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.id,
        "subscriptionId": row.subscription_id,
        "eventId": row.event_id,
        "entityType": row.entity_type,
        "operation": row.operation,
        "entityId": row.entity_id,
        "attempt": row.attempt,
        "status": row.status,
        "statusCode": row.status_code,
        "responseBody": row.response_body,
        "durationMs": row.duration_ms,
        "error": row.error,
        "createdAt": iso_timestamp(row.created_at),
        "nextAttemptAt": None
        if row.next_attempt_at is None
        else iso_timestamp(row.next_attempt_at),
    }


async def page(
    session: AsyncSession,
    tenant_id: int,
    subscription_id: int,
    wanted: LogFilter,
    limit: int,
    offset: int,
) -> tuple[list[dict[str, Any]], int]:
    """The subscription's attempts, newest first (the caller has checked it exists)."""
    rows, total = await repo.attempts_page(
        session, tenant_id, subscription_id, wanted.conditions(), limit, offset
    )
    return [view(row) for row in rows], total


async def redeliver(
    session: AsyncSession, tenant_id: int, subscription: dict[str, Any], attempt_id: int
) -> None:
    """Queue the event of one logged attempt again, now (409 if the subscription is off)."""
    delivery_id = await repo.delivery_of_attempt(session, tenant_id, subscription["id"], attempt_id)
    if delivery_id is None:
        raise NotFound(f"No delivery {attempt_id} for subscription {subscription['id']}.")
    _require_active(subscription)
    condition = DELIVERIES.c.id == delivery_id
    await repo.requeue(session, tenant_id, subscription["id"], [condition], utcnow())


async def recover(
    session: AsyncSession, tenant_id: int, subscription: dict[str, Any], body: RecoverRequest
) -> int:
    """Queue again every event of the subscription, in the window, whose delivery failed."""
    _require_active(subscription)
    conditions = failed_between(body.since, body.until)
    return await repo.requeue(session, tenant_id, subscription["id"], conditions, utcnow())


def failed_between(since: datetime, until: datetime | None) -> list[ColumnElement[bool]]:
    """Failed deliveries created in the window. The status is written into the SQL, not bound:
    only then can the databases prove the query lies within the index of failed deliveries."""
    conditions = [
        DELIVERIES.c.status == literal_column("'FAILED'"),
        DELIVERIES.c.created_at >= since,
    ]
    if until is not None:
        conditions.append(DELIVERIES.c.created_at <= until)
    return conditions


def _require_active(subscription: dict[str, Any]) -> None:
    if not subscription["active"]:
        raise Conflict(
            "The subscription is not active; reactivate it first.",
            [{"path": "active", "message": f"is false (status {subscription['status']})"}],
        )
