"""When a failed delivery is tried again (records-events.md §4).

Standard Webhooks' schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after
the previous attempt, each within ±20% (jitter keeps a receiver that recovers from being hit
by every retry at once). A 429 or 503 carrying `Retry-After` waits at least that long, but never
longer than the schedule's longest step.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRY_AFTER_STATUSES = frozenset({429, 503})


def delay_after(
    failed_attempts: int,
    schedule: Sequence[float],
    jitter: float,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float | None:
    """Seconds until the next attempt after `failed_attempts` failures, or None if none is left."""
    if failed_attempts > len(schedule):
        return None
    spread = (rng or random).uniform(1 - jitter, 1 + jitter)
    delay = schedule[failed_attempts - 1] * spread
    if retry_after is not None:
        delay = max(delay, min(retry_after, max(schedule)))
    return delay


def retry_after_seconds(status_code: int, header: str | None, now: datetime) -> float | None:
    """What a 429 or 503 asks for in `Retry-After` (seconds or an HTTP date), if anything."""
    if status_code not in RETRY_AFTER_STATUSES or not header:
        return None
    value = header.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)
