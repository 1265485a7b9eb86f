"""The payments workers: one settles pending payments (ACH debits) when they come due, asking
their processor what became of them; the other charges payment plans (money-work.md §5).

It runs beside the mail and webhook workers (in `openwyn serve` and `openwyn worker`). Each
payment is settled in a transaction of its own, claimed with `FOR UPDATE SKIP LOCKED` on
PostgreSQL (SQLite's write lock serializes workers there), so any number of workers settle
each payment once: a second worker skips the claimed row, and a payment no longer PENDING is
left alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.exc import DBAPIError, OperationalError

from openwyn.config import Settings
from openwyn.db import Database
from openwyn.kit.sqltypes import utcnow
from openwyn.payments import plans, service
from openwyn.payments import repository as repo

log = logging.getLogger("openwyn.payments")
BATCH = 50
_TRANSIENT = (DBAPIError, OperationalError, OSError, TimeoutError)


class PaymentWorker:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        tenants: frozenset[int] | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.tenants = tenants
        self.name = f"{socket.gethostname()}:payments:{id(self):x}"

    async def settle_due(self, now: datetime | None = None, limit: int = BATCH) -> int:
        """Settle up to `limit` payments due at `now` (the clock's time by default), one
        transaction each. How many were taken."""
        now = now or self.clock()
        taken = 0
        while taken < limit:
            async with self.db.session() as session:
                due = await repo.unscoped_due_pending(session, now, 1, self.tenants)
                if not due:
                    break
                tenant_id, payment_id = due[0]
                await service.settle(session, tenant_id, payment_id, self.settings, now)
            taken += 1
        return taken

    async def run(self, stop: asyncio.Event) -> None:
        """Settle due payments until `stop` is set, once a poll."""
        log.info("payments worker %s started", self.name)
        try:
            while not stop.is_set():
                try:
                    taken = await self.settle_due()
                except _TRANSIENT as error:
                    log.warning("payments worker %s waits for the database: %s", self.name, error)
                    taken = 0
                if taken < BATCH:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.settings.payments_poll_seconds)
        finally:
            log.info("payments worker %s stopped", self.name)


class PlanWorker:
    """Charges payment plans' due periods and retries (payments/plans.py), each plan in a
    transaction of its own; any number of workers charge a period once."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        tenants: frozenset[int] | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.tenants = tenants
        self.name = f"{socket.gethostname()}:payment-plans:{id(self):x}"

    async def run_due(self, now: datetime | None = None) -> dict[int, str]:
        """Charge what every ACTIVE plan owes at `now` (the clock's time by default): what
        this call did, by plan id."""
        now = now or self.clock()
        # The latest local date anywhere: a plan starting later is due nowhere yet.
        latest = (now + timedelta(days=1)).date()
        async with self.db.session() as session:
            candidates = await repo.unscoped_active_plans(session, latest, self.tenants)
        done = {}
        for tenant_id, plan_id in candidates:
            async with self.db.session() as session:
                outcome = await plans.run_plan(session, tenant_id, plan_id, self.settings, now)
            if outcome is not None:
                done[plan_id] = outcome
        return done

    async def run(self, stop: asyncio.Event) -> None:
        """Charge due plans until `stop` is set, once a poll."""
        log.info("payment plan worker %s started", self.name)
        try:
            while not stop.is_set():
                try:
                    await self.run_due()
                except _TRANSIENT as error:
                    log.warning(
                        "payment plan worker %s waits for the database: %s", self.name, error
                    )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.settings.payments_poll_seconds)
        finally:
            log.info("payment plan worker %s stopped", self.name)
