"""The outbound queue: messages are queued in the transaction of the action that causes them
(a rollback queues nothing) and sent later by the worker (`mail.worker`).

A message is QUEUED until the worker settles it: SENT, FAILED after the last attempt, or
CAPTURED when no SMTP server is configured (`OPENWYN_SMTP_URL` unset: the worker keeps the
message for reading at `GET /api/v1/outbound-messages` and sends nothing, as a sandbox mail
catcher does). The worker decides, not `enqueue`, so that the settings of the process that
sends are the ones that count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ErrorDetail, NotFound, ValidationFailed
from openwyn.files import repository as files_repo
from openwyn.files.service import safe_name
from openwyn.kit.json import iso_timestamp
from openwyn.kit.sqltypes import utcnow
from openwyn.mail import repository as repo
from openwyn.mail.templates import one_line

STATUSES = ("QUEUED", "SENT", "FAILED", "CAPTURED")
# An address as mail servers take it, and nothing that could smuggle a header in.
_ADDRESS = re.compile(r"^[^\s@<>,;\"()\[\]\\]+@[^\s@<>,;\"()\[\]\\]+\.[^\s@<>,;\"()\[\]\\]+$")
MAX_RECIPIENTS = 100


async def enqueue(
    session: AsyncSession,
    tenant_id: int,
    *,
    to: list[str],
    subject: str,
    text: str,
    html: str | None = None,
    cc: list[str] | None = None,
    attachments: Sequence[tuple[int, str]] = (),
    related_type: str | None = None,
    related_id: int | None = None,
) -> dict[str, Any]:
    """Queue a message in the caller's transaction and return it as the API shows it.

    `attachments` are (file id, file name) pairs of the tenant's files; 400 naming the path
    for a bad address, no recipient or a file the tenant does not have."""
    cc = list(cc or [])
    await _check(session, tenant_id, to, cc, attachments)
    values = {
        "to": list(to),
        "cc": cc,
        "subject": one_line(subject)[:998],
        "text": text,
        "html": html,
        "attachments": [
            {"fileId": file_id, "filename": safe_name(name)} for file_id, name in attachments
        ],
        "status": "QUEUED",
        "attempts": 0,
        "next_attempt_at": utcnow(),
        "related_type": related_type,
        "related_id": related_id,
    }
    message_id = await repo.insert(session, tenant_id, values)
    return await get(session, tenant_id, message_id)


async def _check(
    session: AsyncSession,
    tenant_id: int,
    to: list[str],
    cc: list[str],
    attachments: Sequence[tuple[int, str]],
) -> None:
    details: list[ErrorDetail] = []
    if not to:
        details.append({"path": "to", "message": "at least one recipient is required"})
    if len(to) + len(cc) > MAX_RECIPIENTS:
        details.append({"path": "to", "message": f"at most {MAX_RECIPIENTS} recipients in all"})
    for field, addresses in (("to", to), ("cc", cc)):
        details += [
            {"path": f"{field}[{index}]", "message": "is not an email address"}
            for index, address in enumerate(addresses)
            if not _ADDRESS.match(address)
        ]
    for index, (file_id, _) in enumerate(attachments):
        if await files_repo.by_id(session, tenant_id, file_id) is None:
            path = f"attachments[{index}].fileId"
            details.append({"path": path, "message": f"no file {file_id}"})
    if details:
        raise ValidationFailed("The message cannot be queued.", details)


def view(row: Row[Any]) -> dict[str, Any]:
    """The §11 shape, with the delivery's bookkeeping beside it."""
    return {
        "id": row.id,
        "to": list(row.to),
        "cc": list(row.cc),
        "subject": row.subject,
        "text": row.text,
        "html": row.html,
        "attachments": [dict(item) for item in row.attachments],
        "status": row.status,
        "attempts": row.attempts,
        "lastError": row.last_error,
        "relatedType": row.related_type,
        "relatedId": row.related_id,
        "createdAt": iso_timestamp(row.created_at),
        "sentAt": iso_timestamp(row.sent_at) if row.sent_at else None,
        "version": row.version,
    }


async def get(session: AsyncSession, tenant_id: int, message_id: int) -> dict[str, Any]:
    row = await repo.by_id(session, tenant_id, message_id)
    if row is None:
        raise NotFound(f"No outbound message with id {message_id}.")
    return view(row)


async def page(
    session: AsyncSession, tenant_id: int, filters: dict[str, Any], limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    rows, total = await repo.page(session, tenant_id, filters, limit, offset)
    return [view(row) for row in rows], total
