"""Draft bills (money-work.md §3, §11): made from a client's WIP and progress amounts, edited
while IN_PROGRESS, reviewed, approved and finalized into an invoice by the staff assigned to
each step. Every action writes a history row and its events in its own transaction; nothing
here commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing.drafts import repository as repo
from openwyn.billing.drafts import totals
from openwyn.billing.drafts.resource import DRAFTS, HISTORIES
from openwyn.db import Reads
from openwyn.errors import ErrorDetail, ValidationFailed, refused
from openwyn.kit.json import iso_timestamp
from openwyn.kit.money import ZERO
from openwyn.kit.sqltypes import utcnow
from openwyn.web import outbox, service
from openwyn.work.wips import WIPS

NATIVE = "OPENWYN"
LIVE = ("IN_PROGRESS", "UNDER_REVIEW", "PENDING_APPROVAL", "APPROVED")


@dataclass(frozen=True)
class Actor:
    """Who acts: the key's staff member, and whether the key may act for anyone (API_ADMIN)."""

    staff_id: int | None
    admin: bool


# ---------------------------------------------------------------- answers


def line_view(line: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": line["id"],
        "description": line["description"],
        "quantity": line["quantity"],
        "unitPrice": line["unit_price"],
        "amount": line["amount"],
        "standardAmount": line["standard_amount"],
        "adjustment": line["adjustment"],
        "taxRate": line["tax_rate"],
        "taxAmount": line["tax_amount"],
        "notes": line["notes"],
        "jobId": line["job_id"],
        "wipIds": list(line["wip_ids"]),
    }


def history_view(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "draftInvoiceId": row["draft_invoice_id"],
        "clientId": row["client_id"],
        "invoiceId": row["invoice_id"],
        "jobId": row["job_id"],
        "activityType": row["activity_type"],
        "actorStaffId": row["actor_staff_id"],
        "comment": row["comment"],
        "active": row["active"],
        "createdAt": iso_timestamp(row["created_at"]),
    }


async def detail(session: Reads, tenant_id: int, draft_id: int) -> dict[str, Any]:
    """The draft as a single-object answer: every field, its lines and its history."""
    item = await service.get(session, DRAFTS, tenant_id, draft_id)
    return await _completed(session, tenant_id, item)


async def _completed(session: Reads, tenant_id: int, item: dict[str, Any]) -> dict[str, Any]:
    lines = (await repo.lines_of(session, tenant_id, [item["id"]]))[item["id"]]
    history = await repo.history_of(session, tenant_id, item["id"])
    return item | {
        "lineItems": [line_view(line) for line in lines],
        "reviewHistory": [history_view(row) for row in history],
    }


async def find_by_pms_ref(
    session: AsyncSession, tenant_id: int, pms_ref: str
) -> dict[str, Any] | None:
    """The draft whose systemRef (`pmsRef`) is `pms_ref`, with its lines, or None."""
    draft_id = await repo.draft_id_by_pms_ref(session, tenant_id, pms_ref)
    return None if draft_id is None else await detail(session, tenant_id, draft_id)


async def history_page(
    session: Reads, tenant_id: int, listing: service.Listing
) -> tuple[list[dict[str, Any]], service.Page]:
    """A page of history rows in the documented shape: each with its client and its draft as
    the draft is now (`pms_invoice_number` in snake_case, as Aiwyn answers it)."""
    page = await service.list_rows(session, HISTORIES, tenant_id, listing)
    clients = await repo.clients_brief(session, tenant_id, {r["clientId"] for r in page.items})
    drafts = await repo.drafts_brief(session, tenant_id, {r["draftInvoiceId"] for r in page.items})
    rows = []
    for item in page.items:
        draft = drafts.get(item["draftInvoiceId"])
        nested = None
        if draft is not None:
            approved = draft["approved_at"]
            nested = {
                "approvedAt": None if approved is None else iso_timestamp(approved),
                "arTranId": draft["ar_tran_id"],
                "approverStaffId": draft["approver_staff_id"],
                "approvedByStaffId": draft["approved_by_staff_id"],
                "invoiceId": draft["invoice_id"],
                "isActive": draft["status"] != "ABANDONED",
                "pms_invoice_number": draft["pms_invoice_number"],
                "status": draft["status"],
            }
        rows.append(
            {
                "id": item["id"],
                "draftInvoiceId": item["draftInvoiceId"],
                "clientId": item["clientId"],
                "invoiceId": item["invoiceId"],
                "jobId": item["jobId"],
                "activityType": item["activityType"],
                "actorStaffId": item["actorStaffId"],
                "comment": item["comment"],
                "createdAt": item["createdAt"],
                "active": item["active"],
                "client": clients.get(item["clientId"]),
                "draftInvoice": nested,
            }
        )
    return rows, page


# ---------------------------------------------------------------- creating


async def create(
    session: AsyncSession, tenant_id: int, actor: Actor, body: dict[str, Any]
) -> dict[str, Any]:
    """A draft over the client's WIP (every approved, billable, OPEN entry, limited by
    `jobIds` and `throughDate`, or exactly `wipIds`) and its progress lines."""
    await repo.lock_tenant_drafts(session, tenant_id)
    client_id: int = body["clientId"]
    client = await repo.client_roles(session, tenant_id, client_id)
    if client is None:
        raise ValidationFailed.at("clientId", f"no client with id {client_id}")
    bill_type: str = body.get("billType") or "WIP"
    progress: list[dict[str, Any]] = body.get("progress") or []
    job_ids: list[int] | None = body.get("jobIds")
    named_jobs = [*(job_ids or []), *(line["jobId"] for line in progress)]
    jobs = await repo.jobs(session, tenant_id, named_jobs)
    _check_jobs(jobs, client_id, job_ids, progress)
    wips = await _chosen_wips(session, tenant_id, client_id, bill_type, body)
    if not wips and not progress:
        raise ValidationFailed.at(
            "clientId",
            "has no approved, billable, OPEN WIP to bill and no progress lines were sent",
        )
    billed_jobs = sorted({int(row.job_id) for row in wips} | {p["jobId"] for p in progress})
    jobs |= await repo.jobs(session, tenant_id, set(billed_jobs) - set(jobs))
    one_job = jobs[billed_jobs[0]] if len(billed_jobs) == 1 else None
    lines = await _lines(session, tenant_id, body.get("groupBy") or "JOB", wips, progress, jobs)
    sums = totals.sums(lines)
    biller = body.get("billerStaffId") or actor.staff_id
    source = one_job if one_job is not None else client
    values = {
        "status": "IN_PROGRESS",
        "reviewStatus": "NOT_SUBMITTED",
        "clientId": client_id,
        "projectId": None if one_job is None else one_job.id,
        "billType": bill_type,
        "groupBy": body.get("groupBy") or "JOB",
        "subtotal": sums["subtotal"],
        "taxAmount": sums["tax_amount"],
        "totalAmount": sums["total_amount"],
        "billerStaffId": biller,
        "reviewerStaffId": _role(body, "reviewerStaffId", source.manager_staff_id),
        "approverStaffId": _role(body, "approverStaffId", source.partner_staff_id),
        "senderStaffId": body.get("senderStaffId") or biller,
        "notes": body.get("notes"),
        "source": NATIVE,
    }
    if body.get("pmsRef") is not None:  # the demo's drafts, found again by it
        values["pmsRef"] = body["pmsRef"]
    item = await service.create(session, DRAFTS, tenant_id, values)
    await _take(session, tenant_id, item["id"], [int(row.id) for row in wips])
    await repo.insert_lines(session, tenant_id, item["id"], lines)
    await _history(session, tenant_id, item, "DRAFT_INVOICE_CREATED", actor, None)
    return await _completed(session, tenant_id, item)


def _role(body: dict[str, Any], name: str, default: int | None) -> int | None:
    return body.get(name, default)


def _check_jobs(
    jobs: dict[int, Any],
    client_id: int,
    job_ids: list[int] | None,
    progress: list[dict[str, Any]],
) -> None:
    details: list[ErrorDetail] = []
    named = [(f"jobIds.{i}", job_id) for i, job_id in enumerate(job_ids or [])]
    named += [(f"progress.{i}.jobId", line["jobId"]) for i, line in enumerate(progress)]
    for path, job_id in named:
        job = jobs.get(job_id)
        if job is None:
            details.append({"path": path, "message": f"no job with id {job_id}"})
        elif job.client_id != client_id:
            details.append({"path": path, "message": f"job {job_id} is not the client's"})
    if details:
        raise ValidationFailed("A job is not one of the client's.", details)


async def _chosen_wips(
    session: AsyncSession, tenant_id: int, client_id: int, bill_type: str, body: dict[str, Any]
) -> list[Row[Any]]:
    """The WIP the draft takes. Exact ids must be the client's and OPEN (approval is not
    required: the biller chose them); a progress or advance bill takes expenses only."""
    types = None if bill_type == "WIP" else ["EXPENSE"]
    wanted: list[int] | None = body.get("wipIds")
    if wanted is None:
        return await repo.billable_wips(
            session, tenant_id, client_id, body.get("jobIds"), body.get("throughDate"), types
        )
    wanted = list(dict.fromkeys(wanted))
    found = await repo.wips_by_id(session, tenant_id, wanted)
    details: list[ErrorDetail] = []
    for index, wip_id in enumerate(wanted):
        row = found.get(wip_id)
        if row is None:
            details.append({"path": f"wipIds.{index}", "message": f"no WIP entry with id {wip_id}"})
        elif row.client_id != client_id:
            message = f"WIP entry {wip_id} is not the client's"
            details.append({"path": f"wipIds.{index}", "message": message})
        elif types is not None and row.type not in types:
            message = f"WIP entry {wip_id} is {row.type}: only expenses join a {bill_type} bill"
            details.append({"path": f"wipIds.{index}", "message": message})
    if details:
        raise ValidationFailed("A WIP entry cannot be billed on this draft.", details)
    for wip_id in wanted:
        _check_open(wip_id, found[wip_id].status)
    return [found[wip_id] for wip_id in wanted]


def _check_open(wip_id: int, status: str) -> None:
    if status == "ON_DRAFT":
        raise refused("WIP_ON_ANOTHER_DRAFT", f"WIP entry {wip_id} is already on a draft.")
    if status != "OPEN":
        raise refused("WIP_LOCKED", f"WIP entry {wip_id} is {status}, not OPEN.")


async def _take(session: AsyncSession, tenant_id: int, draft_id: int, ids: list[int]) -> None:
    """Put the WIP on the draft; if another draft took one meanwhile, refuse the whole draft."""
    if not ids:
        return
    rows = await repo.take_wips(session, tenant_id, draft_id, ids, WIPS.columns)
    if len(rows) != len(ids):
        taken = {WIPS.serializer(row)["id"] for row in rows}
        lost = min(set(ids) - taken)
        raise refused("WIP_ON_ANOTHER_DRAFT", f"WIP entry {lost} is already on a draft.")
    previous: dict[str, Any] | None = {"status": "OPEN", "draftInvoiceId": None}
    events = [(WIPS.serializer(row), previous) for row in rows]
    await outbox.record_many(session, tenant_id, WIPS.key, outbox.UPDATE, events)


async def _release(session: AsyncSession, tenant_id: int, draft_id: int) -> None:
    rows = await repo.release_wips(session, tenant_id, draft_id, WIPS.columns)
    previous: dict[str, Any] | None = {"status": "ON_DRAFT", "draftInvoiceId": draft_id}
    events = [(WIPS.serializer(row), previous) for row in rows]
    await outbox.record_many(session, tenant_id, WIPS.key, outbox.UPDATE, events)


async def _lines(
    session: AsyncSession,
    tenant_id: int,
    group_by: str,
    wips: Sequence[Row[Any]],
    progress: list[dict[str, Any]],
    jobs: dict[int, Any],
) -> list[dict[str, Any]]:
    """The draft's lines: its WIP grouped by `group_by` (NONE: one line per entry), each at
    the sum of its entries' outstanding amounts, then one line per progress amount."""
    groups: dict[Any, list[Row[Any]]] = defaultdict(list)
    for row in wips:
        groups[_group_key(group_by, row)].append(row)
    names = await _group_names(session, tenant_id, group_by, groups, jobs)
    lines: list[dict[str, Any]] = []
    for key, rows in groups.items():
        standard = sum((row.outstanding_amount for row in rows), ZERO)
        job_ids = {int(row.job_id) for row in rows}
        line = {
            "description": names[key],
            "amount": standard,
            "standard_amount": standard,
            "tax_rate": Decimal(0),
            "notes": None,
            "job_id": job_ids.pop() if len(job_ids) == 1 else None,
            "wip_ids": [int(row.id) for row in rows],
        }
        lines.append(line)
    for entry in progress:
        amount: Decimal = entry["amount"]
        lines.append(
            {
                "description": entry["description"],
                "amount": amount,
                "standard_amount": amount,
                "tax_rate": Decimal(0),
                "notes": None,
                "job_id": entry["jobId"],
                "wip_ids": [],
            }
        )
    return [totals.priced(line) | {"position": i} for i, line in enumerate(lines)]


def _group_key(group_by: str, row: Row[Any]) -> Any:
    if group_by == "JOB":
        return row.job_id
    if group_by == "STAFF":
        return row.staff_id
    if group_by == "TASK":
        return row.task_code
    if group_by == "SERVICE_LINE":
        return row.service_line_id
    return row.id


async def _group_names(
    session: AsyncSession,
    tenant_id: int,
    group_by: str,
    groups: dict[Any, list[Row[Any]]],
    jobs: dict[int, Any],
) -> dict[Any, str]:
    keys = list(groups)
    if group_by == "JOB":
        return {key: str(jobs[key].name) for key in keys}
    if group_by == "STAFF":
        staff = await repo.staff_names(session, tenant_id, [k for k in keys if k is not None])
        return {key: staff.get(key, "Unassigned") if key else "Unassigned" for key in keys}
    if group_by == "TASK":
        return {key: f"Task {key}" if key else "No task" for key in keys}
    if group_by == "SERVICE_LINE":
        found = await repo.service_line_names(
            session, tenant_id, [k for k in keys if k is not None]
        )
        return {
            key: found.get(key, "No service line") if key else "No service line" for key in keys
        }
    return {key: _entry_description(groups[key][0]) for key in keys}


def _entry_description(row: Row[Any]) -> str:
    if row.notes:
        return str(row.notes)[:1000]
    kind = {"TIME": "Time", "EXPENSE": "Expense", "FIXED_FEE": "Fixed fee"}.get(
        row.type, "Progress"
    )
    return f"{kind} on {row.logged_date.isoformat()}"


# ---------------------------------------------------------------- editing


async def edit(
    session: AsyncSession,
    tenant_id: int,
    draft_id: int,
    sent: dict[str, Any],
    if_match: int | None,
) -> dict[str, Any]:
    """Line edits (amount, tax rate, description) or a new subtotal spread over the lines,
    role changes and notes; only while IN_PROGRESS. Totals are recomputed every time."""
    current = await _locked(session, tenant_id, draft_id)
    if current["status"] != "IN_PROGRESS":
        raise _invalid(current, "edited")
    stored = (await repo.lines_of(session, tenant_id, [draft_id]))[draft_id]
    lines = _edited(stored, sent)
    for before, after in zip(stored, lines, strict=True):
        changed = {name: after[name] for name in repo.LINE_FIELDS if before[name] != after[name]}
        if changed:
            await repo.save_line(session, tenant_id, before["id"], changed)
    sums = totals.sums(lines)
    values = {name: sent[name] for name in (*_ROLES, "notes") if name in sent}
    values |= {
        "subtotal": sums["subtotal"],
        "taxAmount": sums["tax_amount"],
        "totalAmount": sums["total_amount"],
    }
    item = await service.update(session, DRAFTS, tenant_id, draft_id, values, if_match)
    return await _completed(session, tenant_id, item)


_ROLES = ("billerStaffId", "reviewerStaffId", "approverStaffId", "senderStaffId")


def _edited(stored: list[dict[str, Any]], sent: dict[str, Any]) -> list[dict[str, Any]]:
    lines = [dict(line) for line in stored]
    if sent.get("subtotal") is not None:
        if not lines:
            raise ValidationFailed.at("subtotal", "the draft has no lines to spread it over")
        return totals.spread(lines, sent["subtotal"])
    by_id = {line["id"]: index for index, line in enumerate(lines)}
    details: list[ErrorDetail] = []
    for position, edit in enumerate(sent.get("lineItems") or []):
        index = by_id.get(edit["id"])
        if index is None:
            message = f"no line with id {edit['id']} on this draft"
            details.append({"path": f"lineItems.{position}.id", "message": message})
            continue
        line = lines[index]
        for field, column in (("amount", "amount"), ("taxRate", "tax_rate")):
            if edit.get(field) is not None:
                line[column] = edit[field]
        if edit.get("description") is not None:
            line["description"] = edit["description"]
        lines[index] = totals.priced(line)
    if details:
        raise ValidationFailed("A line is not on this draft.", details)
    return lines


# ---------------------------------------------------------------- the workflow


async def _locked(session: AsyncSession, tenant_id: int, draft_id: int) -> dict[str, Any]:
    await repo.lock_draft(session, tenant_id, draft_id)
    return await service.get(session, DRAFTS, tenant_id, draft_id)


def _invalid(draft: dict[str, Any], what: str) -> Exception:
    return refused(
        "INVALID_TRANSITION",
        f"Draft {draft['draftNumber']} is {draft['status']}: it cannot be {what}.",
    )


def _check_actor(draft: dict[str, Any], actor: Actor, role: str) -> None:
    """The acting key's staff member must hold the role (an API_ADMIN key may act for anyone)."""
    if actor.admin:
        return
    assigned = draft[f"{role}StaffId"]
    if actor.staff_id is None or actor.staff_id != assigned:
        raise refused(
            f"NOT_ASSIGNED_{role.upper()}",
            f"Only the draft's {role} (staff {assigned}) may do this; the key's staff member is"
            f" {actor.staff_id}.",
        )


async def _history(
    session: AsyncSession,
    tenant_id: int,
    draft: dict[str, Any],
    activity: str,
    actor: Actor,
    comment: str | None,
) -> None:
    await repo.add_history(
        session,
        tenant_id,
        {
            "draft_invoice_id": draft["id"],
            "client_id": draft["clientId"],
            "invoice_id": draft["invoiceId"],
            "job_id": draft["projectId"],
            "activity_type": activity,
            "actor_staff_id": actor.staff_id,
            "comment": comment,
            "active": draft["status"] != "ABANDONED",
        },
    )


async def _move(
    session: AsyncSession,
    tenant_id: int,
    draft: dict[str, Any],
    values: dict[str, Any],
    activity: str,
    actor: Actor,
    comment: str | None,
) -> dict[str, Any]:
    item = await service.update(session, DRAFTS, tenant_id, draft["id"], values, None)
    await _history(session, tenant_id, item, activity, actor, comment)
    return item


async def submit(
    session: AsyncSession, tenant_id: int, draft_id: int, actor: Actor
) -> dict[str, Any]:
    """IN_PROGRESS to UNDER_REVIEW, or PENDING_APPROVAL when there is no reviewer; biller."""
    draft = await _locked(session, tenant_id, draft_id)
    if draft["status"] != "IN_PROGRESS":
        raise _invalid(draft, "submitted")
    _check_actor(draft, actor, "biller")
    reviewed = draft["reviewerStaffId"] is not None
    values = {
        "status": "UNDER_REVIEW" if reviewed else "PENDING_APPROVAL",
        "reviewStatus": "PENDING_REVIEW" if reviewed else "REVIEWED",
    }
    item = await _move(session, tenant_id, draft, values, "DRAFT_INVOICE_SUBMITTED", actor, None)
    return await _completed(session, tenant_id, item)


async def review(
    session: AsyncSession,
    tenant_id: int,
    draft_id: int,
    actor: Actor,
    decision: str,
    comment: str | None,
) -> dict[str, Any]:
    """UNDER_REVIEW to PENDING_APPROVAL (APPROVE) or back to IN_PROGRESS; reviewer."""
    draft = await _locked(session, tenant_id, draft_id)
    if draft["status"] != "UNDER_REVIEW":
        raise _invalid(draft, "reviewed")
    _check_actor(draft, actor, "reviewer")
    if decision == "APPROVE":
        values = {"status": "PENDING_APPROVAL", "reviewStatus": "REVIEWED"}
        activity = "DRAFT_INVOICE_REVIEWED"
    else:
        values = {"status": "IN_PROGRESS", "reviewStatus": "CHANGES_REQUESTED"}
        activity = "DRAFT_INVOICE_CHANGES_REQUESTED"
    item = await _move(session, tenant_id, draft, values, activity, actor, comment)
    return await _completed(session, tenant_id, item)


async def approve(
    session: AsyncSession, tenant_id: int, draft_id: int, actor: Actor, comment: str | None
) -> dict[str, Any]:
    """PENDING_APPROVAL to APPROVED; approver. Records when and by whom."""
    draft = await _locked(session, tenant_id, draft_id)
    if draft["status"] != "PENDING_APPROVAL":
        raise _invalid(draft, "approved")
    _check_actor(draft, actor, "approver")
    values = {
        "status": "APPROVED",
        "reviewStatus": "APPROVED",
        "approvedAt": utcnow(),
        "approvedByStaffId": actor.staff_id,
    }
    item = await _move(session, tenant_id, draft, values, "DRAFT_INVOICE_APPROVED", actor, comment)
    return await _completed(session, tenant_id, item)


async def request_changes(
    session: AsyncSession, tenant_id: int, draft_id: int, actor: Actor, comment: str
) -> dict[str, Any]:
    """PENDING_APPROVAL back to IN_PROGRESS; approver."""
    draft = await _locked(session, tenant_id, draft_id)
    if draft["status"] != "PENDING_APPROVAL":
        raise _invalid(draft, "sent back")
    _check_actor(draft, actor, "approver")
    values = {"status": "IN_PROGRESS", "reviewStatus": "CHANGES_REQUESTED"}
    activity = "DRAFT_INVOICE_CHANGES_REQUESTED"
    item = await _move(session, tenant_id, draft, values, activity, actor, comment)
    return await _completed(session, tenant_id, item)


async def abandon(
    session: AsyncSession, tenant_id: int, draft_id: int, actor: Actor
) -> dict[str, Any]:
    """Any live status to ABANDONED, giving its WIP back (OPEN); biller or API_ADMIN. Its
    history rows stop being active."""
    draft = await _locked(session, tenant_id, draft_id)
    if draft["status"] not in LIVE:
        raise _invalid(draft, "abandoned")
    _check_actor(draft, actor, "biller")
    await _release(session, tenant_id, draft_id)
    values = {"status": "ABANDONED"}
    item = await _move(session, tenant_id, draft, values, "DRAFT_INVOICE_ABANDONED", actor, None)
    await repo.deactivate_history(session, tenant_id, draft_id)
    return await _completed(session, tenant_id, item)


async def finalize(
    session: AsyncSession,
    tenant_id: int,
    draft_id: int,
    actor: Actor,
    issue_date: date | None,
    due_date: date | None,
) -> dict[str, Any]:
    """APPROVED to FINALIZED; sender. Posts the invoice (numbered, with its ledger row, its
    WIP BILLED) through the invoices' interface, in this transaction: if posting fails, the
    draft stays APPROVED and nothing is written."""
    draft = await _locked(session, tenant_id, draft_id)
    if draft["status"] != "APPROVED":
        raise _invalid(draft, "finalized")
    _check_actor(draft, actor, "sender")
    # Looked up at call time, so a test can stand a double in the invoices' place.
    from openwyn.billing import invoice_service

    lines = (await repo.lines_of(session, tenant_id, [draft_id]))[draft_id]
    invoice: dict[str, Any] = await invoice_service.create_posted(
        session,
        tenant_id,
        client_id=draft["clientId"],
        project_id=draft["projectId"],
        draft_invoice_id=draft_id,
        issue_date=issue_date,
        due_date=due_date,
        lines=[
            invoice_service.LineIn(
                description=line["description"],
                quantity=line["quantity"],
                unit_price=line["unit_price"],
                amount=line["amount"],
                tax_rate=line["tax_rate"],
                tax_amount=line["tax_amount"],
                job_id=line["job_id"],
                wip_ids=tuple(line["wip_ids"]),
                notes=line["notes"],
            )
            for line in lines
        ],
        notes=draft["notes"],
    )
    item = await _invoiced(session, tenant_id, draft, invoice, actor)
    return await _completed(session, tenant_id, item)


async def _invoiced(
    session: AsyncSession,
    tenant_id: int,
    draft: dict[str, Any],
    invoice: dict[str, Any],
    actor: Actor,
) -> dict[str, Any]:
    """The draft FINALIZED with its invoice: a FINALIZED history row (unless it already was)
    and a RECONCILED one."""
    values = {
        "status": "FINALIZED",
        "invoiceId": invoice["id"],
        "arTranId": invoice.get("arTranId"),
        "pmsInvoiceNumber": invoice.get("invoiceNumber"),
    }
    already = draft["status"] == "FINALIZED"
    item = await service.update(session, DRAFTS, tenant_id, draft["id"], values, None)
    if not already:
        await _history(session, tenant_id, item, "DRAFT_INVOICE_FINALIZED", actor, None)
    await _history(session, tenant_id, item, "DRAFT_INVOICE_RECONCILED", actor, None)
    return item


async def reconcile(
    session: AsyncSession, tenant_id: int, draft_id: int, invoice: dict[str, Any]
) -> None:
    """Match an invoice (from a PMS, by the invoice's `draftInvoiceSystemRef`) to its draft:
    FINALIZED with the invoice's id, ledger row and number (`pms_invoice_number`), and the
    FINALIZED and RECONCILED history rows. 404 when the tenant has no such draft."""
    draft = await _locked(session, tenant_id, draft_id)
    await _invoiced(session, tenant_id, draft, invoice, Actor(None, admin=True))
