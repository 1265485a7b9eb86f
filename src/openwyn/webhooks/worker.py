"""Webhook delivery workers (records-events.md §4): dispatch, claim, send, record.

Any number of workers, in `openwyn serve` processes or `openwyn worker` processes on any
machine, share one database and nothing else. Each loop:

1. dispatches: fans each tenant's new events out into deliveries (`dispatch`);
2. claims due deliveries under a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL, the write lock
   on SQLite), logging a PENDING attempt for each;
3. sends them concurrently, up to `concurrency` requests in flight;
4. records each outcome (success, a retry on the schedule, or failure) in batches.

A worker killed between 2 and 4 loses nothing: its claims come due again when their lease
runs out, another worker sends them again with the same `webhook-id`, and the attempt the dead
worker left PENDING is closed as failed. Delivery is therefore at least once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import Settings
from openwyn.db import Database
from openwyn.events import feed
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import dumps
from openwyn.kit.sqltypes import utcnow
from openwyn.webhooks import dispatch, schedule
from openwyn.webhooks import repository as repo
from openwyn.webhooks import service as secrets
from openwyn.webhooks.sender import Outcome, Sender
from openwyn.webhooks.ssrf import Policy, Resolver, refusal, system_resolver

log = logging.getLogger("openwyn.webhooks")

CLAIM_BATCH = 100
RECORD_BATCH = 500
RECORD_LINGER = 0.01
SECRETS_TTL_SECONDS = 5.0
LOST = "the worker sending this attempt stopped before recording its outcome"
# What a worker rides out (the database restarting, a dropped connection) by waiting a poll.
_TRANSIENT = (DBAPIError, OperationalError, OSError, TimeoutError)


@dataclass(frozen=True)
class Claim:
    """A delivery this worker holds: where it goes, what it sends, and which attempt it is."""

    delivery_id: int
    attempt: int  # its number, counted over all of the delivery's attempts
    attempt_id: int  # its row in the delivery log
    tenant_id: int
    subscription_id: int
    event_id: str
    round_attempts: int
    url: str
    body: bytes
    secrets: list[str]


class Worker:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        resolver: Resolver = system_resolver,
        policy: Policy = refusal,
        tls: ssl.SSLContext | None = None,
        rng: random.Random | None = None,
        concurrency: int | None = None,
        tenants: frozenset[int] | None = None,
    ) -> None:
        """`tenants`, if given, limits the worker to those tenants' deliveries (a dedicated
        worker for a busy tenant, say); by default it serves every tenant."""
        self.db = db
        self.tenants = tenants
        self.settings = settings
        self.clock = clock
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self.concurrency = concurrency or settings.webhooks_concurrency
        self.name = f"{socket.gethostname()}:{id(self):x}"
        self.sender = Sender(
            settings.webhooks_timeout_seconds,
            settings.webhooks_allow_insecure,
            resolver=resolver,
            max_connections=self.concurrency,
            policy=policy,
            tls=tls,
        )
        self._secrets: dict[int, tuple[datetime, list[str]]] = {}

    async def aclose(self) -> None:
        await self.sender.aclose()

    # --- the steps ------------------------------------------------------------------------

    async def dispatch(self) -> int:
        """Fan every tenant's new events out into deliveries; how many were queued."""
        _, queued, _ = await self._dispatch(0)
        return queued

    async def _dispatch(self, hand_over: int) -> tuple[int, int, list[Claim]]:
        """Dispatch every tenant, the first ones handing up to `hand_over` deliveries over
        already claimed (see `dispatch.dispatch_tenant`): how many events were fanned out, how
        many deliveries queued, and the claims handed over, committed, to be sent now."""
        async with self.db.reader() as connection:
            tenants = await repo.unscoped_tenants_to_dispatch(connection, self.tenants)
        events = queued = 0
        claims: list[Claim] = []
        for tenant_id, slug in tenants:
            now = self.clock()
            lease_until = now + timedelta(seconds=self.settings.webhooks_lease_seconds)
            free = hand_over - len(claims)
            into = dispatch.HandOver(free, lease_until) if free > 0 else None
            async with self.db.session() as session:
                done = await dispatch.dispatch_tenant(session, tenant_id, slug, now, into)
                signing = await self._signing(session, tenant_id) if done.handed else []
            events += done.events
            queued += done.queued
            claims += [_handed_claim(tenant_id, handed, signing) for handed in done.handed]
        return events, queued, claims

    async def claim(self, limit: int) -> list[Claim]:
        """Take up to `limit` due deliveries under a lease, each with a PENDING attempt."""
        now = self.clock()
        lease_until = now + timedelta(seconds=self.settings.webhooks_lease_seconds)
        async with self.db.reader() as connection:
            if not await repo.unscoped_any_due(connection, now, self.tenants):
                return []
        async with self.db.session() as session:
            await kit_repo.begin_bookkeeping(session)
            rows = await repo.unscoped_claim(session, now, lease_until, limit, self.tenants)
            if not rows:
                return []
            return await self._hold(session, rows, now)

    async def _hold(self, session: AsyncSession, rows: Any, now: datetime) -> list[Claim]:
        # Only a delivery tried before can have an attempt left PENDING by a stopped worker.
        retried = [(row.tenant_id, row.id) for row in rows if row.attempts > 1]
        if retried:
            await repo.close_lost_attempts(session, retried, LOST, now)
        attempts = [dispatch.attempt_row(row, row.id, row.attempts, "PENDING", now) for row in rows]
        attempt_ids = await repo.add_attempts(session, attempts)
        events = {event.id: event for event in await repo.unscoped_events(session, _ids(rows))}
        urls = await repo.unscoped_delivery_urls(session, {row.subscription_id for row in rows})
        signing = {row.tenant_id: await self._signing(session, row.tenant_id) for row in rows}
        return [
            _claim(row, attempt_id, urls[row.subscription_id], events[row.event_row_id], signing)
            for row, attempt_id in zip(rows, attempt_ids, strict=True)
        ]

    async def _signing(self, session: AsyncSession, tenant_id: int) -> list[str]:
        """The tenant's secrets in use, trusted for a few seconds of the worker's clock (a
        previous secret may sign that much past its day: harmless, as the current one signs
        too)."""
        now = self.clock()
        cached = self._secrets.get(tenant_id)
        if cached is not None and 0 <= (now - cached[0]).total_seconds() < SECRETS_TTL_SECONDS:
            return cached[1]
        in_use = await secrets.secrets_in_use(session, tenant_id, self.clock)
        self._secrets[tenant_id] = (now, in_use)
        return in_use

    async def send(self, claim: Claim) -> tuple[Claim, Outcome]:
        outcome = await self.sender.send(claim.url, claim.event_id, claim.body, claim.secrets)
        return claim, outcome

    async def record(self, results: list[tuple[Claim, Outcome]]) -> None:
        """Write the outcomes: the log, the deliveries' next steps, the subscriptions' health."""
        now = self.clock()
        attempts, deliveries = [], []
        succeeded: set[int] = set()
        failed: set[int] = set()
        gone: set[int] = set()
        for claim, outcome in results:
            status, next_at = self._next_step(claim, outcome, now)
            attempts.append(_attempt_outcome(claim, outcome, status, next_at, now))
            deliveries.append(_delivery_outcome(claim, outcome, status, next_at, now))
            (succeeded if outcome.succeeded else failed).add(claim.subscription_id)
            if outcome.status_code == 410:
                gone.add(claim.subscription_id)
        async with self.db.session() as session:
            await kit_repo.begin_bookkeeping(session)
            await repo.unscoped_finish_attempts(session, attempts)
            await repo.unscoped_finish_deliveries(session, deliveries)
            await self._note_health(session, succeeded, failed - succeeded, gone, now)

    async def _note_health(
        self,
        session: AsyncSession,
        succeeded: set[int],
        failed: set[int],
        gone: set[int],
        now: datetime,
    ) -> None:
        """A success ends a subscription's failing run; a 410, or failing for five days (by
        default) with no success, disables it."""
        if succeeded:
            await repo.unscoped_note_success(session, succeeded)
        disable = set(gone)
        if failed:
            oldest_allowed = now - timedelta(seconds=self.settings.webhooks_disable_after_seconds)
            disable |= set(await repo.unscoped_note_failure(session, failed, now, oldest_allowed))
        if disable:
            log.warning("disabling webhook subscriptions %s", sorted(disable))
            await repo.unscoped_stop_subscriptions(session, sorted(disable), "DISABLED", now)

    def _next_step(
        self, claim: Claim, outcome: Outcome, now: datetime
    ) -> tuple[str, datetime | None]:
        """SUCCEEDED, FAILED, or RETRYING at the time the schedule gives."""
        if outcome.succeeded:
            return "SUCCEEDED", None
        if outcome.status_code == 410:
            return "FAILED", None
        retry_after = None
        if outcome.status_code is not None:
            retry_after = schedule.retry_after_seconds(
                outcome.status_code, outcome.retry_after, now
            )
        delay = schedule.delay_after(
            claim.round_attempts,
            self.settings.webhooks_retry_schedule,
            self.settings.webhooks_retry_jitter,
            retry_after,
            self.rng,
        )
        if delay is None:
            return "FAILED", None
        return "RETRYING", now + timedelta(seconds=delay)

    # --- running --------------------------------------------------------------------------

    async def drain(self) -> None:
        """Dispatch and deliver until nothing more is due at the clock's time (tests, tools)."""
        while True:
            queued = await self.dispatch()
            claims = await self.claim(CLAIM_BATCH)
            if claims:
                await self.record(list(await asyncio.gather(*map(self.send, claims))))
            if not queued and not claims:
                return

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set, keeping up to `concurrency` requests in flight.

        Each round claims due deliveries first (retries, and deliveries queued earlier), then
        dispatches new events into the slots left, handing their deliveries straight to the
        sender: the feed, not the queue, holds the backlog of new events.
        """
        log.info("webhook worker %s started (concurrency %d)", self.name, self.concurrency)
        outcomes: asyncio.Queue[tuple[Claim, Outcome]] = asyncio.Queue()
        recorder = asyncio.create_task(self._record_forever(outcomes))
        in_flight: set[asyncio.Task[None]] = set()
        next_dispatch = 0.0
        try:
            while not stop.is_set():
                await self._refill_point(in_flight)
                busy = await self._transient_safe(self._claim_into(outcomes, in_flight), 0)
                if time.monotonic() >= next_dispatch and self._free(in_flight) > 0:
                    events = await self._transient_safe(self._dispatch_into(outcomes, in_flight), 0)
                    # While dispatch finds events it runs every round; then once per poll.
                    poll = 0 if events else self.settings.webhooks_poll_seconds
                    next_dispatch = time.monotonic() + poll
                    busy += events
                if not busy:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.settings.webhooks_poll_seconds)
        finally:
            if in_flight:
                await asyncio.wait(in_flight)
            await outcomes.join()
            recorder.cancel()
            log.info("webhook worker %s stopped", self.name)

    async def _transient_safe(self, step: Awaitable[int], fallback: int) -> int:
        """The step's result, or `fallback` while the database is unreachable."""
        try:
            return await step
        except _TRANSIENT as error:
            log.warning("webhook worker %s waits for the database: %s", self.name, error)
            return fallback

    def _free(self, in_flight: set[asyncio.Task[None]]) -> int:
        return min(self.concurrency - len(in_flight), CLAIM_BATCH)

    async def _claim_into(
        self, outcomes: asyncio.Queue[tuple[Claim, Outcome]], in_flight: set[asyncio.Task[None]]
    ) -> int:
        """Claim as many due deliveries as there are free slots and start sending them."""
        free = self._free(in_flight)
        claims = await self.claim(free) if free > 0 else []
        self._start(outcomes, in_flight, claims)
        return len(claims)

    async def _dispatch_into(
        self, outcomes: asyncio.Queue[tuple[Claim, Outcome]], in_flight: set[asyncio.Task[None]]
    ) -> int:
        """Dispatch, sending at once the deliveries that fit the free slots; how many events
        were fanned out."""
        events, _, claims = await self._dispatch(self._free(in_flight))
        self._start(outcomes, in_flight, claims)
        return events

    def _start(
        self,
        outcomes: asyncio.Queue[tuple[Claim, Outcome]],
        in_flight: set[asyncio.Task[None]],
        claims: list[Claim],
    ) -> None:
        for claim in claims:
            task = asyncio.create_task(self._send_to(outcomes, claim))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)

    async def _refill_point(self, in_flight: set[asyncio.Task[None]]) -> None:
        """Wait until half the slots are free: claims and dispatch come in batches, not one
        delivery at a time."""
        refill = max(1, min(CLAIM_BATCH, self.concurrency // 2))
        while in_flight and self.concurrency - len(in_flight) < refill:
            await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)

    async def _send_to(self, outcomes: asyncio.Queue[tuple[Claim, Outcome]], claim: Claim) -> None:
        await outcomes.put(await self.send(claim))

    async def _record_forever(self, outcomes: asyncio.Queue[tuple[Claim, Outcome]]) -> None:
        """Write outcomes in batches as they arrive. An outcome that cannot be written is not
        lost: its delivery's lease runs out and it is sent again."""
        while True:
            batch = [await outcomes.get()]
            await asyncio.sleep(RECORD_LINGER)  # let a batch gather: one transaction for many
            while not outcomes.empty() and len(batch) < RECORD_BATCH:
                batch.append(outcomes.get_nowait())
            try:
                await self.record(batch)
            except _TRANSIENT as error:
                log.warning(
                    "webhook worker %s could not record %d outcomes: %s",
                    self.name,
                    len(batch),
                    error,
                )
            finally:
                for _ in batch:
                    outcomes.task_done()


def _ids(rows: Any) -> set[int]:
    return {row.event_row_id for row in rows}


def _claim(
    row: Row[Any], attempt_id: int, url: str, event: Row[Any], signing: dict[int, list[str]]
) -> Claim:
    return Claim(
        delivery_id=row.id,
        attempt=row.attempts,
        attempt_id=attempt_id,
        tenant_id=row.tenant_id,
        subscription_id=row.subscription_id,
        event_id=row.event_id,
        round_attempts=row.round_attempts,
        url=url,
        body=dumps(feed.payload(event, event.slug)),
        secrets=signing[row.tenant_id],
    )


def _handed_claim(tenant_id: int, handed: dispatch.Handed, signing: list[str]) -> Claim:
    """The claim of a delivery that dispatch queued already claimed: its first attempt."""
    return Claim(
        delivery_id=handed.delivery_id,
        attempt=1,
        attempt_id=handed.attempt_id,
        tenant_id=tenant_id,
        subscription_id=handed.values["subscription_id"],
        event_id=handed.values["event_id"],
        round_attempts=1,
        url=handed.url,
        body=handed.body,
        secrets=signing,
    )


def _attempt_outcome(
    claim: Claim, outcome: Outcome, status: str, next_at: datetime | None, now: datetime
) -> dict[str, Any]:
    return {
        "b_id": claim.attempt_id,
        "b_status": status,
        "b_status_code": outcome.status_code,
        "b_response_body": outcome.response_body,
        "b_duration_ms": outcome.duration_ms,
        "b_error": outcome.error,
        "b_next_attempt_at": next_at,
        "b_now": now,
    }


def _delivery_outcome(
    claim: Claim, outcome: Outcome, status: str, next_at: datetime | None, now: datetime
) -> dict[str, Any]:
    return {
        "b_id": claim.delivery_id,
        "b_attempt": claim.attempt,
        "b_status": status,
        "b_next_attempt_at": next_at,
        "b_status_code": outcome.status_code,
        "b_now": now,
    }
