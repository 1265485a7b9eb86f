"""Fan-out: each tenant's change feed becomes deliveries, one per matching subscription.

Dispatch follows the same commit-safe feed as `GET /api/v1/events`, from a position stored per
tenant, so an event whose transaction commits late is still dispatched and none is dispatched
twice: the deliveries and the new position commit together. One worker dispatches a tenant at
a time (its position row is locked, and other workers skip it). A subscription receives the
events that occur while it is on (from its creation or its latest reactivation), and only those
its filter lets through; an event its filter errors on is not sent, and the error is written to
the delivery log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.events import feed
from openwyn.events import repository as events_repo
from openwyn.kit import repository as kit_repo
from openwyn.webhooks import filters
from openwyn.webhooks import repository as repo

BATCH = 500
# A delivery its filter errored on: logged as a failed attempt, never sent, never recovered.
FILTERED = "FILTERED"


@dataclass
class Owed:
    """One delivery to queue; `filter_error` says why its filter failed, if it did."""

    values: dict[str, Any]
    filter_error: str | None = None


async def start_position(session: AsyncSession, tenant_id: int, now: datetime) -> None:
    """Give the tenant a dispatch position at the feed's head, if it has none: a new
    subscription's events are the ones from now on, and nothing earlier needs scanning."""
    txid, event_row_id = await repo.feed_head(session, tenant_id)
    await repo.start_cursor(session, tenant_id, txid, event_row_id, now)


async def dispatch_tenant(
    session: AsyncSession, tenant_id: int, tenant_slug: str, now: datetime
) -> int:
    """Queue the deliveries owed for the tenant's next batch of events; how many were queued.

    The caller commits; nothing is written when another worker holds the tenant.
    """
    await kit_repo.begin_bookkeeping(session)
    position = await repo.lock_cursor(session, tenant_id)
    if position is None:
        await start_position(session, tenant_id, now)
        return 0
    events = await events_repo.after(
        session, tenant_id, (position.txid, position.event_row_id), {}, BATCH
    )
    if not events:
        return 0
    subscriptions = await repo.active_subscriptions(session, tenant_id)
    owed = [
        delivery
        for event in events
        for subscription in subscriptions
        if (delivery := _owed(tenant_id, tenant_slug, event, subscription, now)) is not None
    ]
    ids = await repo.add_deliveries(session, [delivery.values for delivery in owed])
    await _log_filter_errors(session, owed, ids, now)
    last = events[-1]
    await repo.move_cursor(session, tenant_id, last.txid, last.id, now)
    return sum(1 for delivery in owed if delivery.filter_error is None)


def _owed(
    tenant_id: int, tenant_slug: str, event: Row[Any], subscription: Row[Any], now: datetime
) -> Owed | None:
    """The delivery `subscription` is owed for `event`, if any."""
    wanted = (
        subscription.entity_type == event.entity_type
        and subscription.operation == event.operation
        and subscription.active_since <= event.occurred_at
    )
    if not wanted:
        return None
    error = None
    if subscription.filter_expression is not None:
        payload = orjson.loads(orjson.dumps(feed.payload(event, tenant_slug)))
        try:
            if not filters.matches(subscription.filter_expression, payload):
                return None
        except filters.FilterError as failure:
            error = f"filterExpression {failure}"
    values = {
        "tenant_id": tenant_id,
        "subscription_id": subscription.id,
        "event_row_id": event.id,
        "event_id": event.event_id,
        "entity_type": event.entity_type,
        "operation": event.operation,
        "entity_id": event.entity_id,
        "status": FILTERED if error else "PENDING",
        "attempts": 0,
        "round_attempts": 0,
        "next_attempt_at": None if error else now,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
    return Owed(values, error)


async def _log_filter_errors(
    session: AsyncSession, owed: list[Owed], ids: list[int], now: datetime
) -> None:
    rows = [
        attempt_row(delivery.values, delivery_id, 1, "FAILED", now)
        | {"error": delivery.filter_error}
        for delivery, delivery_id in zip(owed, ids, strict=True)
        if delivery.filter_error is not None
    ]
    if rows:
        await repo.add_attempts(session, rows)


def attempt_row(
    delivery: Any, delivery_id: int, attempt: int, status: str, now: datetime
) -> dict[str, Any]:
    """A delivery log row for `delivery` (a queue row, as a mapping or a Row)."""
    values = delivery if isinstance(delivery, dict) else delivery._mapping
    return {
        "tenant_id": values["tenant_id"],
        "delivery_id": delivery_id,
        "subscription_id": values["subscription_id"],
        "event_id": values["event_id"],
        "entity_type": values["entity_type"],
        "operation": values["operation"],
        "entity_id": values["entity_id"],
        "attempt": attempt,
        "status": status,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
