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
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Row
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import Settings
from openwyn.db import Database
from openwyn.events import feed
from openwyn.events.repository import FeedEvent
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import dumps
from openwyn.kit.sqltypes import utcnow
from openwyn.metrics import metrics
from openwyn.webhooks import dispatch, schedule
from openwyn.webhooks import repository as repo
from openwyn.webhooks import service as secrets
from openwyn.webhooks.sender import Outcome, Sender
from openwyn.webhooks.ssrf import Policy, Resolver, refusal, system_resolver

log = logging.getLogger("openwyn.webhooks")

CLAIM_BATCH = 100
# The most deliveries one dispatch hands straight to the senders (dispatch.BATCH events).
HAND_OVER_BATCH = 500
# The most claims held waiting for a sender: two hand-overs, so that the next is taken whole.
MAX_WAITING = 2 * HAND_OVER_BATCH
RECORD_BATCH = 500
# How long outcomes gather before they are written, while fewer than a batch wait: one
# transaction for a batch of them. The log shows an attempt PENDING that much longer; nothing
# waits for it. A recorder a batch behind writes at once, or it would never catch up.
RECORD_LINGER = 0.05
# The most outcomes sent but not yet written: the batch being written and the next. A sender
# with an outcome beyond it waits, and with it the claims behind it, so a worker never sends
# faster than it records (the log would lag and its memory grow with every delivery).
MAX_UNRECORDED = 2 * RECORD_BATCH
LOST = "the worker sending this attempt stopped before recording its outcome"
# A worker that died is started again after this long, doubling each time it dies again, up
# to the most; one that ran that long before dying starts over at the first.
RESTART_FIRST_SECONDS = 1.0
RESTART_MOST_SECONDS = 60.0
# What a worker rides out (the database restarting, a dropped connection) by waiting a poll.
_TRANSIENT = (DBAPIError, OperationalError, OSError, TimeoutError)


class Claim(NamedTuple):
    """A delivery this worker holds: where it goes, what it sends, and which attempt it is.
    (A tuple: one is made for every delivery, and a frozen dataclass costs more to build.)"""

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
    lease_ends: float  # when the claim stops being this worker's, on time.monotonic()


class _TenantsInTurn(asyncio.Queue[Claim]):
    """Claims waiting for a sender, served tenant by tenant in turn: each tenant's claims wait
    in order, and each `get` takes the oldest of the next tenant's. One tenant's backlog of a
    thousand claims then holds another tenant's claim up by one send per tenant waiting, not
    by a thousand sends. (asyncio.Queue's own hooks for the order, as its PriorityQueue uses.)
    """

    def _init(self, maxsize: int) -> None:
        self._queue = _Turns()

    def _put(self, item: Claim) -> None:
        self._queue.add(item)

    def _get(self) -> Claim:
        return self._queue.take()


class _Turns:
    """One first-in first-out line per tenant, and the order of the tenants' turns."""

    def __init__(self) -> None:
        self._lines: dict[int, deque[Claim]] = {}
        self._turns: deque[int] = deque()  # the tenants with claims waiting, next first
        self._waiting = 0

    def __len__(self) -> int:
        return self._waiting

    def __iter__(self) -> Iterator[Claim]:  # for the queue's repr
        for line in self._lines.values():
            yield from line

    def add(self, claim: Claim) -> None:
        line = self._lines.get(claim.tenant_id)
        if line is None:
            line = self._lines[claim.tenant_id] = deque()
            self._turns.append(claim.tenant_id)
        line.append(claim)
        self._waiting += 1

    def take(self) -> Claim:
        tenant_id = self._turns.popleft()
        line = self._lines[tenant_id]
        claim = line.popleft()
        if line:
            self._turns.append(tenant_id)  # its next claim waits for the others' turns
        else:
            del self._lines[tenant_id]
        self._waiting -= 1
        return claim


class _Lanes:
    """The claims a running worker holds: queued for its senders (tenants in turn), or being
    sent.

    Beyond the `concurrency` in flight it holds as many waiting as its receivers will take
    within a quarter of the lease, by their recent pace (at most `MAX_WAITING`): large
    batches where receivers answer fast, since each batch costs the feeder the same few round
    trips, and no more than `concurrency` waiting where they are slow, so that a claim is sent
    well within its lease. It asks for more once a refill's worth of room is free.
    """

    def __init__(self, concurrency: int, lease_seconds: float) -> None:
        self.ready = _TenantsInTurn()
        self.concurrency = concurrency
        self.lease_seconds = lease_seconds
        self.refill = max(1, concurrency // 2)
        self.held = 0
        self.send_seconds = 1.0  # a moving average; it starts cautious
        self._roomy = asyncio.Event()

    def capacity(self) -> int:
        pace = self.concurrency / max(self.send_seconds, 1e-4)  # sends a second
        waiting = int(pace * self.lease_seconds / 4)
        return self.concurrency + max(self.concurrency, min(waiting, MAX_WAITING))

    def free(self) -> int:
        return max(0, self.capacity() - self.held)

    def add(self, claims: list[Claim]) -> None:
        self.held += len(claims)
        for claim in claims:
            self.ready.put_nowait(claim)

    def pace(self, seconds: float) -> None:
        """Count a send that took `seconds` into the recent pace."""
        self.send_seconds += (seconds - self.send_seconds) / 64

    def done(self, seconds: float) -> None:
        self.held -= 1
        self.pace(seconds)
        self.ready.task_done()
        # Once set, the feeder is awake already: no need to work the room out again.
        if not self._roomy.is_set() and self.free() >= self.refill:
            self._roomy.set()

    async def room(self) -> None:
        """Wait until a refill's worth of room is free."""
        while self.free() < self.refill:
            self._roomy.clear()
            await self._roomy.wait()


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
        # Tenants whose last dispatch left events in the feed, and until when the next rounds
        # go straight to them rather than asking the database which tenants have news.
        self._backlog: list[tuple[int, str]] = []
        self._backlog_until = 0.0

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
        tenants = await self._tenants_with_news()
        self._backlog = []
        events = queued = 0
        claims: list[Claim] = []
        for tenant_id, slug in tenants:
            now = self.clock()
            lease_until = now + timedelta(seconds=self.settings.webhooks_lease_seconds)
            free = hand_over - len(claims)
            into = dispatch.HandOver(free, lease_until) if free > 0 else None
            async with self.db.session() as session:
                done = await dispatch.dispatch_tenant(session, tenant_id, slug, now, into)
                signing = await self._signing(session, [tenant_id]) if done.handed else {}
            events += done.events
            queued += done.queued
            if done.more:
                self._backlog.append((tenant_id, slug))
            claims += [
                _handed_claim(tenant_id, handed, signing[tenant_id], _lease_ends(self.settings))
                for handed in done.handed
            ]
        return events, queued, claims

    async def _tenants_with_news(self) -> list[tuple[int, str]]:
        """The tenants to dispatch: while some have a backlog, those, for one poll interval at
        a time (a busy tenant saves a query a round, and still holds up the others' news by a
        poll at most); otherwise every tenant with news, as the database says."""
        if self._backlog and time.monotonic() < self._backlog_until:
            return self._backlog
        self._backlog_until = time.monotonic() + self.settings.webhooks_poll_seconds
        async with self.db.reader() as connection:
            return await repo.unscoped_tenants_to_dispatch(connection, self.tenants)

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
        attempts = [repo.attempt_row(row, row.id, row.attempts, "PENDING", now) for row in rows]
        attempt_ids = await repo.add_attempts(session, attempts)
        events = await repo.unscoped_events(session, _ids(rows))
        urls = await repo.unscoped_delivery_urls(session, {row.subscription_id for row in rows})
        signing = await self._signing(session, {row.tenant_id for row in rows})
        held = Held(signing, _lease_ends(self.settings))
        return [
            _claim(row, attempt_id, urls[row.subscription_id], events[row.event_row_id], held)
            for row, attempt_id in zip(rows, attempt_ids, strict=True)
        ]

    async def _signing(
        self, session: AsyncSession, tenant_ids: Collection[int]
    ) -> dict[int, list[str]]:
        """The tenants' secrets in use, read in the transaction that queued or claimed the
        deliveries they sign, never from a cache: a delivery queued or claimed after a rotation
        answered carries the new secret's signature beside the old one, whichever worker, in
        whichever process, sends it."""
        return await secrets.secrets_in_use_by_tenant(session, tenant_ids, self.clock)

    def send(self, claim: Claim) -> Awaitable[Outcome]:
        """The claim's attempt (the sender's own coroutine: one a delivery, not two)."""
        return self.sender.send(claim.url, claim.event_id, claim.body, claim.secrets)

    async def record(self, results: list[tuple[Claim, Outcome]]) -> None:
        """Write the outcomes: the log, the deliveries' next steps, the subscriptions' health."""
        now = self.clock()
        attempts, deliveries = [], []
        succeeded: set[int] = set()
        failed: set[int] = set()
        gone: set[int] = set()
        for claim, outcome in results:
            status, next_at = self._next_step(claim, outcome, now)
            attempts.append(_attempt_outcome(claim, outcome, status, next_at))
            deliveries.append(_delivery_outcome(claim, outcome, status, next_at))
            (succeeded if outcome.succeeded else failed).add(claim.subscription_id)
            if outcome.status_code == 410:
                gone.add(claim.subscription_id)
        async with self.db.session() as session:
            await kit_repo.begin_bookkeeping(session)
            await repo.unscoped_finish_attempts(session, attempts, now)
            await repo.unscoped_finish_deliveries(session, deliveries, now)
            await self._note_health(session, succeeded, failed - succeeded, gone, now)
        _count_outcomes(attempt["b_status"] for attempt in attempts)

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
                sent = await asyncio.gather(*map(self.send, claims))
                await self.record(list(zip(claims, sent, strict=True)))
            if not queued and not claims:
                return

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set, keeping up to `concurrency` requests in flight.

        A fixed pool of `concurrency` senders takes claims from a queue that the feeder keeps
        stocked one batch ahead: the next claims are read and written while the current ones
        are being sent, so the database's round trips never leave the senders idle. Each round
        claims due deliveries first (retries, and deliveries queued earlier), then dispatches
        new events into the room left, handing their deliveries straight to the senders: the
        feed, not the queue, holds the backlog of new events.
        """
        log.info("webhook worker %s started (concurrency %d)", self.name, self.concurrency)
        outcomes: asyncio.Queue[tuple[Claim, Outcome]] = asyncio.Queue(MAX_UNRECORDED)
        lanes = _Lanes(self.concurrency, self.settings.webhooks_lease_seconds)
        recorder = asyncio.create_task(self._record_forever(outcomes))
        senders = [
            asyncio.create_task(self._send_forever(lanes, outcomes))
            for _ in range(self.concurrency)
        ]
        try:
            await self._feed_until(stop, lanes)
            await lanes.ready.join()  # what is claimed is sent: its lease and attempt are logged
            await outcomes.join()
        finally:
            # Also when the worker is cancelled: no sender or recorder outlives it.
            for task in [*senders, recorder]:
                task.cancel()
            await asyncio.gather(*senders, recorder, return_exceptions=True)
            log.info("webhook worker %s stopped", self.name)

    async def _feed_until(self, stop: asyncio.Event, lanes: _Lanes) -> None:
        """Claim due deliveries and dispatch new events while there is room. Each step runs
        every round while it finds work, and once per poll otherwise: retries and new events
        are noticed within a poll, and a busy worker spends no round trip on an empty step."""
        poll = self.settings.webhooks_poll_seconds
        next_claim = next_dispatch = 0.0
        while not stop.is_set():
            await lanes.room()
            busy = 0
            if time.monotonic() >= next_claim:
                claimed = await self._transient_safe(self._claim_into(lanes), 0)
                next_claim = time.monotonic() + (0 if claimed else poll)
                busy += claimed
            if time.monotonic() >= next_dispatch and lanes.free() > 0:
                events = await self._transient_safe(self._dispatch_into(lanes), 0)
                next_dispatch = time.monotonic() + (0 if events else poll)
                busy += events
            pause = min(next_claim, next_dispatch) - time.monotonic()
            if not busy and pause > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), pause)

    async def _transient_safe(self, step: Awaitable[int], fallback: int) -> int:
        """The step's result, or `fallback` while the database is unreachable."""
        try:
            return await step
        except _TRANSIENT as error:
            log.warning("webhook worker %s waits for the database: %s", self.name, error)
            return fallback

    async def _claim_into(self, lanes: _Lanes) -> int:
        """Claim as many due deliveries as there is room for and queue them to be sent."""
        free = min(lanes.free(), CLAIM_BATCH)
        claims = await self.claim(free) if free > 0 else []
        lanes.add(claims)
        return len(claims)

    async def _dispatch_into(self, lanes: _Lanes) -> int:
        """Dispatch, queueing at once the deliveries there is room for; how many events were
        fanned out."""
        events, _, claims = await self._dispatch(min(lanes.free(), HAND_OVER_BATCH))
        lanes.add(claims)
        return events

    async def _send_forever(
        self, lanes: _Lanes, outcomes: asyncio.Queue[tuple[Claim, Outcome]]
    ) -> None:
        while True:
            claim = await lanes.ready.get()
            started = time.monotonic()
            try:
                if self._still_held(claim):
                    await outcomes.put((claim, await self.send(claim)))
            except Exception:
                # A sender that stopped would shrink the pool for good: this claim is left to
                # its lease (and sent again then), and the sender takes the next one.
                log.exception(
                    "webhook worker %s could not send delivery %d", self.name, claim.delivery_id
                )
            finally:
                lanes.done(time.monotonic() - started)

    def _still_held(self, claim: Claim) -> bool:
        """Whether the claim is still this worker's. One whose lease ran out while it waited
        (every receiver timing out, a lease configured short) is left unsent: it is due
        again, and another worker may be sending it already."""
        if time.monotonic() < claim.lease_ends:
            return True
        log.warning(
            "webhook worker %s leaves delivery %d to its lease", self.name, claim.delivery_id
        )
        return False

    async def _record_forever(self, outcomes: asyncio.Queue[tuple[Claim, Outcome]]) -> None:
        """Write outcomes in batches as they arrive. An outcome that cannot be written is not
        lost: its delivery's lease runs out and it is sent again."""
        while True:
            batch = [await outcomes.get()]
            if len(batch) + outcomes.qsize() < RECORD_BATCH:
                await asyncio.sleep(RECORD_LINGER)  # a batch's worth is not waiting yet
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
            except Exception:
                # A recorder that stopped would stop every sender at the queue's bound.
                log.exception("webhook worker %s could not record outcomes", self.name)
            finally:
                for _ in batch:
                    outcomes.task_done()


def _count_outcomes(statuses: Iterable[str]) -> None:
    counted = Counter(statuses)
    for status, times in counted.items():
        metrics().deliveries.labels(status.lower()).inc(times)


class Supervisor:
    """Keeps a worker's `run` going until `stop` is set: a run that dies (any exception) or
    returns early is logged as an error and started again after a backoff. A worker dies only
    of a bug (what it can ride out, it rides out), and one that stayed down would leave every
    tenant's deliveries waiting; `trouble` says why it is down, for `/readyz`."""

    def __init__(self, name: str, run: Callable[[asyncio.Event], Awaitable[None]]) -> None:
        self.name = name
        self._run = run
        self.restarts = 0
        self.trouble: str | None = None  # None while it runs (or is about to)

    async def run(self, stop: asyncio.Event) -> None:
        delay = RESTART_FIRST_SECONDS
        while not stop.is_set():
            started = time.monotonic()
            self.trouble = None
            try:
                await self._run(stop)
                if stop.is_set():
                    return
                trouble, failure = "returned before it was stopped", None
            except Exception as error:
                trouble, failure = f"died of {type(error).__name__}: {error}", error
            self.trouble = trouble
            if time.monotonic() - started >= RESTART_MOST_SECONDS:
                delay = RESTART_FIRST_SECONDS
            log.error(
                "webhook worker %s %s; restarting in %.1f s",
                self.name,
                trouble,
                delay,
                exc_info=failure,
            )
            await self.rest(delay, stop)
            delay = min(delay * 2, RESTART_MOST_SECONDS)
            self.restarts += 1

    async def rest(self, seconds: float, stop: asyncio.Event) -> None:
        """Wait before the next start, or until `stop` is set."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)


def _lease_ends(settings: Settings) -> float:
    """When a lease taken now runs out, on this process's monotonic clock."""
    return time.monotonic() + settings.webhooks_lease_seconds


def _ids(rows: Any) -> set[int]:
    return {row.event_row_id for row in rows}


@dataclass(frozen=True)
class Held:
    """What the claims taken together share: their tenants' secrets, and their lease."""

    secrets: dict[int, list[str]]
    lease_ends: float


def _claim(
    row: Row[Any], attempt_id: int, url: str, event: tuple[FeedEvent, str], held: Held
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
        body=dumps(feed.payload(*event)),
        secrets=held.secrets[row.tenant_id],
        lease_ends=held.lease_ends,
    )


def _handed_claim(
    tenant_id: int, handed: dispatch.Handed, signing: list[str], lease_ends: float
) -> Claim:
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
        lease_ends=lease_ends,
    )


def _attempt_outcome(
    claim: Claim, outcome: Outcome, status: str, next_at: datetime | None
) -> dict[str, Any]:
    return {
        "b_id": claim.attempt_id,
        "b_status": status,
        "b_status_code": outcome.status_code,
        "b_response_body": outcome.response_body,
        "b_duration_ms": outcome.duration_ms,
        "b_error": outcome.error,
        "b_next_attempt_at": next_at,
    }


def _delivery_outcome(
    claim: Claim, outcome: Outcome, status: str, next_at: datetime | None
) -> dict[str, Any]:
    return {
        "b_id": claim.delivery_id,
        "b_attempt": claim.attempt,
        "b_status": status,
        "b_next_attempt_at": next_at,
        "b_status_code": outcome.status_code,
    }
