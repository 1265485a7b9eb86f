"""The change feed's cursors and payloads."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from openwyn.errors import ApiError, ValidationFailed
from openwyn.events.repository import FeedEvent
from openwyn.kit.inputs import INT64_MAX
from openwyn.kit.json import iso_timestamp


class CursorExpired(ApiError):
    status_code = 410
    code = "CURSOR_EXPIRED"
    default_message = "The cursor is older than the feed keeps events; start again from the start."


@dataclass(frozen=True)
class Position:
    txid: int
    id: int
    at: int  # when the cursor was handed out, in epoch milliseconds: how retention judges it

    def seen_at(self, now: datetime) -> Position:
        """The same place, handed out at `now`: the cursor is as fresh as its answer."""
        return Position(self.txid, self.id, max(self.at, int(now.timestamp() * 1000)))

    def encode(self) -> str:
        raw = f"{self.txid}.{self.id}.{self.at}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")


START = Position(-1, 0, 0)
# The last instant a datetime holds (9999-12-31T23:59:59.999Z), in epoch milliseconds.
_LAST_MILLISECOND = int(datetime.max.replace(tzinfo=UTC).timestamp() * 1000)


def decode(cursor: str | None, retention: timedelta, now: datetime) -> Position:
    if cursor is None:
        return START
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        txid, event_id, at = (int(part) for part in base64.urlsafe_b64decode(padded).split(b"."))
    except (binascii.Error, ValueError):
        raise ValidationFailed.at("after", "is not a cursor of this feed") from None
    if not _in_range(txid, event_id, at):
        # Forged or damaged: numbers the database (or a timestamp) cannot hold are no place in
        # the feed, and must not reach SQL.
        raise ValidationFailed.at("after", "is not a cursor of this feed")
    if datetime.fromtimestamp(at / 1000, UTC) < now - retention:
        raise CursorExpired()
    return Position(txid, event_id, at)


def _in_range(txid: int, event_id: int, at: int) -> bool:
    return (
        START.txid <= txid <= INT64_MAX
        and START.id <= event_id <= INT64_MAX
        and START.at <= at <= _LAST_MILLISECOND
    )


def position_of(row: FeedEvent) -> Position:
    at = row.occurred_at if row.occurred_at.tzinfo else row.occurred_at.replace(tzinfo=UTC)
    return Position(row.txid, row.id, int(at.timestamp() * 1000))


def payload(row: FeedEvent, tenant_slug: str) -> dict[str, Any]:
    """The event as the feed and webhooks show it; data is served as stored (exact)."""
    return {
        "id": row.event_id,
        "type": f"{row.entity_type}.{row.operation}",
        "entityType": row.entity_type,
        "operation": row.operation,
        "tenant": tenant_slug,
        "occurredAt": iso_timestamp(row.occurred_at),
        "entityId": row.entity_id,
        "systemRef": row.system_ref,
        "data": orjson.Fragment(row.data),
        "previous": None if row.previous is None else orjson.Fragment(row.previous),
    }
