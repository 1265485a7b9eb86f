"""The statement worker: makes each tenant's run of the day (money-work.md §6).

On a weekday of the tenant's time zone, at or after its `sendAt` local time, a tenant whose
`statements` settings are enabled gets the day's run (runs.create_run). Each tenant's run is
made in a transaction of its own. Any number of workers may race: the run is unique per
(tenant, date), so one inserts it and the others skip (on PostgreSQL the others wait for the
first's commit, then insert nothing), and a run is never made twice.

`now` is injectable (`clock`, or `run_due(now)`), so tests never sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DBAPIError, OperationalError

from openwyn.billing import repository as billing_repo
from openwyn.config import Settings
from openwyn.db import Database
from openwyn.files.storage import FileStorage, LocalStorage
from openwyn.kit.sqltypes import utcnow
from openwyn.statements import repository as repo
from openwyn.statements.runs import create_run
from openwyn.statements.settings import StatementSettings, parsed

log = logging.getLogger("openwyn.statements")

# How often the worker looks for tenants whose time has come: runs are daily, so a minute late
# is on time.
POLL_SECONDS = 60.0
_TRANSIENT = (DBAPIError, OperationalError, OSError, TimeoutError)


def run_date_at(now: datetime, zone: str, settings: StatementSettings) -> date | None:
    """The local date whose run is due at `now`, or None (disabled, a weekend, before
    `sendAt`)."""
    local = now.astimezone(ZoneInfo(zone))
    if not settings.enabled or local.weekday() >= 5:
        return None
    if local.time().replace(tzinfo=None) < settings.send_time:
        return None
    return local.date()


class StatementWorker:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        storage: FileStorage | None = None,
        clock: Callable[[], datetime] = utcnow,
        tenants: frozenset[int] | None = None,
    ) -> None:
        """`tenants`, if given, limits the worker to those tenants; by default it serves every
        tenant."""
        self.db = db
        self.storage = storage or LocalStorage(settings.resolved_files_dir())
        self.clock = clock
        self.tenants = tenants
        self.name = f"{socket.gethostname()}:statements:{id(self):x}"

    async def run_due(self, now: datetime | None = None) -> list[int]:
        """Make every run due at `now` (the clock's time by default) that no worker made yet:
        the ids of those this call made."""
        now = now or self.clock()
        async with self.db.session() as session:
            candidates = await repo.unscoped_tenants_with_settings(session, self.tenants)
        made = []
        for tenant_id, stored in candidates:
            run_id = await self._run_tenant(tenant_id, parsed(stored), now)
            if run_id is not None:
                made.append(run_id)
        return made

    async def _run_tenant(
        self, tenant_id: int, settings: StatementSettings, now: datetime
    ) -> int | None:
        if not settings.enabled:
            return None
        async with self.db.session() as session:
            zone = (await billing_repo.settings(session, tenant_id)).timezone
            run_date = run_date_at(now, zone, settings)
            if run_date is None:
                return None
            return await create_run(session, self.storage, tenant_id, settings, run_date, now)

    async def run(self, stop: asyncio.Event) -> None:
        """Make due runs until `stop` is set, once a poll; what the database cannot do now is
        tried again a poll later."""
        log.info("statement worker %s started", self.name)
        try:
            while not stop.is_set():
                try:
                    made = await self.run_due()
                    if made:
                        log.info("statement worker %s made runs %s", self.name, made)
                except _TRANSIENT as error:
                    log.warning("statement worker %s waits for the database: %s", self.name, error)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), POLL_SECONDS)
        finally:
            log.info("statement worker %s stopped", self.name)
