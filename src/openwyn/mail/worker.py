"""The mail worker: takes due messages, sends them over SMTP, records what came of it.

It runs beside the webhook delivery worker (in `openwyn serve` and `openwyn worker`), as a
task of its own with its own short transactions, so a slow SMTP server never holds a webhook
delivery up. Any number of workers share one database: a claim locks its rows (`FOR UPDATE
SKIP LOCKED` on PostgreSQL, the write lock on SQLite) and counts an attempt, and the message
is due again only when the claim's lease runs out. A worker stopped between sending and
recording leaves the message to be sent again then: delivery is at least once.

Without `OPENWYN_SMTP_URL` the worker sends nothing and marks due messages CAPTURED.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import DBAPIError, OperationalError

from openwyn.config import Settings
from openwyn.db import Database
from openwyn.files import repository as files_repo
from openwyn.files.storage import FileStorage, LocalStorage
from openwyn.kit import repository as kit_repo
from openwyn.kit.sqltypes import utcnow
from openwyn.mail import repository as repo
from openwyn.mail import sender
from openwyn.mail.sender import Attached, SmtpServer

log = logging.getLogger("openwyn.mail")

CLAIM_BATCH = 20
# Messages sent at once by one worker: a mail server takes few connections from one client.
CONCURRENCY = 4
_TRANSIENT = (DBAPIError, OperationalError, OSError, TimeoutError)


class AttachmentGone(Exception):
    """An attached file was deleted before the message was sent: no retry brings it back."""


@dataclass(frozen=True)
class Outcome:
    sent: bool
    error: str | None = None
    permanent: bool = False


class MailWorker:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        storage: FileStorage | None = None,
        clock: Callable[[], datetime] = utcnow,
        tls: ssl.SSLContext | None = None,
        tenants: frozenset[int] | None = None,
    ) -> None:
        """`tenants`, if given, limits the worker to those tenants' messages; by default it
        serves every tenant."""
        self.db = db
        self.tenants = tenants
        self.settings = settings
        self.storage = storage or LocalStorage(settings.resolved_files_dir())
        self.clock = clock
        self.tls = tls
        self.server = SmtpServer.from_url(settings.smtp_url) if settings.smtp_url else None
        self.name = f"{socket.gethostname()}:mail:{id(self):x}"

    async def send_due(self, now: datetime | None = None, limit: int = CLAIM_BATCH) -> int:
        """Settle up to `limit` messages due at `now` (the clock's time by default): send them,
        or capture them without SMTP. How many were taken."""
        now = now or self.clock()
        if self.server is None:
            async with self.db.session() as session:
                await kit_repo.begin_immediately(session)
                return await repo.unscoped_capture_due(session, now, limit, self.tenants)
        lease_until = now + timedelta(seconds=self.settings.mail_lease_seconds)
        async with self.db.session() as session:
            await kit_repo.begin_immediately(session)
            rows = await repo.unscoped_claim(session, now, lease_until, limit, self.tenants)
            files = {row.id: await _attached_files(session, row) for row in rows}
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(row: Row[Any]) -> None:
            async with gate:
                outcome = await self._send(self.server, row, files[row.id])
            await self._record(row, outcome, now)

        await asyncio.gather(*(one(row) for row in rows))
        return len(rows)

    async def _send(
        self, server: SmtpServer | None, row: Row[Any], files: list[Any] | None
    ) -> Outcome:
        assert server is not None
        try:
            if files is None:
                raise AttachmentGone("an attached file no longer exists")
            attached = [await self._read(row.tenant_id, name, found) for name, found in files]
            message = sender.build(self.settings.mail_from, row, attached)
            recipients = [*row.to, *row.cc]
            await sender.send(
                server, message, recipients, self.settings.smtp_timeout_seconds, self.tls
            )
        except AttachmentGone as error:
            return Outcome(False, str(error), permanent=True)
        except Exception as error:
            log.warning("mail worker %s could not send message %d: %s", self.name, row.id, error)
            return Outcome(False, _describe(error), permanent=sender.is_permanent(error))
        return Outcome(True)

    async def _read(self, tenant_id: int, name: str, found: Row[Any]) -> Attached:
        try:
            chunks = await self.storage.open_range(tenant_id, found.sha256, 0, found.size - 1)
        except Exception as error:
            raise AttachmentGone(f"the content of file {found.id} is missing") from error
        content = b"".join([chunk async for chunk in chunks]) if found.size else b""
        return Attached(name, found.content_type, content)

    async def _record(self, row: Row[Any], outcome: Outcome, now: datetime) -> None:
        async with self.db.session() as session:
            await kit_repo.begin_immediately(session)
            await repo.record_outcome(
                session, row.tenant_id, row.id, row.attempts, self._next_step(row, outcome, now)
            )

    def _next_step(self, row: Row[Any], outcome: Outcome, now: datetime) -> dict[str, Any]:
        if outcome.sent:
            return {"status": "SENT", "sent_at": now, "next_attempt_at": None, "last_error": None}
        error = (outcome.error or "")[:1000]
        if outcome.permanent or row.attempts >= self.settings.mail_max_attempts:
            return {"status": "FAILED", "next_attempt_at": None, "last_error": error}
        schedule = self.settings.mail_retry_schedule or [60.0]
        delay = schedule[min(row.attempts, len(schedule)) - 1]
        return {"next_attempt_at": now + timedelta(seconds=delay), "last_error": error}

    async def run(self, stop: asyncio.Event) -> None:
        """Send due messages until `stop` is set: straight on while full batches come, once a
        poll otherwise. What the database cannot do now is tried again a poll later."""
        mode = "SMTP" if self.server else "capture (no OPENWYN_SMTP_URL)"
        log.info("mail worker %s started (%s)", self.name, mode)
        try:
            while not stop.is_set():
                try:
                    taken = await self.send_due()
                except _TRANSIENT as error:
                    log.warning("mail worker %s waits for the database: %s", self.name, error)
                    taken = 0
                if taken < CLAIM_BATCH:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.settings.mail_poll_seconds)
        finally:
            log.info("mail worker %s stopped", self.name)


async def _attached_files(session: Any, row: Row[Any]) -> list[tuple[str, Row[Any]]] | None:
    """Each attachment's name and file row; None if any file is gone."""
    found = []
    for item in row.attachments:
        file_row = await files_repo.by_id(session, row.tenant_id, int(item["fileId"]))
        if file_row is None:
            return None
        found.append((str(item["filename"]), file_row))
    return found


def _describe(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return f"{type(error).__name__}: {text}"
