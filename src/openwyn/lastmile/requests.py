"""Client requests (money-work.md §8): a firm asks a client's contacts for documents, item by
item; each contact gets a portal link (same token rules as signing) where they upload files
per item; the reviewer accepts each or asks for changes (emails go both ways); when every item
is accepted the request is COMPLETED and, when it says so, moves its job's status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing.invoice_read import today_in
from openwyn.db import Reads
from openwyn.directory.jobs import JOBS
from openwyn.engagements import repository as facts
from openwyn.errors import ErrorDetail, PayloadTooLarge, ValidationFailed, refused
from openwyn.files import service as files
from openwyn.files.storage import FileStorage
from openwyn.lastmile import repository as repo
from openwyn.lastmile.inputs import ClientRequestCreate, Review
from openwyn.lastmile.resource import CLIENT_REQUESTS, OPEN, status_as_read
from openwyn.mail import queue
from openwyn.mail.templates import render
from openwyn.portal import tokens
from openwyn.portal.pages import NOT_FOUND, PortalError, too_large
from openwyn.web import outbox
from openwyn.web import service as crud

OPEN_JOB_STATUSES = frozenset({"PLANNING", "OPEN", "IN_PROGRESS"})
# A link stays usable this long after the due date: late documents are still welcome.
GRACE = timedelta(days=30)
# The furthest due date a request takes: ten years (`dueInDays` stops at a year).
LATEST_DUE = timedelta(days=3653)


async def create(
    session: AsyncSession, tenant_id: int, body: ClientRequestCreate, pms_ref: str | None = None
) -> dict[str, Any]:
    """A DRAFT request. Its prerequisites are checked together: an open job of the client, an
    active client, active contacts of the client that have an email, an active staff
    reviewer, a due date within ten years whose links are not already expired (400 naming
    each thing missing). Without a reviewer named, the job's or client's manager (or partner)
    reviews."""
    today = today_in((await facts.firm(session, tenant_id))["timezone"])
    due = body.dueDate or today + timedelta(days=body.dueInDays or 0)
    client, job = await _check(session, tenant_id, body, due, today)
    values = {
        "clientId": body.clientId,
        "jobId": body.jobId,
        "reviewerStaffId": body.reviewerStaffId
        or await _default_reviewer(session, tenant_id, client, job),
        "status": "DRAFT",
        "dueDate": due,
        "onCompleteJobStatus": body.onCompleteJobStatus,
    }
    if pms_ref is not None:
        values["pmsRef"] = pms_ref
    item = await crud.create(session, CLIENT_REQUESTS, tenant_id, values)
    parts = [{"title": i.title, "description": i.description} for i in body.items]
    await repo.insert_parts(session, tenant_id, item["id"], list(body.contactIds), parts)
    return item


def _due_faults(due: date, today: date) -> list[ErrorDetail]:
    """A due date its links can serve: not so far ahead that it means nothing (nor overflows
    the links' expiry), nor so far past that the links would be expired when sent."""
    if due > today + LATEST_DUE:
        return [{"path": "dueDate", "message": "must be at most ten years from today"}]
    if due + GRACE <= today:
        message = f"is {GRACE.days} or more days past: its links would already be expired"
        return [{"path": "dueDate", "message": message}]
    return []


async def _check(
    session: AsyncSession,
    tenant_id: int,
    body: ClientRequestCreate,
    due: date,
    today: date,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The client and the job, once every prerequisite holds (else one 400 naming each)."""
    faults = _due_faults(due, today)
    client = (await facts.clients(session, tenant_id, [body.clientId])).get(body.clientId)
    if client is None or not client["active"]:
        faults.append({"path": "clientId", "message": f"no active Client with id {body.clientId}"})
    job = (await facts.jobs(session, tenant_id, [body.jobId])).get(body.jobId)
    if job is None or job["client_id"] != body.clientId:
        faults.append({"path": "jobId", "message": f"no Job of the client with id {body.jobId}"})
    elif job["status"] not in OPEN_JOB_STATUSES:
        message = f"the job is {job['status']}: a request needs an open job"
        faults.append({"path": "jobId", "message": message})
    faults += await _contact_faults(session, tenant_id, body.clientId, body.contactIds)
    faults += await _reviewer_faults(session, tenant_id, body.reviewerStaffId)
    if faults or client is None or job is None:
        raise ValidationFailed("The client request is missing what it needs.", faults)
    return client, job


async def _contact_faults(
    session: Reads, tenant_id: int, client_id: int, contact_ids: Sequence[int]
) -> list[ErrorDetail]:
    """What keeps each contact from being asked: not the client's, inactive, or no email."""
    contacts = await facts.contacts(session, tenant_id, contact_ids)
    faults: list[ErrorDetail] = []
    for index, contact_id in enumerate(contact_ids):
        contact = contacts.get(contact_id)
        if contact is None or client_id not in contact["client_ids"]:
            message = f"no Contact of the client with id {contact_id}"
        elif not contact["active"]:
            message = f"the contact {contact_id} is not active"
        elif not contact["email"]:
            message = "the contact has no email address"
        else:
            continue
        faults.append({"path": f"contactIds[{index}]", "message": message})
    return faults


async def _default_reviewer(
    session: Reads, tenant_id: int, client: dict[str, Any], job: dict[str, Any]
) -> int | None:
    """Who reviews uploads when the request names no one, so someone is told of each: the
    first active of the job's manager and partner, then the client's manager and partner."""
    named = [
        staff_id
        for staff_id in (
            job["manager_staff_id"],
            job["partner_staff_id"],
            client["manager_staff_id"],
            client["partner_staff_id"],
        )
        if staff_id is not None
    ]
    staff = await facts.staff(session, tenant_id, named)
    return next((s for s in named if s in staff and staff[s]["active"]), None)


async def _reviewer_faults(
    session: Reads, tenant_id: int, reviewer: int | None
) -> list[ErrorDetail]:
    if reviewer is None:
        return []
    staff = (await facts.staff(session, tenant_id, [reviewer])).get(reviewer)
    if staff is None or not staff["active"]:
        return [{"path": "reviewerStaffId", "message": f"no active Staff with id {reviewer}"}]
    return []


async def detail(session: Reads, tenant_id: int, request_id: int) -> dict[str, Any]:
    """The request with its contacts and items (each with its uploads), and `status` as it
    reads today: OVERDUE while open past its due date."""
    item = await crud.get(session, CLIENT_REQUESTS, tenant_id, request_id)
    rows = await repo.items(session, tenant_id, request_id)
    uploads = await repo.uploads(session, tenant_id, [row["id"] for row in rows])
    contacts = await repo.contacts_asked(session, tenant_id, request_id)
    timezone = (await facts.firm(session, tenant_id))["timezone"]
    return item | {
        "status": status_as_read(item, today_in(timezone)),
        "contacts": [
            {"contactId": c["contact_id"], "email": c["email"], "name": person_name(c)}
            for c in contacts
        ],
        "items": [_item(row, uploads[row["id"]]) for row in rows],
    }


def person_name(row: dict[str, Any]) -> str:
    return " ".join(part for part in (row["first_name"], row["last_name"]) if part)


def _item(row: dict[str, Any], uploads: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "status": row["status"],
        "comment": row["comment"],
        "files": [
            {
                "fileId": u["file_id"],
                "name": u["name"],
                "size": u["size"],
                "contactId": u["contact_id"],
            }
            for u in uploads
        ],
    }


async def _move(
    session: AsyncSession, tenant_id: int, request_id: int, status: str, extra: dict[str, Any]
) -> bool:
    """Set the status (its event is `client_request.<status>`); False when nothing changed."""
    values = {"status": status} | extra
    updated = await crud.apply_update(
        session, CLIENT_REQUESTS, tenant_id, request_id, values, None, operation=status
    )
    return updated.changed


async def _touch(
    session: AsyncSession, tenant_id: int, before: dict[str, Any], now: datetime
) -> None:
    """A new version of the request, with its UPDATE event: its items (their status, comments
    and files) are part of what it reads, though none of its own fields changed."""
    await repo.touch(session, tenant_id, before["id"], now)
    after = await crud.get(session, CLIENT_REQUESTS, tenant_id, before["id"])
    previous = {name: before[name] for name in ("version", "updatedAt")}
    await outbox.record(session, tenant_id, CLIENT_REQUESTS.key, outbox.UPDATE, after, previous)


def portal_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/portal/requests/{token}"


async def send(
    session: AsyncSession, tenant_id: int, request_id: int, *, base_url: str, now: datetime
) -> None:
    """Email each contact a personal portal link; DRAFT (or SENT, with new links) to SENT.
    The contacts are checked again, as at create (400 naming each): one may have lost its
    email or been deactivated since."""
    item = await crud.get(session, CLIENT_REQUESTS, tenant_id, request_id)
    if item["status"] not in ("DRAFT", "SENT"):
        raise refused("INVALID_TRANSITION", f"A request that is {item['status']} is not sent.")
    asked = await repo.contacts_asked(session, tenant_id, request_id)
    contact_ids = [contact["contact_id"] for contact in asked]
    if faults := await _contact_faults(session, tenant_id, item["clientId"], contact_ids):
        raise ValidationFailed("The client request cannot be sent.", faults)
    expires = datetime.combine(date.fromisoformat(item["dueDate"]) + GRACE, now.timetz())
    firm = await facts.firm(session, tenant_id)
    rows = await repo.items(session, tenant_id, request_id)
    for contact in asked:
        token, digest = tokens.new_token()
        await repo.give_token(session, tenant_id, contact["id"], digest, expires)
        subject, text, html = render(
            "client_request",
            firm=firm,
            name=person_name(contact),
            items=[row["title"] for row in rows],
            due=item["dueDate"],
            link=portal_url(base_url, token),
        )
        await _mail(session, tenant_id, request_id, [contact["email"]], subject, text, html)
    await _move(session, tenant_id, request_id, "SENT", {"sentAt": now})


async def _mail(
    session: AsyncSession,
    tenant_id: int,
    request_id: int,
    to: list[str],
    subject: str,
    text: str,
    html: str | None,
) -> None:
    await queue.enqueue(
        session,
        tenant_id,
        to=to,
        subject=subject,
        text=text,
        html=html,
        related_type="client_request",
        related_id=request_id,
    )


async def cancel(session: AsyncSession, tenant_id: int, request_id: int) -> None:
    item = await crud.get(session, CLIENT_REQUESTS, tenant_id, request_id)
    if item["status"] in ("COMPLETED", "CANCELLED"):
        raise refused("INVALID_TRANSITION", f"A request that is {item['status']} is closed.")
    await _move(session, tenant_id, request_id, "CANCELLED", {})


async def review(
    session: AsyncSession,
    tenant_id: int,
    request_id: int,
    item_id: int,
    body: Review,
    now: datetime,
) -> None:
    """Accept an uploaded item, or ask for changes (the contacts are emailed the reason).
    Only an item that NEEDS_REVIEW of an open request is reviewed (409 `INVALID_TRANSITION`):
    a cancelled or completed request is closed to every change."""
    item = await crud.get(session, CLIENT_REQUESTS, tenant_id, request_id)
    if item["status"] not in OPEN:
        raise refused("INVALID_TRANSITION", f"A request that is {item['status']} is closed.")
    rows = {row["id"]: row for row in await repo.items(session, tenant_id, request_id)}
    if item_id not in rows:
        raise ValidationFailed.at("itemId", f"no item {item_id} in client request {request_id}")
    if rows[item_id]["status"] != "NEEDS_REVIEW":
        raise refused("INVALID_TRANSITION", f"Item {item_id} is {rows[item_id]['status']}.")
    accepted = body.decision == "ACCEPT"
    status = "ACCEPTED" if accepted else "CHANGES_REQUESTED"
    values = {"status": status, "comment": body.comment, "reviewed_at": now}
    await repo.save_item(session, tenant_id, item_id, values)
    others = [row for row in rows.values() if row["id"] != item_id]
    if accepted and all(row["status"] == "ACCEPTED" for row in others):
        await _complete(session, tenant_id, item, now)
        return
    if not accepted:
        await _changes_requested(session, tenant_id, request_id, rows[item_id], body.comment or "")
    await _touch(session, tenant_id, item, now)


async def _changes_requested(
    session: AsyncSession, tenant_id: int, request_id: int, row: dict[str, Any], comment: str
) -> None:
    contacts = await repo.contacts_asked(session, tenant_id, request_id)
    # A contact may have lost its email since the request was sent: the others are told.
    emails = [c["email"] for c in contacts if c["email"]]
    if not emails:
        return
    firm = await facts.firm(session, tenant_id)
    subject, text, html = render("client_request_changes", firm=firm, item=row, comment=comment)
    await _mail(session, tenant_id, request_id, emails, subject, text, html)


async def _complete(
    session: AsyncSession, tenant_id: int, item: dict[str, Any], now: datetime
) -> None:
    await _move(session, tenant_id, item["id"], "COMPLETED", {"completedAt": now})
    if item["onCompleteJobStatus"] is not None:
        changes = {"status": item["onCompleteJobStatus"]}
        await crud.apply_update(session, JOBS, tenant_id, item["jobId"], changes, None)


@dataclass(frozen=True)
class Visit:
    tenant_id: int
    contact: dict[str, Any]
    request: dict[str, Any]
    firm: str


async def visit(session: AsyncSession, token: str, now: datetime) -> Visit:
    """The portal link's request; 404 for a token that names none, 410 once it expired or the
    request is closed."""
    contact = await repo.asked_by_token(session, tokens.digest(token))
    if contact is None:
        raise NOT_FOUND
    if contact["token_expires_at"] is None or contact["token_expires_at"] <= now:
        raise PortalError(410, "This link has expired", "Ask the firm for a new link.")
    tenant_id = contact["tenant_id"]
    request = await detail(session, tenant_id, contact["request_id"])
    if request["status"] in ("COMPLETED", "CANCELLED", "DRAFT"):
        raise PortalError(410, "This request is closed", "Nothing more is needed for it.")
    firm = (await facts.firm(session, tenant_id))["name"]
    return Visit(tenant_id, contact, request, firm)


UPLOADABLE = frozenset({"REQUESTED", "CHANGES_REQUESTED", "NEEDS_REVIEW"})


async def upload(
    session: AsyncSession,
    storage: FileStorage,
    token: str,
    item_id: int,
    document: tuple[str, str, bytes],
    now: datetime,
    max_bytes: int,
) -> Visit:
    """Keep an uploaded file for an item (name, content type, bytes); the item NEEDS_REVIEW
    and its reviewer is emailed. An item already accepted takes no more files (409 page); a
    file over `max_bytes` is a 413 page and nothing is kept."""
    found = await visit(session, token, now)
    items = {row["id"]: row for row in found.request["items"]}
    if item_id not in items:
        raise NOT_FOUND
    if items[item_id]["status"] not in UPLOADABLE:
        raise PortalError(409, "Already accepted", "The firm has accepted this item already.")
    if not document[2]:
        raise PortalError(400, "Choose a file", "Choose a file to upload first.")
    arrival = Arrival(found.request, items[item_id], found.contact["contact_id"], document)
    try:
        await receive(session, storage, found.tenant_id, arrival, now, max_bytes)
    except PayloadTooLarge:
        raise too_large(max_bytes) from None
    await _tell_the_reviewer(session, found, items[item_id])
    return await visit(session, token, now)


@dataclass(frozen=True)
class Arrival:
    """A file a contact sent for an item: (name, content type, bytes)."""

    request: dict[str, Any]
    item: dict[str, Any]
    contact_id: int
    document: tuple[str, str, bytes]


async def receive(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    arrival: Arrival,
    now: datetime,
    max_bytes: int | None = None,
) -> None:
    """Keep the file for its item: the item NEEDS_REVIEW, the request IN_PROGRESS. A file
    over `max_bytes` is refused (413, nothing kept): the edge's bound on the whole form
    leaves room for the form around the file, so it cannot be the file's."""
    name, content_type, content = arrival.document
    request_id = arrival.request["id"]
    stored = await files.store_bytes(
        session,
        storage,
        tenant_id,
        content,
        name=name,
        content_type=files.safe_content_type(content_type),
        attachment=files.Attachment("client_request", request_id),
        description=arrival.item["title"],
        limit=max_bytes,
    )
    upload_values = {
        "item_id": arrival.item["id"],
        "file_id": stored["id"],
        "contact_id": arrival.contact_id,
        "uploaded_at": now,
    }
    await repo.add_upload(session, tenant_id, upload_values)
    await repo.save_item(session, tenant_id, arrival.item["id"], {"status": "NEEDS_REVIEW"})
    # `status` reads OVERDUE past the due date: the stored one decides whether this moves it.
    if not await _move(session, tenant_id, request_id, "IN_PROGRESS", {}):
        await _touch(session, tenant_id, arrival.request, now)


async def _tell_the_reviewer(session: AsyncSession, found: Visit, item: dict[str, Any]) -> None:
    reviewer = found.request["reviewerStaffId"]
    if reviewer is None:
        return
    staff = (await facts.staff(session, found.tenant_id, [reviewer])).get(reviewer)
    if staff is None or not staff["email"]:
        return
    subject, text, html = render(
        "client_request_review", request=found.request, item=item, name=person_name(found.contact)
    )
    await _mail(
        session, found.tenant_id, found.request["id"], [staff["email"]], subject, text, html
    )
