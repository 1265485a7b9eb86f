"""Statement runs (money-work.md §6): the day's run of a tenant, its statements, and sending
or skipping them.

A run is made once per (tenant, local date), on weekdays at or after the tenant's `sendAt`
(the worker decides when; `create_run` makes it). It holds one statement per client, not
excluded, whose oldest open invoice crossed a trigger day (days past due) since the previous
run: past due by fewer days than the trigger then, by at least as many now. Without an earlier
run, the previous one counts as the day before. In AUTO mode the statements are emailed in the
run's transaction; in REVIEW mode they wait for `send` (the whole run) or `skip` (one).

A statement is emailed, with its PDF attached, to the client's active contacts that receive
statements; a client without one has its statement SKIPPED (`NO_RECIPIENTS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import ledger
from openwyn.billing import repository as billing_repo
from openwyn.billing.pdf import money
from openwyn.db import Reads
from openwyn.errors import NotFound, refused
from openwyn.files.storage import FileStorage
from openwyn.kit.json import iso_timestamp
from openwyn.kit.money import CENT
from openwyn.mail import queue
from openwyn.mail.templates import render
from openwyn.statements import STATEMENTS
from openwyn.statements import repository as repo
from openwyn.statements.figures import statement_of
from openwyn.statements.pdf import store_statement_pdf
from openwyn.statements.settings import StatementSettings
from openwyn.web import outbox


def crossed_trigger(
    due: date, previous: date, today: date, trigger_days: Sequence[int]
) -> int | None:
    """The largest trigger day an invoice due on `due` crossed after `previous` up to `today`."""
    before, now = (previous - due).days, (today - due).days
    crossed = [days for days in trigger_days if before < days <= now]
    return max(crossed) if crossed else None


def statement_item(row: dict[str, Any]) -> dict[str, Any]:
    """A statement row as the API reads it."""
    return {
        "id": row["id"],
        "runId": row["run_id"],
        "clientId": row["client_id"],
        "asOf": row["as_of"].isoformat(),
        "status": row["status"],
        "totalDue": row["total_due"].quantize(CENT),
        "triggerDays": row["trigger_days"],
        "skipReason": row["skip_reason"],
        "messageId": row["message_id"],
        "sentAt": iso_timestamp(row["sent_at"]) if row["sent_at"] else None,
        "createdAt": iso_timestamp(row["created_at"]),
        "updatedAt": iso_timestamp(row["updated_at"]),
        "version": row["version"],
    }


def run_item(row: dict[str, Any], statements: Sequence[dict[str, Any]]) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for statement in statements:
        counts[statement["status"]] = counts.get(statement["status"], 0) + 1
    return {
        "id": row["id"],
        "runDate": row["run_date"].isoformat(),
        "status": row["status"],
        "mode": row["mode"],
        "statementCounts": counts,
        "createdAt": iso_timestamp(row["created_at"]),
        "sentAt": iso_timestamp(row["sent_at"]) if row["sent_at"] else None,
        "updatedAt": iso_timestamp(row["updated_at"]),
        "version": row["version"],
    }


async def create_run(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    settings: StatementSettings,
    run_date: date,
    now: datetime,
) -> int | None:
    """Make the tenant's run of `run_date` (and, in AUTO mode, send it): its id, or None when
    the tenant has that day's run already."""
    run_id = await repo.insert_run_or_skip(session, tenant_id, run_date, settings.mode)
    if run_id is None:
        return None
    previous = await repo.last_run_date(session, tenant_id, run_date)
    previous = previous or run_date - timedelta(days=1)
    excluded = set(settings.excludedClientIds)
    oldest = await repo.oldest_open_due_dates(session, tenant_id, ledger.OPEN_STATUSES)
    status = "QUEUED" if settings.mode == "AUTO" else "PENDING_REVIEW"
    for client_id, due in sorted(oldest.items()):
        trigger = crossed_trigger(due, previous, run_date, settings.triggerDays)
        if trigger is not None and client_id not in excluded:
            await _add_statement(session, tenant_id, run_id, client_id, run_date, trigger, status)
    if settings.mode == "AUTO":
        await _send_pending(session, storage, tenant_id, run_id, "QUEUED", now)
    return run_id


async def _add_statement(
    session: AsyncSession,
    tenant_id: int,
    run_id: int,
    client_id: int,
    as_of: date,
    trigger: int,
    status: str,
) -> None:
    figures = await statement_of(session, tenant_id, client_id, as_of)
    values = {
        "run_id": run_id,
        "client_id": client_id,
        "as_of": as_of,
        "status": status,
        "total_due": figures["totalDue"],
        "trigger_days": trigger,
    }
    statement_id = await repo.insert_statement(session, tenant_id, values)
    item = await _read_statement(session, tenant_id, run_id, statement_id)
    await outbox.record(session, tenant_id, STATEMENTS.key, outbox.CREATE, item)


async def send_run(
    session: AsyncSession, storage: FileStorage, tenant_id: int, run_id: int, now: datetime
) -> dict[str, Any]:
    """Email every statement of a run waiting for review (409 `INVALID_TRANSITION` for a run
    already sent). Skipped statements stay skipped."""
    run = await _locked_run(session, tenant_id, run_id)
    if run["status"] != "PENDING_REVIEW":
        raise refused("INVALID_TRANSITION", f"Statement run {run_id} is already sent.")
    await _send_pending(session, storage, tenant_id, run_id, "PENDING_REVIEW", now)
    return await read_run(session, tenant_id, run_id)


async def _send_pending(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    run_id: int,
    status: str,
    now: datetime,
) -> None:
    for row in await repo.statements_of(session, tenant_id, [run_id]):
        if row["status"] == status:
            await _send_statement(session, storage, tenant_id, row, now)
    await repo.update_run(session, tenant_id, run_id, {"status": "SENT", "sent_at": now})


async def _send_statement(
    session: AsyncSession, storage: FileStorage, tenant_id: int, row: dict[str, Any], now: datetime
) -> None:
    recipients = await repo.statement_emails(session, tenant_id, row["client_id"])
    if not recipients:
        await _change(
            session, tenant_id, row, {"status": "SKIPPED", "skip_reason": "NO_RECIPIENTS"}
        )
        return
    figures = await statement_of(session, tenant_id, row["client_id"], row["as_of"])
    firm = {"name": await billing_repo.tenant_name(session, tenant_id)}
    file_id, name = await store_statement_pdf(session, storage, tenant_id, figures, firm, row["id"])
    subject, text, html = render(
        "statement",
        statement=figures,
        firm=firm,
        total=money(figures["totalDue"], figures["currency"]),
    )
    queued = await queue.enqueue(
        session,
        tenant_id,
        to=recipients,
        subject=subject,
        text=text,
        html=html,
        attachments=[(file_id, name)],
        related_type=STATEMENTS.key,
        related_id=row["id"],
    )
    values = {"status": "SENT", "sent_at": now, "message_id": queued["id"]}
    await repo.update_statement(session, tenant_id, row["id"], values)
    item = await _read_statement(session, tenant_id, row["run_id"], row["id"])
    await outbox.record(session, tenant_id, STATEMENTS.key, "SENT", item)


async def skip(
    session: AsyncSession, tenant_id: int, run_id: int, statement_id: int
) -> dict[str, Any]:
    """Leave one statement of a run waiting for review out of its sending (409
    `INVALID_TRANSITION` unless it is PENDING_REVIEW). Answers the statement."""
    await _locked_run(session, tenant_id, run_id)
    row = await repo.statement_row(session, tenant_id, statement_id)
    if row is None or row["run_id"] != run_id:
        raise NotFound(f"No statement {statement_id} in statement run {run_id}.")
    if row["status"] != "PENDING_REVIEW":
        raise refused("INVALID_TRANSITION", f"Statement {statement_id} is {row['status']}.")
    await _change(
        session, tenant_id, row, {"status": "SKIPPED", "skip_reason": "SKIPPED_BY_REVIEWER"}
    )
    return await _read_statement(session, tenant_id, run_id, statement_id)


async def _change(
    session: AsyncSession, tenant_id: int, row: dict[str, Any], values: dict[str, Any]
) -> None:
    before = statement_item(row)
    await repo.update_statement(session, tenant_id, row["id"], values)
    after = await _read_statement(session, tenant_id, row["run_id"], row["id"])
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, STATEMENTS.key, outbox.UPDATE, after, previous)


async def _locked_run(session: AsyncSession, tenant_id: int, run_id: int) -> dict[str, Any]:
    run = await repo.run_row(session, tenant_id, run_id, lock=True)
    if run is None:
        raise NotFound(f"No statement run with id {run_id}.")
    return run


async def _read_statement(
    session: Reads, tenant_id: int, run_id: int, statement_id: int
) -> dict[str, Any]:
    row = await repo.statement_row(session, tenant_id, statement_id)
    if row is None or row["run_id"] != run_id:
        raise NotFound(f"No statement {statement_id} in statement run {run_id}.")
    return statement_item(row)


async def read_runs(session: Reads, tenant_id: int) -> list[dict[str, Any]]:
    """Every run, newest first, with its statements counted by status."""
    runs = await repo.runs(session, tenant_id)
    statements = await repo.statements_of(session, tenant_id, [run["id"] for run in runs])
    return [run_item(run, [s for s in statements if s["run_id"] == run["id"]]) for run in runs]


async def read_run(session: Reads, tenant_id: int, run_id: int) -> dict[str, Any]:
    """A run with its statements (each with its client's name)."""
    run = await repo.run_row(session, tenant_id, run_id)
    if run is None:
        raise NotFound(f"No statement run with id {run_id}.")
    rows = await repo.statements_of(session, tenant_id, [run_id])
    statements = [statement_item(row) | {"clientName": row["client_name"]} for row in rows]
    return run_item(run, rows) | {"statements": statements}
