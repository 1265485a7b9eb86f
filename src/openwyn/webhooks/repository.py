"""SQL for webhook secrets, the delivery queue and the delivery log.

Statements for the API start from the caller's tenant. Delivery workers serve every tenant;
their statements are named ``unscoped_*`` and touch only rows already tied to their tenant.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

import orjson
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Row,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql.expression import Update

from openwyn.db import Reads
from openwyn.events import repository as events_repo
from openwyn.events.feed import START
from openwyn.events.repository import COLUMNS as FEED_COLUMNS
from openwyn.events.repository import FeedEvent
from openwyn.models import (
    EventSubscription,
    Tenant,
    WebhookAttempt,
    WebhookDelivery,
    WebhookDispatchCursor,
    WebhookSecret,
)
from openwyn.models.base import table_of
from openwyn.web.outbox import EVENTS

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


async def unscoped_live_secrets(
    session: AsyncSession, tenant_ids: Iterable[int], now: datetime
) -> dict[int, list[Row[Any]]]:
    """`live_secrets` of each of `tenant_ids` at once (one statement for a worker's batch):
    a tenant with none is missing from the answer."""
    query = (
        select(SECRETS.c.tenant_id, *COLUMNS)
        .where(
            SECRETS.c.tenant_id.in_(sorted(set(tenant_ids))),
            or_(SECRETS.c.expires_at.is_(None), SECRETS.c.expires_at > now),
        )
        .order_by(
            SECRETS.c.tenant_id,
            SECRETS.c.expires_at.is_not(None),
            SECRETS.c.created_at.desc(),
            SECRETS.c.id.desc(),
        )
    )
    by_tenant: dict[int, list[Row[Any]]] = {}
    for row in (await session.execute(query)).all():
        by_tenant.setdefault(row.tenant_id, []).append(row)
    return by_tenant


async def add_current_secret(
    session: AsyncSession, tenant_id: int, secret: str, now: datetime
) -> None:
    """Make `secret` the tenant's current one, unless a concurrent request just made another."""
    insert_ = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    values = {
        "tenant_id": tenant_id,
        "secret": secret,
        "expires_at": None,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
    statement = insert_(SECRETS).values(**values)
    await session.execute(
        statement.on_conflict_do_nothing(
            index_elements=["tenant_id"], index_where=SECRETS.c.expires_at.is_(None)
        )
    )


async def expire_current(session: AsyncSession, tenant_id: int, at: datetime) -> None:
    statement = (
        update(SECRETS)
        .where(SECRETS.c.tenant_id == tenant_id, SECRETS.c.expires_at.is_(None))
        .values(expires_at=at)
    )
    await session.execute(statement)


# --- The delivery queue ---------------------------------------------------------------------

DELIVERIES: Table = table_of(WebhookDelivery)
ATTEMPTS: Table = table_of(WebhookAttempt)
CURSORS: Table = table_of(WebhookDispatchCursor)
SUBSCRIPTIONS: Table = table_of(EventSubscription)
TENANTS: Table = table_of(Tenant)
DUE = ("PENDING", "RETRYING")


async def unscoped_tenants_to_dispatch(
    session: Reads, only: frozenset[int] | None
) -> list[tuple[int, str]]:
    """(id, slug) of the tenants (of `only`, if given) with an active subscription whose feed
    holds final events past their dispatch position, or that have no position yet: one
    statement, however many tenants there are, and nothing to lock when all is quiet."""
    with_subscriptions = select(SUBSCRIPTIONS.c.tenant_id).where(SUBSCRIPTIONS.c.active.is_(True))
    connection = session if isinstance(session, AsyncConnection) else await session.connection()
    dialect = connection.dialect.name
    # News is a final event past the position: the newest final one is, if any is. Found from
    # the top of the (tenant_id, txid, id) index, however far the position is along the feed.
    newest = (
        select(EVENTS.c.txid, EVENTS.c.id)
        .where(EVENTS.c.tenant_id == TENANTS.c.id, *_final(dialect))
        .order_by(EVENTS.c.txid.desc(), EVENTS.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    news = tuple_(CURSORS.c.txid, CURSORS.c.event_row_id) < newest
    query = (
        select(TENANTS.c.id, TENANTS.c.slug)
        .select_from(TENANTS.outerjoin(CURSORS, CURSORS.c.tenant_id == TENANTS.c.id))
        .where(TENANTS.c.id.in_(with_subscriptions), or_(CURSORS.c.tenant_id.is_(None), news))
    )
    if only is not None:
        query = query.where(TENANTS.c.id.in_(only))
    return [(int(row_id), slug) for row_id, slug in (await session.execute(query)).all()]


async def unscoped_any_due(session: Reads, now: datetime, only: frozenset[int] | None) -> bool:
    """Whether any delivery (of the tenants `only`, if given) is due: a read, so an idle worker
    takes no lock."""
    # Ordered, so the planner reads the due index from its start even before the table has
    # statistics (a fresh queue), rather than scanning the whole table.
    query = (
        select(DELIVERIES.c.id)
        .where(DELIVERIES.c.next_attempt_at.is_not(None), DELIVERIES.c.next_attempt_at <= now)
        .order_by(DELIVERIES.c.next_attempt_at)
    )
    if only is not None:
        query = query.where(DELIVERIES.c.tenant_id.in_(only))
    return (await session.execute(query.limit(1))).first() is not None


class QueueState(NamedTuple):
    queued: int  # deliveries with an attempt still to make (due, scheduled or under way)
    due: int  # those a worker may take now
    oldest_due_at: datetime | None


async def unscoped_queue_state(session: Reads, now: datetime) -> QueueState:
    """The delivery queue of every tenant, for the metrics: read through the due index."""
    next_at = DELIVERIES.c.next_attempt_at
    is_due = next_at <= now
    query = select(
        func.count(),
        func.count().filter(is_due),
        func.min(next_at).filter(is_due),
    ).where(next_at.is_not(None))
    queued, due, oldest = (await session.execute(query)).one()
    return QueueState(int(queued), int(due), oldest)


async def lock_cursor(session: AsyncSession, tenant_id: int) -> Row[Any] | None:
    """The tenant's dispatch position, locked; None if another worker holds it (or none yet)."""
    query = (
        select(*[CURSORS.c.txid, CURSORS.c.event_row_id])
        .where(CURSORS.c.tenant_id == tenant_id)
        .with_for_update(skip_locked=True)
    )
    row: Row[Any] | None = (await session.execute(query)).first()
    return row


async def start_cursor(
    session: AsyncSession, tenant_id: int, txid: int, event_row_id: int, now: datetime
) -> None:
    """Place the tenant's dispatch position, unless it already has one."""
    values = {"tenant_id": tenant_id, "txid": txid, "event_row_id": event_row_id, "updated_at": now}
    insert_ = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    await session.execute(insert_(CURSORS).values(**values).on_conflict_do_nothing())


async def move_cursor(
    session: AsyncSession, tenant_id: int, txid: int, event_row_id: int, now: datetime
) -> None:
    statement = (
        update(CURSORS)
        .where(CURSORS.c.tenant_id == tenant_id)
        .values(txid=txid, event_row_id=event_row_id, updated_at=now)
    )
    await session.execute(statement)


async def feed_head(session: AsyncSession, tenant_id: int) -> tuple[int, int]:
    """A feed position at or after every event committed so far and before any to come.

    On PostgreSQL that is "every transaction older than the oldest still running": the feed
    hands out nothing newer (events/repository.py). SQLite writes one transaction at a time,
    so the tenant's newest event is the head.
    """
    if session.get_bind().dialect.name == "postgresql":
        horizon = func.pg_snapshot_xmin(func.pg_current_snapshot())
        oldest_running = (
            await session.execute(select(cast(cast(horizon, Text), BigInteger)))
        ).scalar_one()
        return int(oldest_running) - 1, 2**62
    newest = select(func.max(EVENTS.c.id)).where(EVENTS.c.tenant_id == tenant_id)
    return 0, int((await session.execute(newest)).scalar_one() or 0)


def _final(dialect: str) -> list[ColumnElement[bool]]:
    """The feed's condition that an event is final (`events.repository.past`), without its
    position."""
    return events_repo.past(START.txid, START.id, dialect)[1:]


class Subscribed(NamedTuple):
    """An active subscription as dispatch reads it, once per event of its kind (a tuple, for
    the reason `events.repository.FeedEvent` gives)."""

    id: int
    entity_type: str
    operation: str
    filter_expression: str | None
    active_since: datetime
    delivery_url: str


async def active_subscriptions(session: AsyncSession, tenant_id: int) -> list[Subscribed]:
    columns = [SUBSCRIPTIONS.c[name] for name in Subscribed._fields]
    query = select(*columns).where(
        SUBSCRIPTIONS.c.tenant_id == tenant_id, SUBSCRIPTIONS.c.active.is_(True)
    )
    return list(map(Subscribed._make, await session.execute(query)))


async def add_deliveries(session: AsyncSession, rows: list[dict[str, Any]]) -> list[int]:
    """Queue deliveries (every row names its tenant); their ids, in the order given."""
    if not rows:
        return []
    statement = insert(DELIVERIES).returning(DELIVERIES.c.id, sort_by_parameter_order=True)
    return [int(row_id) for row_id in (await session.execute(statement, rows)).scalars()]


# A first attempt to log with a queued delivery: its status and error.
FirstAttempt = tuple[str, str | None]


async def add_logged_deliveries(
    session: AsyncSession,
    rows: list[dict[str, Any]],
    first: list[FirstAttempt | None],
    now: datetime,
) -> list[tuple[int, int | None]]:
    """Queue deliveries (every row names its tenant), logging the first attempt of each one
    `first` gives one for: (delivery id, attempt id or None) per row, in the order given."""
    if not rows:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return await _add_logged_deliveries_pg(session, rows, first, now)
    delivery_ids = await add_deliveries(session, rows)
    logged = [(n, attempt) for n, attempt in enumerate(first) if attempt is not None]
    attempts = [
        attempt_row(rows[n], delivery_ids[n], 1, status, now) | {"error": error}
        for n, (status, error) in logged
    ]
    attempt_ids: list[int | None] = [None] * len(rows)
    for (n, _), attempt_id in zip(logged, await add_attempts(session, attempts), strict=True):
        attempt_ids[n] = attempt_id
    return list(zip(delivery_ids, attempt_ids, strict=True))


async def _add_logged_deliveries_pg(
    session: AsyncSession,
    rows: list[dict[str, Any]],
    first: list[FirstAttempt | None],
    now: datetime,
) -> list[tuple[int, int | None]]:
    """One statement, however many rows: both inserts. It answers each delivery's id with its
    key, and each attempt's id with its delivery's, and they are matched to the rows here: a
    join in the statement, estimated at one row, ran as a nested loop over both batches
    (500 by 500 rows, three quarters of the statement's time)."""
    given = [
        [*(row[key] for key in _QUEUED_KEYS), *(attempt or (None, None))]
        for row, attempt in zip(rows, first, strict=True)
    ]
    values = {"rows": _json_rows(given), "now": now}
    delivery_of: dict[tuple[int, int, str], int] = {}
    attempt_of: dict[int, int] = {}
    for delivery_id, attempt_id, tenant_id, subscription_id, event_id in await session.execute(
        _ADD_LOGGED_DELIVERIES_PG, values
    ):
        if attempt_id is None:
            delivery_of[tenant_id, subscription_id, event_id] = delivery_id
        else:
            attempt_of[delivery_id] = attempt_id
    delivery_ids = [
        delivery_of[row["tenant_id"], row["subscription_id"], row["event_id"]] for row in rows
    ]
    return [(delivery_id, attempt_of.get(delivery_id)) for delivery_id in delivery_ids]


def _json_rows(rows: list[list[Any]]) -> str:
    """Rows of parameters as one JSON array of arrays, for `jsonb_array_elements`.

    On PostgreSQL a batch is one statement over all its rows. Passed as arrays, one per column,
    asyncpg checks every element against three abstract base classes (whether it is a nested
    array), about 1,300 instructions each, some 45 per delivery: a tenth of a worker's
    instructions (callgrind). One JSON text costs the worker a fraction of that, and the
    database one parse of it.
    """
    return orjson.dumps(rows, option=orjson.OPT_NAIVE_UTC).decode()


_QUEUED_KEYS = (
    "tenant_id",
    "subscription_id",
    "event_row_id",
    "event_id",
    "entity_type",
    "operation",
    "entity_id",
    "status",
    "attempts",
    "round_attempts",
    "next_attempt_at",
    "claimed_attempt",
)
_ADD_LOGGED_DELIVERIES_PG = text(
    """
    WITH given AS (
        SELECT CAST(r->>0 AS BIGINT) AS tenant_id, CAST(r->>1 AS BIGINT) AS subscription_id,
            CAST(r->>2 AS BIGINT) AS event_row_id, CAST(r->>3 AS VARCHAR) AS event_id,
            CAST(r->>4 AS VARCHAR) AS entity_type, CAST(r->>5 AS VARCHAR) AS operation,
            CAST(r->>6 AS BIGINT) AS entity_id, CAST(r->>7 AS VARCHAR) AS status,
            CAST(r->>8 AS INTEGER) AS attempts, CAST(r->>9 AS INTEGER) AS round_attempts,
            CAST(r->>10 AS TIMESTAMPTZ) AS next_attempt_at,
            CAST(r->>11 AS INTEGER) AS claimed_attempt,
            CAST(r->>12 AS VARCHAR) AS attempt_status, CAST(r->>13 AS VARCHAR) AS attempt_error,
            n
        FROM jsonb_array_elements(CAST(:rows AS JSONB)) WITH ORDINALITY AS g(r, n)
    ), queued AS (
        INSERT INTO webhook_deliveries (
            tenant_id, subscription_id, event_row_id, event_id, entity_type, operation,
            entity_id, status, attempts, round_attempts, next_attempt_at, claimed_attempt,
            version, created_at, updated_at
        )
        SELECT tenant_id, subscription_id, event_row_id, event_id, entity_type, operation,
            entity_id, status, attempts, round_attempts, next_attempt_at, claimed_attempt,
            1, CAST(:now AS TIMESTAMPTZ), CAST(:now AS TIMESTAMPTZ)
        FROM given ORDER BY n
        RETURNING id, tenant_id, subscription_id, event_id
    ), logged AS (
        INSERT INTO webhook_attempts (
            tenant_id, delivery_id, subscription_id, event_id, entity_type, operation,
            entity_id, attempt, status, error, version, created_at, updated_at
        )
        SELECT g.tenant_id, q.id, g.subscription_id, g.event_id, g.entity_type, g.operation,
            g.entity_id, 1, g.attempt_status, g.attempt_error,
            1, CAST(:now AS TIMESTAMPTZ), CAST(:now AS TIMESTAMPTZ)
        FROM given AS g JOIN queued AS q USING (tenant_id, subscription_id, event_id)
        WHERE g.attempt_status IS NOT NULL
        ORDER BY g.n
        RETURNING id, delivery_id
    )
    SELECT id, CAST(NULL AS BIGINT), tenant_id, subscription_id, event_id FROM queued
    UNION ALL
    SELECT delivery_id, id, NULL, NULL, NULL FROM logged
    """
)


CLAIMED = [
    DELIVERIES.c.id,
    DELIVERIES.c.tenant_id,
    DELIVERIES.c.subscription_id,
    DELIVERIES.c.event_row_id,
    DELIVERIES.c.event_id,
    DELIVERIES.c.entity_type,
    DELIVERIES.c.operation,
    DELIVERIES.c.entity_id,
    DELIVERIES.c.attempts,
    DELIVERIES.c.round_attempts,
]


async def unscoped_claim(
    session: AsyncSession,
    now: datetime,
    lease_until: datetime,
    limit: int,
    only: frozenset[int] | None,
) -> Sequence[Row[Any]]:
    """Take up to `limit` due deliveries (of the tenants `only`, if given), oldest first, for
    this worker until `lease_until`.

    A claim moves the delivery's next attempt to the end of the lease: if the worker dies, the
    delivery simply comes due again then. On PostgreSQL rows another worker is claiming are
    skipped (``FOR UPDATE SKIP LOCKED``); on SQLite the caller holds the write lock.
    """
    due = (
        select(DELIVERIES.c.id)
        .where(DELIVERIES.c.next_attempt_at.is_not(None), DELIVERIES.c.next_attempt_at <= now)
        .order_by(DELIVERIES.c.next_attempt_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if only is not None:
        due = due.where(DELIVERIES.c.tenant_id.in_(only))
    statement = (
        update(DELIVERIES)
        .where(DELIVERIES.c.id.in_(due.scalar_subquery()))
        .values(
            next_attempt_at=lease_until,
            attempts=DELIVERIES.c.attempts + 1,
            claimed_attempt=DELIVERIES.c.attempts + 1,
            round_attempts=DELIVERIES.c.round_attempts + 1,
            updated_at=now,
        )
        .returning(*CLAIMED)
    )
    rows: Sequence[Row[Any]] = (await session.execute(statement)).all()
    return rows


async def add_attempts(session: AsyncSession, rows: list[dict[str, Any]]) -> list[int]:
    """Log attempts (every row names its tenant); their ids, in the order given."""
    if not rows:
        return []
    statement = insert(ATTEMPTS).returning(ATTEMPTS.c.id, sort_by_parameter_order=True)
    return [int(row_id) for row_id in (await session.execute(statement, rows)).scalars()]


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


async def close_lost_attempts(
    session: AsyncSession, claimed: list[tuple[int, int]], error: str, now: datetime
) -> None:
    """Deliveries being claimed (tenant, delivery id) can have no attempt under way: one still
    PENDING was left by a worker that stopped before recording it, and fails with `error`."""
    statement = (
        update(ATTEMPTS)
        .where(
            tuple_(ATTEMPTS.c.tenant_id, ATTEMPTS.c.delivery_id).in_(claimed),
            ATTEMPTS.c.status == "PENDING",
        )
        .values(status="FAILED", error=error, updated_at=now)
    )
    await session.execute(statement)


async def unscoped_events(
    session: AsyncSession, event_row_ids: Iterable[int]
) -> dict[int, tuple[FeedEvent, str]]:
    """Events of claimed deliveries, which name their tenant, by row id, each with its
    tenant's slug."""
    query = select(*[*FEED_COLUMNS, TENANTS.c.slug]).join(
        TENANTS, TENANTS.c.id == EVENTS.c.tenant_id
    )
    rows = await session.execute(query.where(EVENTS.c.id.in_(set(event_row_ids))))
    return {row.id: (FeedEvent._make(row[:-1]), row.slug) for row in rows}


async def unscoped_delivery_urls(
    session: AsyncSession, subscription_ids: Iterable[int]
) -> dict[int, str]:
    query = select(SUBSCRIPTIONS.c.id, SUBSCRIPTIONS.c.delivery_url).where(
        SUBSCRIPTIONS.c.id.in_(set(subscription_ids))
    )
    return {int(row_id): url for row_id, url in (await session.execute(query)).all()}


async def unscoped_finish_attempts(
    session: AsyncSession, rows: list[dict[str, Any]], now: datetime
) -> None:
    """Each attempt's outcome, by `b_id`, as of `now`."""
    if session.get_bind().dialect.name == "postgresql":
        values = {"rows": _json_rows(_fields(rows, _FINISH_ATTEMPTS_KEYS)), "now": now}
        await session.execute(_FINISH_ATTEMPTS_PG, values)
        return
    statement = (
        update(ATTEMPTS)
        .where(ATTEMPTS.c.id == bindparam("b_id"))
        .values(
            status=bindparam("b_status"),
            status_code=bindparam("b_status_code"),
            response_body=bindparam("b_response_body"),
            duration_ms=bindparam("b_duration_ms"),
            error=bindparam("b_error"),
            next_attempt_at=bindparam("b_next_attempt_at"),
            updated_at=now,
        )
    )
    await session.execute(statement, rows)


# On PostgreSQL a batch of outcomes is one statement over all its rows (`_json_rows`) rather
# than a statement per row: a fraction of the work on both sides of the connection. The time
# is one value for the whole batch.
_FINISH_ATTEMPTS_KEYS = (
    "b_id",
    "b_status",
    "b_status_code",
    "b_response_body",
    "b_duration_ms",
    "b_error",
    "b_next_attempt_at",
)
_FINISH_ATTEMPTS_PG = text(
    """
    UPDATE webhook_attempts AS a
    SET status = u.status, status_code = u.status_code, response_body = u.response_body,
        duration_ms = u.duration_ms, error = u.error, next_attempt_at = u.next_attempt_at,
        updated_at = CAST(:now AS TIMESTAMPTZ)
    FROM (
        SELECT CAST(r->>0 AS BIGINT) AS id, CAST(r->>1 AS VARCHAR) AS status,
            CAST(r->>2 AS INTEGER) AS status_code, CAST(r->>3 AS TEXT) AS response_body,
            CAST(r->>4 AS INTEGER) AS duration_ms, CAST(r->>5 AS VARCHAR) AS error,
            CAST(r->>6 AS TIMESTAMPTZ) AS next_attempt_at
        FROM jsonb_array_elements(CAST(:rows AS JSONB)) AS g(r)
    ) AS u
    WHERE a.id = u.id
    """
)


def _fields(rows: list[dict[str, Any]], keys: Iterable[str]) -> list[list[Any]]:
    """Rows of parameters as lists of their values for `keys`, in that order."""
    return [[row[key] for key in keys] for row in rows]


async def unscoped_finish_deliveries(
    session: AsyncSession, rows: list[dict[str, Any]], now: datetime
) -> None:
    """Each delivery's new state as of `now`, by `b_id`, only while attempt `b_attempt` is
    still its claim (a delivery reclaimed after its lease ran out, or queued again, is no longer
    this one's)."""
    if session.get_bind().dialect.name == "postgresql":
        values = {"rows": _json_rows(_fields(rows, _FINISH_DELIVERIES_KEYS)), "now": now}
        await session.execute(_FINISH_DELIVERIES_PG, values)
        return
    statement = (
        update(DELIVERIES)
        .where(
            DELIVERIES.c.id == bindparam("b_id"),
            DELIVERIES.c.claimed_attempt == bindparam("b_attempt"),
        )
        .values(
            status=bindparam("b_status"),
            next_attempt_at=bindparam("b_next_attempt_at"),
            last_status_code=bindparam("b_status_code"),
            claimed_attempt=None,
            updated_at=now,
        )
    )
    await session.execute(statement, rows)


_FINISH_DELIVERIES_KEYS = (
    "b_id",
    "b_attempt",
    "b_status",
    "b_next_attempt_at",
    "b_status_code",
)
_FINISH_DELIVERIES_PG = text(
    """
    UPDATE webhook_deliveries AS d
    SET status = u.status, next_attempt_at = u.next_attempt_at,
        last_status_code = u.status_code, claimed_attempt = NULL,
        updated_at = CAST(:now AS TIMESTAMPTZ)
    FROM (
        SELECT CAST(r->>0 AS BIGINT) AS id, CAST(r->>1 AS INTEGER) AS attempt,
            CAST(r->>2 AS VARCHAR) AS status, CAST(r->>3 AS TIMESTAMPTZ) AS next_attempt_at,
            CAST(r->>4 AS INTEGER) AS status_code
        FROM jsonb_array_elements(CAST(:rows AS JSONB)) AS g(r)
    ) AS u
    WHERE d.id = u.id AND d.claimed_attempt = u.attempt
    """
)


async def unscoped_note_success(session: AsyncSession, subscription_ids: set[int]) -> None:
    statement = (
        update(SUBSCRIPTIONS)
        .where(SUBSCRIPTIONS.c.id.in_(subscription_ids), SUBSCRIPTIONS.c.failing_since.is_not(None))
        .values(failing_since=None)
    )
    await session.execute(statement)


async def unscoped_note_failure(
    session: AsyncSession, subscription_ids: set[int], now: datetime, disable_before: datetime
) -> list[int]:
    """Start the failing run of each subscription that has none; the ones failing since before
    `disable_before` (and still active) are returned, to be disabled."""
    start = (
        update(SUBSCRIPTIONS)
        .where(SUBSCRIPTIONS.c.id.in_(subscription_ids), SUBSCRIPTIONS.c.failing_since.is_(None))
        .values(failing_since=now)
    )
    await session.execute(start)
    query = select(SUBSCRIPTIONS.c.id).where(
        SUBSCRIPTIONS.c.id.in_(subscription_ids),
        SUBSCRIPTIONS.c.active.is_(True),
        SUBSCRIPTIONS.c.failing_since <= disable_before,
    )
    return [int(row_id) for row_id in (await session.execute(query)).scalars()]


async def unscoped_stop_subscriptions(
    session: AsyncSession, subscription_ids: list[int], status: str, now: datetime
) -> None:
    """Turn subscriptions off (`INACTIVE` or `DISABLED`) and give up their queued deliveries."""
    if not subscription_ids:
        return
    off = (
        update(SUBSCRIPTIONS)
        .where(SUBSCRIPTIONS.c.id.in_(subscription_ids))
        .values(active=False, status=status, updated_at=now, version=SUBSCRIPTIONS.c.version + 1)
    )
    await session.execute(off)
    give_up = (
        update(DELIVERIES)
        .where(
            DELIVERIES.c.subscription_id.in_(subscription_ids),
            DELIVERIES.c.next_attempt_at.is_not(None),
        )
        .values(status="FAILED", next_attempt_at=None, updated_at=now)
    )
    await session.execute(give_up)


# --- The delivery log and requeueing, for the API: every statement names the tenant -------

LOG_COLUMNS = [
    ATTEMPTS.c.id,
    ATTEMPTS.c.subscription_id,
    ATTEMPTS.c.delivery_id,
    ATTEMPTS.c.event_id,
    ATTEMPTS.c.entity_type,
    ATTEMPTS.c.operation,
    ATTEMPTS.c.entity_id,
    ATTEMPTS.c.attempt,
    ATTEMPTS.c.status,
    ATTEMPTS.c.status_code,
    ATTEMPTS.c.response_body,
    ATTEMPTS.c.duration_ms,
    ATTEMPTS.c.error,
    ATTEMPTS.c.created_at,
    ATTEMPTS.c.next_attempt_at,
]


async def attempts_page(
    session: AsyncSession,
    tenant_id: int,
    subscription_id: int,
    conditions: Sequence[ColumnElement[bool]],
    limit: int,
    offset: int,
) -> tuple[Sequence[Row[Any]], int]:
    """A page of a subscription's attempts, newest first, and how many match in all."""
    scope = [
        ATTEMPTS.c.tenant_id == tenant_id,
        ATTEMPTS.c.subscription_id == subscription_id,
        *conditions,
    ]
    query = select(*LOG_COLUMNS).where(*scope).order_by(ATTEMPTS.c.id.desc())
    rows: Sequence[Row[Any]] = (await session.execute(query.limit(limit).offset(offset))).all()
    count = select(func.count()).select_from(ATTEMPTS).where(*scope)
    return rows, int((await session.execute(count)).scalar_one())


async def delivery_of_attempt(
    session: AsyncSession, tenant_id: int, subscription_id: int, attempt_id: int
) -> int | None:
    query = select(ATTEMPTS.c.delivery_id).where(
        ATTEMPTS.c.tenant_id == tenant_id,
        ATTEMPTS.c.subscription_id == subscription_id,
        ATTEMPTS.c.id == attempt_id,
    )
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else int(found)


async def requeue(
    session: AsyncSession,
    tenant_id: int,
    subscription_id: int,
    conditions: Sequence[ColumnElement[bool]],
    now: datetime,
) -> int:
    """Queue the subscription's matching deliveries again, now, with a new round of retries;
    how many were queued. One already in flight keeps its claim and goes again after it."""
    statement = requeue_statement(tenant_id, subscription_id, conditions, now)
    result = await session.execute(statement)
    return int(result.rowcount)  # type: ignore[attr-defined]


def requeue_statement(
    tenant_id: int, subscription_id: int, conditions: Sequence[ColumnElement[bool]], now: datetime
) -> Update:
    return (
        update(DELIVERIES)
        .where(
            DELIVERIES.c.tenant_id == tenant_id,
            DELIVERIES.c.subscription_id == subscription_id,
            *conditions,
        )
        .values(
            status="PENDING",
            round_attempts=0,
            next_attempt_at=now,
            claimed_attempt=None,
            updated_at=now,
        )
    )


async def give_up_queued(
    session: AsyncSession, tenant_id: int, subscription_id: int, now: datetime
) -> None:
    """A subscription turned off owes nothing more: its queued deliveries fail."""
    statement = (
        update(DELIVERIES)
        .where(
            DELIVERIES.c.tenant_id == tenant_id,
            DELIVERIES.c.subscription_id == subscription_id,
            DELIVERIES.c.next_attempt_at.is_not(None),
        )
        .values(status="FAILED", next_attempt_at=None, updated_at=now)
    )
    await session.execute(statement)
