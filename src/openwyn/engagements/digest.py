"""The monthly renewal digest (money-work.md §7: "A monthly digest event lists engagements whose
renewal falls within 90 days"), made by the engagement clock.

Once per tenant and calendar month of its time zone, one `engagement.RENEWAL_DIGEST` event
lists the tenant's engagements that can be renewed (`service.RENEWABLE`: EXECUTED, ACTIVE,
ON_HOLD or COMPLETED) and are not yet renewed, whose end date falls from the tenant's today to
90 days on (inclusive), by end date then id: exactly those a firm can renew and should soon.
A month whose list is empty writes no event (there is nothing to act on), but its due time
still moves to the next month.

Each tenant keeps the time its next digest is due (the start of its next local month), so the
clock reads only the tenants that are due; a digest row unique per (tenant, month) gives the
event its id and keeps it single even if two workers get past the tenant's lock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.engagements import repository as repo
from openwyn.engagements.service import RENEWABLE
from openwyn.web import outbox

HORIZON_DAYS = 90
OPERATION = "RENEWAL_DIGEST"


def next_month_start(today: date, timezone: str) -> datetime:
    """Midnight of the first day of the month after `today`'s, in `timezone`."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return datetime.combine(date(year, month, 1), time(), tzinfo=ZoneInfo(timezone))


async def write_digest(
    session: AsyncSession, tenant_id: int, timezone: str, now: datetime
) -> dict[str, Any] | None:
    """The month's digest of the tenant (its event written), or None when its list is empty
    or another worker made it; either way the next is due at the start of the next month."""
    today = now.astimezone(ZoneInfo(timezone)).date()
    await repo.set_digest_due(session, tenant_id, next_month_start(today, timezone))
    through = today + timedelta(days=HORIZON_DAYS)
    due = await repo.renewals_due(session, tenant_id, today, through, RENEWABLE)
    if not due:
        return None
    month = f"{today.year:04d}-{today.month:02d}"
    values = {"month": month, "as_of": today, "through": through, "engagement_count": len(due)}
    digest_id = await repo.insert_digest_or_skip(session, tenant_id, values)
    if digest_id is None:
        return None
    data = {
        "id": digest_id,
        "month": month,
        "asOf": today,
        "through": through,
        "count": len(due),
        "engagements": [_listed(row) for row in due],
    }
    await outbox.record(session, tenant_id, "engagement", OPERATION, data)
    return data


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "clientId": row["client_id"],
        "status": row["status"],
        "startDate": row["start_date"],
        "endDate": row["end_date"],
        "estimatedValue": row["estimated_value"],
        "currency": row["currency"],
    }
