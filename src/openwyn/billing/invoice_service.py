"""Invoices (money-work.md §4, §11): manual DRAFT invoices, posting (a gapless number, the
INVOICE ledger row, the billed WIP), voiding (a REVERSAL row, the WIP reopened), sending, and
`create_posted`, which draft bills call at finalize. Services never commit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import ledger
from openwyn.billing import repository as repo
from openwyn.billing.invoice_read import read_invoice, today_in, utcnow
from openwyn.billing.invoices import INVOICES
from openwyn.errors import ErrorDetail, NotFound, PreconditionFailed, ValidationFailed, refused
from openwyn.kit.money import ZERO, split_exact, to_cent
from openwyn.web import outbox, service
from openwyn.work import repository as work_repo
from openwyn.work import rollups
from openwyn.work.wips import WIPS

NATIVE = "OPENWYN"
TERMS_DAYS = {"DUE_ON_RECEIPT": 0, "NET_15": 15, "NET_30": 30, "NET_45": 45, "NET_60": 60}
BILLABLE_WIP = ("OPEN", "ON_DRAFT")


@dataclass(frozen=True)
class LineIn:
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal  # before tax, to the cent
    tax_rate: Decimal  # 0 <= rate < 1
    tax_amount: Decimal  # to the cent, computed by the caller
    job_id: int | None = None
    wip_ids: tuple[int, ...] = ()  # WIP entries this line bills
    notes: str | None = None


def line_from_input(item: dict[str, Any]) -> LineIn:
    """A manual line `{description, quantity, unitPrice, taxRate?, notes?, jobId?}`: amount =
    quantity x unit price and tax = amount x rate, each half-even to the cent."""
    quantity, price = Decimal(item["quantity"]), Decimal(item["unitPrice"])
    rate = Decimal(item.get("taxRate") or 0)
    amount = to_cent(quantity * price)
    return LineIn(
        description=item["description"],
        quantity=quantity,
        unit_price=price,
        amount=amount,
        tax_rate=rate,
        tax_amount=to_cent(amount * rate),
        job_id=item.get("jobId"),
        notes=item.get("notes"),
    )


def _line_row(line: LineIn) -> dict[str, Any]:
    return {
        "description": line.description,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "amount": line.amount,
        "tax_rate": line.tax_rate,
        "tax_amount": line.tax_amount,
        "notes": line.notes,
        "job_id": line.job_id,
        "wip_ids": list(line.wip_ids),
        "wip_amounts": {},
    }


def _totals(lines: list[LineIn]) -> dict[str, Decimal]:
    subtotal = sum((line.amount for line in lines), ZERO)
    tax = sum((line.tax_amount for line in lines), ZERO)
    return {"subtotal": subtotal, "tax_amount": tax, "total_amount": subtotal + tax}


async def _check_refs(
    session: AsyncSession,
    tenant_id: int,
    client_id: int | None,
    project_id: int | None,
    lines: list[LineIn],
) -> dict[str, Any]:
    """The client's facts; 400 naming every bad reference or line."""
    details: list[ErrorDetail] = []
    client = None
    if client_id is not None:
        client = await repo.client_facts(session, tenant_id, client_id)
        if client is None:
            details.append({"path": "clientId", "message": f"no Client with id {client_id}"})
    if project_id is not None:
        job = await repo.job_facts(session, tenant_id, project_id)
        if job is None or (client is not None and job["client_id"] != client_id):
            details.append(
                {"path": "projectId", "message": f"no Job of the client with id {project_id}"}
            )
    for index, line in enumerate(lines):
        if not ZERO <= line.tax_rate < 1:
            details.append(
                {"path": f"lineItems[{index}].taxRate", "message": "must be at least 0 and below 1"}
            )
        if line.amount < 0 or line.tax_amount < 0:
            details.append(
                {"path": f"lineItems[{index}].amount", "message": "must not be negative"}
            )
        if (
            line.job_id is not None
            and await repo.job_facts(session, tenant_id, line.job_id) is None
        ):
            details.append(
                {"path": f"lineItems[{index}].jobId", "message": f"no Job with id {line.job_id}"}
            )
    if details:
        raise ValidationFailed("The invoice is not valid.", details)
    return client or {}


def _check_dates(issue_date: date | None, due_date: date | None) -> None:
    if issue_date is not None and due_date is not None and due_date < issue_date:
        raise ValidationFailed.at("dueDate", "is before the issue date")


async def create_draft(
    session: AsyncSession,
    tenant_id: int,
    *,
    client_id: int,
    project_id: int | None,
    issue_date: date | None,
    due_date: date | None,
    lines: list[LineIn],
    notes: str | None,
    reference: str | None = None,
    draft_invoice_id: int | None = None,
    source: str = NATIVE,
    pms_ref: str | None = None,
    draft_invoice_system_ref: str | None = None,
) -> dict[str, Any]:
    """A DRAFT invoice with its lines, unnumbered and outside the ledger until posted (a PMS's
    invoice, from the Records API, carries its systemRef as `pms_ref`)."""
    await _check_refs(session, tenant_id, client_id, project_id, lines)
    _check_dates(issue_date, due_date)
    settings = await repo.settings(session, tenant_id)
    now = utcnow()
    values = {
        "status": "DRAFT",
        "client_id": client_id,
        "project_id": project_id,
        "issue_date": issue_date,
        "due_date": due_date,
        "currency": settings.currency,
        "notes": notes,
        "reference": reference,
        "draft_invoice_id": draft_invoice_id,
        "draft_invoice_system_ref": draft_invoice_system_ref,
        "pms_ref": pms_ref,
        "source": source,
        "paid_amount": ZERO,
        "written_off_amount": ZERO,
        "outstanding_amount": ZERO,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    } | _totals(lines)
    invoice_id = await repo.insert_invoice(session, tenant_id, values)
    await repo.insert_lines(session, tenant_id, invoice_id, [_line_row(line) for line in lines])
    item = await read_invoice(session, tenant_id, invoice_id)
    await outbox.record(session, tenant_id, INVOICES.key, outbox.CREATE, item)
    return item


async def _locked(session: AsyncSession, tenant_id: int, invoice_id: int) -> dict[str, Any]:
    row = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if row is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    return row


def _check_version(row: dict[str, Any], if_match: int | None) -> None:
    if if_match is not None and row["version"] != if_match:
        raise PreconditionFailed(f"The invoice is at version {row['version']}, not {if_match}.")


async def update_draft(
    session: AsyncSession,
    tenant_id: int,
    invoice_id: int,
    changes: dict[str, Any],
    if_match: int | None = None,
) -> dict[str, Any]:
    """Change a DRAFT invoice (`projectId`, `issueDate`, `dueDate`, `notes`, `reference`,
    `lineItems` replacing the lines); 409 otherwise."""
    row = await _locked(session, tenant_id, invoice_id)
    _check_version(row, if_match)
    if row["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if row["status"] != "DRAFT":
        raise refused("INVALID_TRANSITION", f"Invoice {invoice_id} is {row['status']}, not DRAFT.")
    before = await read_invoice(session, tenant_id, invoice_id)
    lines = [line_from_input(item) for item in changes.get("lineItems") or []]
    project_id = changes.get("projectId", row["project_id"])
    await _check_refs(session, tenant_id, row["client_id"], project_id, lines)
    issue = changes.get("issueDate", row["issue_date"])
    due = changes.get("dueDate", row["due_date"])
    _check_dates(issue, due)
    names = {
        "projectId": "project_id",
        "issueDate": "issue_date",
        "dueDate": "due_date",
        "notes": "notes",
        "reference": "reference",
    }
    values = {column: changes[name] for name, column in names.items() if name in changes}
    if "lineItems" in changes:
        await repo.delete_lines(session, tenant_id, invoice_id)
        await repo.insert_lines(session, tenant_id, invoice_id, [_line_row(line) for line in lines])
        values |= _totals(lines)
    await repo.update_invoice(session, tenant_id, invoice_id, values | {"updated_at": utcnow()})
    after = await read_invoice(session, tenant_id, invoice_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, INVOICES.key, outbox.UPDATE, after, previous)
    return after


async def post(
    session: AsyncSession,
    tenant_id: int,
    invoice_id: int,
    if_match: int | None = None,
    invoice_number: str | None = None,
    before: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """POST a DRAFT invoice: numbered (gapless per tenant and year, the year of today in the
    tenant's time zone; a PMS's invoice keeps the `invoice_number` it was sent with and takes
    no number from the counter), its issue and due dates defaulted, its INVOICE ledger row, its
    WIP BILLED. 409 `INVOICE_CANCELLED` or `INVALID_TRANSITION` from any other status.
    `before` is the invoice as read, when the caller has just read it in this transaction."""
    row = await _locked(session, tenant_id, invoice_id)
    _check_version(row, if_match)
    if row["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if row["status"] != "DRAFT":
        raise refused("INVALID_TRANSITION", f"Invoice {invoice_id} is {row['status']}, not DRAFT.")
    if before is None:
        before = await read_invoice(session, tenant_id, invoice_id)
    await _post_row(session, tenant_id, row, invoice_number)
    after = await read_invoice(session, tenant_id, invoice_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, INVOICES.key, outbox.UPDATE, after, previous)
    await outbox.record(session, tenant_id, INVOICES.key, "POSTED", after)
    return after


async def _post_row(
    session: AsyncSession, tenant_id: int, row: dict[str, Any], invoice_number: str | None = None
) -> None:
    """Number the invoice, bill its WIP, write its ledger row; amounts follow the ledger."""
    invoice_id = row["id"]
    settings = await repo.settings(session, tenant_id)
    today = today_in(settings.timezone)
    client = await repo.client_facts(session, tenant_id, row["client_id"])
    issue = row["issue_date"] or today
    terms = TERMS_DAYS.get((client or {}).get("payment_terms") or "NET_30", 30)
    due = row["due_date"] or issue + timedelta(days=terms)
    # The client's balance before the WIP's jobs, as every settlement takes them (invoice,
    # balance, then the project's job for its roll-ups): a posting that held a job while it
    # waited for the balance would deadlock with a write-off on another invoice of that job.
    # Every job a posting touches is its client's, so the balance also orders the job locks.
    await repo.lock_balance(session, tenant_id, row["client_id"])
    await _bill_wips(session, tenant_id, invoice_id, row["client_id"])
    entry = await ledger.post_invoice(
        session, tenant_id, invoice_id, row["client_id"], row["total_amount"]
    )
    settled = await _settled(session, tenant_id, invoice_id)
    # The number as late as the invoice allows: the counter's row lock, which every posting
    # of the tenant waits for, is held from here to commit (so a rolled-back posting gives
    # its number back); the WIP, the ledger row and the balance are written before it.
    if invoice_number is None:
        number = await repo.next_number(session, tenant_id, today.year)
        invoice_number = settings.invoice_number_format.format(year=today.year, number=number)
    values = {
        "status": "POSTED",
        "invoice_number": invoice_number,
        "issue_date": issue,
        "due_date": due,
        "posted_at": utcnow(),
        "ar_tran_id": entry.get("ar_tran_id"),
        "updated_at": utcnow(),
    }
    await repo.update_invoice(session, tenant_id, invoice_id, values | settled)
    await rollups.invoice_moved(session, tenant_id, row["project_id"])


async def _settled(session: AsyncSession, tenant_id: int, invoice_id: int) -> dict[str, Any]:
    """The invoice's amounts as the ledger has them (owed; nothing paid or written off yet)."""
    sums = (await repo.invoice_sums(session, tenant_id, [invoice_id])).get(invoice_id)
    owed = sums["owed"] if sums else ZERO
    return {"outstanding_amount": owed, "paid_amount": ZERO, "written_off_amount": ZERO}


async def _settle_quietly(session: AsyncSession, tenant_id: int, invoice_id: int) -> None:
    """The amounts from the ledger, without an invoice event of their own (the caller writes
    one); the project's roll-ups follow (posted or voided, its invoiced amount moved)."""
    await repo.update_invoice(
        session, tenant_id, invoice_id, await _settled(session, tenant_id, invoice_id)
    )
    row = await repo.invoice_row(session, tenant_id, invoice_id)
    await rollups.invoice_moved(session, tenant_id, None if row is None else row["project_id"])


async def _bill_wips(
    session: AsyncSession, tenant_id: int, invoice_id: int, client_id: int
) -> None:
    """Each line's amount split over its WIP by their outstanding amounts (exactly, to the
    cent): billed, outstanding 0, BILLED, linked to the invoice; the jobs' roll-ups refreshed."""
    lines = await repo.lines_of(session, tenant_id, invoice_id)
    wanted = [wip_id for line in lines for wip_id in line["wip_ids"] or []]
    if not wanted:
        return
    jobs = {line["job_id"] for line in lines if line["job_id"] is not None}
    wips = await repo.wips_for_billing(session, tenant_id, wanted)
    await work_repo.lock_jobs(session, tenant_id, jobs | {w["job_id"] for w in wips.values()})
    _check_wips(lines, wips, client_id)
    before = await service.get_many(session, WIPS, tenant_id, wanted)
    now = utcnow()
    changes: dict[int, dict[str, Any]] = {}
    amounts: dict[int, dict[str, str]] = {}
    for line in lines:
        ids = list(line["wip_ids"] or [])
        if not ids:
            continue
        parts = split_exact(line["amount"], [wips[i]["outstanding_amount"] for i in ids])
        for wip_id, part in zip(ids, parts, strict=True):
            changes[wip_id] = {
                "invoice_id": invoice_id,
                "billed_amount": wips[wip_id]["billed_amount"] + part,
                "outstanding_amount": ZERO,
                "status": "BILLED",
                "updated_at": now,
            }
        amounts[line["id"]] = {str(i): str(p) for i, p in zip(ids, parts, strict=True)}
    # One statement for all the entries and one for all the lines: per-statement overhead
    # was most of a posting's CPU (bench/README.md, "Invoice posting throughput").
    await repo.set_wips(session, tenant_id, changes)
    await repo.set_lines_wip_amounts(session, tenant_id, amounts)
    await _wips_changed(session, tenant_id, wanted, before)


def _check_wips(
    lines: list[dict[str, Any]], wips: dict[int, dict[str, Any]], client_id: int
) -> None:
    details: list[ErrorDetail] = []
    seen: set[int] = set()
    for index, line in enumerate(lines):
        for position, wip_id in enumerate(line["wip_ids"] or []):
            path = f"lineItems[{index}].wipIds[{position}]"
            wip = wips.get(wip_id)
            if wip is None or wip["client_id"] != client_id or wip_id in seen:
                details.append(
                    {"path": path, "message": f"no WIP entry of the client with id {wip_id}"}
                )
            seen.add(wip_id)
    if details:
        raise ValidationFailed("A WIP entry cannot be billed.", details)
    locked = [w for w in wips.values() if w["status"] not in BILLABLE_WIP]
    if locked:
        raise refused("WIP_LOCKED", f"WIP entry {locked[0]['id']} is {locked[0]['status']}.")


async def _wips_changed(
    session: AsyncSession, tenant_id: int, ids: Iterable[int], before: dict[int, dict[str, Any]]
) -> None:
    wanted = list(ids)
    after = await service.get_many(session, WIPS, tenant_id, wanted)
    events: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for wip_id in wanted:
        old, new = before[wip_id], after[wip_id]
        events.append((new, {k: old[k] for k in new if old[k] != new[k]}))
    await outbox.record_many(session, tenant_id, WIPS.key, outbox.UPDATE, events)
    await rollups.refresh(session, tenant_id, {item["jobId"] for item in after.values()})


async def _unbill_wips(session: AsyncSession, tenant_id: int, invoice_id: int) -> None:
    """A voided invoice's WIP back to OPEN, what it billed of each taken back."""
    lines = await repo.lines_of(session, tenant_id, invoice_id)
    amounts = {int(k): Decimal(v) for line in lines for k, v in (line["wip_amounts"] or {}).items()}
    if not amounts:
        return
    wips = await repo.wips_for_billing(session, tenant_id, amounts)
    await work_repo.lock_jobs(session, tenant_id, {w["job_id"] for w in wips.values()})
    before = await service.get_many(session, WIPS, tenant_id, list(wips))
    now = utcnow()
    changes: dict[int, dict[str, Any]] = {}
    for wip_id, wip in wips.items():
        billed = max(wip["billed_amount"] - amounts[wip_id], ZERO)
        left = max(wip["value"] - billed - wip["write_off_amount"], ZERO)
        changes[wip_id] = {
            "invoice_id": None,
            "draft_invoice_id": None,
            "billed_amount": billed,
            "outstanding_amount": left,
            "status": "OPEN",
            "updated_at": now,
        }
    await repo.set_wips(session, tenant_id, changes)
    await _wips_changed(session, tenant_id, list(wips), before)


async def void(
    session: AsyncSession, tenant_id: int, invoice_id: int, if_match: int | None = None
) -> dict[str, Any]:
    """Cancel an invoice without allocations (409 `INVOICE_HAS_ALLOCATIONS`; a cancelled one:
    `INVOICE_CANCELLED`): a REVERSAL of its ledger row, its WIP OPEN again."""
    row = await _locked(session, tenant_id, invoice_id)
    _check_version(row, if_match)
    if row["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is already cancelled.")
    if await repo.live_allocations(session, tenant_id, invoice_id=invoice_id):
        raise refused("INVOICE_HAS_ALLOCATIONS", f"Invoice {invoice_id} has allocations.")
    before = await read_invoice(session, tenant_id, invoice_id)
    await repo.update_invoice(
        session, tenant_id, invoice_id, {"status": "CANCELLED", "updated_at": utcnow()}
    )
    if row["ar_tran_id"] is not None:
        await ledger.reverse(session, tenant_id, row["ar_tran_id"], "Invoice voided")
    await _unbill_wips(session, tenant_id, invoice_id)
    await _settle_quietly(session, tenant_id, invoice_id)
    after = await read_invoice(session, tenant_id, invoice_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, INVOICES.key, outbox.UPDATE, after, previous)
    await outbox.record(session, tenant_id, INVOICES.key, "CANCELLED", after)
    return after


async def create_posted(
    session: AsyncSession,
    tenant_id: int,
    *,
    client_id: int,
    project_id: int | None,
    draft_invoice_id: int | None,
    issue_date: date | None,
    due_date: date | None,
    lines: list[LineIn],
    notes: str | None,
) -> dict[str, Any]:
    """A POSTED invoice: numbered, its INVOICE ledger row, its WIP entries BILLED
    (invoice_id set; billed_amount = the line's amount split over its WIP by outstanding
    amount with kit.money.split_exact; outstanding 0; status BILLED), job roll-ups
    refreshed, events written. Returns the invoice as the API reads it."""
    draft = await create_draft(
        session,
        tenant_id,
        client_id=client_id,
        project_id=project_id,
        issue_date=issue_date,
        due_date=due_date,
        lines=lines,
        notes=notes,
        draft_invoice_id=draft_invoice_id,
    )
    # The draft as create_draft read it is the invoice before posting: no second read.
    return await post(session, tenant_id, draft["id"], before=draft)


async def get_invoice(session: AsyncSession, tenant_id: int, invoice_id: int) -> dict[str, Any]:
    """The API read shape (404 NotFound for another tenant's or a missing id)."""
    return await read_invoice(session, tenant_id, invoice_id)


async def mark_sent(session: AsyncSession, tenant_id: int, invoice_id: int) -> dict[str, Any]:
    """Sets sentAt, writes invoice.SENT; 409 INVOICE_NOT_POSTED for a DRAFT, INVOICE_CANCELLED."""
    row = await _locked(session, tenant_id, invoice_id)
    if row["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if row["status"] == "DRAFT":
        raise refused("INVOICE_NOT_POSTED", f"Invoice {invoice_id} is not posted.")
    before = await read_invoice(session, tenant_id, invoice_id)
    await repo.update_invoice(
        session, tenant_id, invoice_id, {"sent_at": utcnow(), "updated_at": utcnow()}
    )
    after = await read_invoice(session, tenant_id, invoice_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, INVOICES.key, outbox.UPDATE, after, previous)
    await outbox.record(session, tenant_id, INVOICES.key, "SENT", after)
    return after
