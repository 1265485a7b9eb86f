"""What time does to engagements (money-work.md §7), run by the worker: a SENT letter not
signed by its expiry is EXPIRED; the signers who have not signed are reminded every
`reminderDays` (with new links: links are stored hashed, so a reminder cannot repeat the old
one, which keeps working until it expires); a SIGNED engagement whose prepayment is due is
reminded until it is paid or its end date has passed (the firm then cancels it or executes it
by hand); an EXECUTED engagement is ACTIVE from its start date and COMPLETED after its end
date, both in the tenant's time zone. Each move writes its `engagement.<STATUS>` event once, however
many workers run: rows are claimed locked, and a claimed row another worker holds is skipped.
Once a month per tenant it also writes the renewal digest (engagements/digest.py), claimed the
same way by the tenant's row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import Settings
from openwyn.db import Database
from openwyn.engagements import digest, signing
from openwyn.engagements import repository as repo
from openwyn.engagements import service as engagements
from openwyn.files.storage import FileStorage, LocalStorage
from openwyn.kit.repository import begin_immediately
from openwyn.kit.sqltypes import utcnow

log = logging.getLogger(__name__)
BATCH = 100
POLL_SECONDS = 60.0
# The base of links in reminders when OPENWYN_PUBLIC_URL is not set (a laptop's server).
LOCAL_BASE_URL = "http://127.0.0.1:8000"


def _today(timezone: str, now: datetime) -> date:
    return now.astimezone(ZoneInfo(timezone)).date()


class EngagementClock:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        storage: FileStorage | None = None,
        clock: Callable[[], datetime] = utcnow,
        tenants: frozenset[int] | None = None,
    ) -> None:
        """`tenants`, if given, limits the clock to those tenants; by default it serves every
        tenant."""
        self.db, self.settings, self.clock = db, settings, clock
        self.tenants = tenants
        self.storage = storage or LocalStorage(settings.resolved_files_dir())
        self.name = f"engagements:{id(self):x}"

    async def tick(self, now: datetime | None = None) -> int:
        """Move what is due at `now` (the clock's time by default) and write the renewal
        digests that are due; the larger of the two counts (engagements, tenants), so that a
        full batch of either makes the worker go again at once."""
        now = now or self.clock()
        return max(await self._moves(now), await self._digests(now))

    async def _moves(self, now: datetime) -> int:
        async with self.db.session() as session:
            await begin_immediately(session)
            due = await repo.unscoped_due(session, now, BATCH, self.tenants)
            for row in due:
                await self._move(session, row, now)
        return len(due)

    async def _digests(self, now: datetime) -> int:
        async with self.db.session() as session:
            await begin_immediately(session)
            due = await repo.unscoped_digests_due(session, now, BATCH, self.tenants)
            for row in due:
                await digest.write_digest(session, row["tenant_id"], row["timezone"], now)
        return len(due)

    async def _move(self, session: AsyncSession, row: dict[str, Any], now: datetime) -> None:
        tenant_id, engagement_id = row["tenant_id"], row["id"]
        today = _today(row["timezone"], now)
        if row["status"] == "SENT":
            if row["expires_at"] is not None and row["expires_at"] <= now:
                await engagements.move(session, tenant_id, engagement_id, "EXPIRED")
                await repo.set_next_reminder(session, tenant_id, engagement_id, None)
            else:
                await self._remind(session, row, now)
        elif row["status"] == "SIGNED":  # signed, its prepayment still due
            if row["end_date"] is not None and row["end_date"] < today:
                await repo.set_next_reminder(session, tenant_id, engagement_id, None)
            else:
                await self._remind(session, row, now)
        elif row["end_date"] is not None and row["end_date"] < today:
            await engagements.move(session, tenant_id, engagement_id, "COMPLETED")
        elif row["status"] == "EXECUTED" and row["start_date"] <= today:
            await engagements.move(session, tenant_id, engagement_id, "ACTIVE")

    async def _remind(self, session: AsyncSession, row: dict[str, Any], now: datetime) -> None:
        """The signers of a SENT letter who have not signed; the billing signers of a SIGNED
        engagement until its prepayment is paid (§7: "until signed and prepaid")."""
        base_url = self.settings.public_url or LOCAL_BASE_URL
        remind = signing.remind_to_prepay if row["status"] == "SIGNED" else signing.remind
        await remind(session, row["tenant_id"], row["id"], base_url=base_url, now=now)
        following = now + timedelta(days=row["reminder_days"])
        await repo.set_next_reminder(session, row["tenant_id"], row["id"], following)

    async def run(self, stop: asyncio.Event) -> None:
        log.info("engagement clock %s started", self.name)
        try:
            while not stop.is_set():
                moved = await self.tick()
                if moved < BATCH:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), POLL_SECONDS)
        finally:
            log.info("engagement clock %s stopped", self.name)
