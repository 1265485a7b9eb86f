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

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.events import feed
from openwyn.events import repository as events_repo
from openwyn.events.repository import FeedEvent
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import dumps
from openwyn.webhooks import filters
from openwyn.webhooks import repository as repo
from openwyn.webhooks.repository import Subscribed

BATCH = 500
# A delivery its filter errored on: logged as a failed attempt, never sent, never recovered.
FILTERED = "FILTERED"


@dataclass
class Owed:
    """One delivery to queue; `filter_error` says why its filter failed, if it did."""

    values: dict[str, Any]
    url: str
    body: bytes
    filter_error: str | None = None


@dataclass(frozen=True)
class HandOver:
    """How many deliveries the caller can send now, and until when it holds them."""

    limit: int
    lease_until: datetime


class Handed(NamedTuple):
    """A delivery queued already claimed, its first attempt logged PENDING: send it now."""

    values: dict[str, Any]
    delivery_id: int
    attempt_id: int
    url: str
    body: bytes


@dataclass
class Dispatched:
    events: int = 0  # how many of the feed's events were fanned out
    queued: int = 0  # deliveries queued to be sent (not those whose filter errored)
    handed: list[Handed] = field(default_factory=list)
    more: bool = False  # whether the feed may hold more of the tenant's events


async def start_position(session: AsyncSession, tenant_id: int, now: datetime) -> None:
    """Give the tenant a dispatch position at the feed's head, if it has none: a new
    subscription's events are the ones from now on, and nothing earlier needs scanning."""
    txid, event_row_id = await repo.feed_head(session, tenant_id)
    await repo.start_cursor(session, tenant_id, txid, event_row_id, now)


async def dispatch_tenant(
    session: AsyncSession,
    tenant_id: int,
    tenant_slug: str,
    now: datetime,
    hand_over: HandOver | None = None,
) -> Dispatched:
    """Queue the deliveries owed for the tenant's next batch of events.

    With `hand_over`, the batch stops at the event that brings the deliveries to be sent to
    `hand_over.limit`, and up to that many are queued already claimed, each with its first
    attempt logged PENDING, for the caller to send at once: no separate claim, and no reading
    back what dispatch has just read. The rest of the feed waits for the next round.

    The caller commits; nothing is written when another worker holds the tenant.
    """
    await kit_repo.begin_bookkeeping(session)
    position = await repo.lock_cursor(session, tenant_id)
    if position is None:
        await start_position(session, tenant_id, now)
        return Dispatched()
    # Handing over, read no more events than can be sent now (at least one delivery each).
    limit = BATCH if hand_over is None else min(BATCH, hand_over.limit)
    events = await events_repo.after(
        session, tenant_id, (position.txid, position.event_row_id), {}, limit
    )
    if not events:
        return Dispatched()
    by_kind = _by_kind(await repo.active_subscriptions(session, tenant_id))
    owed: list[Owed] = []
    taken = queued = 0
    for event in events:
        taken += 1
        subscriptions = by_kind.get((event.entity_type, event.operation))
        if not subscriptions:
            continue
        for delivery in _owed_for(tenant_id, tenant_slug, event, subscriptions, now):
            owed.append(delivery)
            if delivery.filter_error is None:
                queued += 1
                if hand_over is not None and queued <= hand_over.limit:
                    _claim_values(delivery.values, hand_over.lease_until)
        if hand_over is not None and queued >= hand_over.limit:
            break  # an event's deliveries are queued together: the cursor moves past it
    first = [_first_attempt(delivery) for delivery in owed]
    ids = await repo.add_logged_deliveries(session, [d.values for d in owed], first, now)
    handed = [
        Handed(delivery.values, delivery_id, attempt_id, delivery.url, delivery.body)
        for delivery, (delivery_id, attempt_id) in zip(owed, ids, strict=True)
        if attempt_id is not None and delivery.filter_error is None
    ]
    last = events[taken - 1]
    await repo.move_cursor(session, tenant_id, last.txid, last.id, now)
    more = taken < len(events) or len(events) == limit
    return Dispatched(taken, queued, handed, more)


def _by_kind(subscriptions: list[Subscribed]) -> dict[tuple[str, str], list[Subscribed]]:
    """The subscriptions by the (entity type, operation) they receive: each event of a batch
    looks its own up once, rather than being compared with every subscription."""
    kinds: dict[tuple[str, str], list[Subscribed]] = {}
    for subscription in subscriptions:
        kinds.setdefault((subscription.entity_type, subscription.operation), []).append(
            subscription
        )
    return kinds


def _owed_for(
    tenant_id: int,
    tenant_slug: str,
    event: FeedEvent,
    subscriptions: list[Subscribed],
    now: datetime,
) -> list[Owed]:
    """The deliveries `event` owes among `subscriptions` (those of its kind), its body
    serialized once for every subscription: those that were on when it occurred."""
    occurred_at = event.occurred_at
    wanted = [
        subscription for subscription in subscriptions if subscription.active_since <= occurred_at
    ]
    if not wanted:
        return []
    body = dumps(feed.payload(event, tenant_slug))
    owed = (_owed(tenant_id, event, subscription, body, now) for subscription in wanted)
    return [delivery for delivery in owed if delivery is not None]


def _owed(
    tenant_id: int, event: FeedEvent, subscription: Subscribed, body: bytes, now: datetime
) -> Owed | None:
    """The delivery `subscription` is owed for `event` (which it wants), unless its filter
    says no."""
    error = None
    if subscription.filter_expression is not None:
        try:
            if not filters.matches(subscription.filter_expression, orjson.loads(body)):
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
        "claimed_attempt": None,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
    return Owed(values, subscription.delivery_url, body, error)


def _claim_values(values: dict[str, Any], lease_until: datetime) -> None:
    """A queue row as a claim leaves it (`repository.unscoped_claim`): attempt 1 under way,
    due again when the lease runs out, should the worker stop before recording it."""
    values |= {
        "attempts": 1,
        "round_attempts": 1,
        "claimed_attempt": 1,
        "next_attempt_at": lease_until,
    }


def _first_attempt(delivery: Owed) -> repo.FirstAttempt | None:
    """The attempt logged as the delivery is queued: its filter's error (failed), or the
    first send, when it is queued already claimed (PENDING, before anything is sent)."""
    if delivery.filter_error is not None:
        return "FAILED", delivery.filter_error
    if delivery.values["claimed_attempt"] == 1:
        return "PENDING", None
    return None
