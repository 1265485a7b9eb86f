"""Deliverables (money-work.md §8): a firm releases files to a client's contacts through the
portal (`/portal/deliverables/{token}`, emailed when the deliverable is made). `IMMEDIATE`
files download at once; `ON_PAYMENT` files only once the client's invoices (of the job, when it
names one) are paid, and the page offers to pay them through the processor first. Every
download is logged and writes `deliverable.DOWNLOADED`; the condition is checked on each
download, so no link reaches a file before it is released.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import Settings
from openwyn.db import Reads
from openwyn.engagements import repository as facts
from openwyn.errors import ErrorDetail, ValidationFailed
from openwyn.kit.json import iso_timestamp
from openwyn.kit.money import ZERO
from openwyn.lastmile import repository as repo
from openwyn.lastmile.deliverables_resource import DELIVERABLES
from openwyn.lastmile.requests import person_name
from openwyn.mail import queue
from openwyn.mail.templates import render
from openwyn.payments.service import PaymentRequest
from openwyn.portal import tokens
from openwyn.portal.pages import NOT_FOUND, PortalError
from openwyn.portal.payments import pay_on_page
from openwyn.web import outbox
from openwyn.web import service as crud

# How long a deliverable's link works.
LINK_DAYS = 90


@dataclass(frozen=True)
class NewDeliverable:
    client_id: int
    job_id: int | None
    file_ids: list[int]
    title: str
    release: str


async def create(
    session: AsyncSession,
    tenant_id: int,
    new: NewDeliverable,
    *,
    base_url: str,
    now: datetime,
    pms_ref: str | None = None,
) -> dict[str, Any]:
    """The deliverable, and an email with a personal portal link to each of the client's
    contacts with an email (400 when there is none, or for a file, job or client that is not
    the tenant's, or a client that is inactive)."""
    contacts = await _check(session, tenant_id, new)
    values = {
        "clientId": new.client_id,
        "jobId": new.job_id,
        "title": new.title,
        "release": new.release,
    }
    if pms_ref is not None:
        values["pmsRef"] = pms_ref
    item = await crud.create(session, DELIVERABLES, tenant_id, values)
    expires = now + timedelta(days=LINK_DAYS)
    recipients, links = [], []
    for contact in contacts:
        token, digest = tokens.new_token()
        recipients.append(
            {"contact_id": contact["id"], "token_hash": digest, "token_expires_at": expires}
        )
        links.append((contact, f"{base_url.rstrip('/')}/portal/deliverables/{token}"))
    await repo.insert_deliverable_parts(session, tenant_id, item["id"], new.file_ids, recipients)
    firm = await facts.firm(session, tenant_id)
    for contact, link in links:
        subject, text, html = render(
            "deliverable", firm=firm, title=new.title, name=person_name(contact), link=link
        )
        await queue.enqueue(
            session,
            tenant_id,
            to=[contact["email"]],
            subject=subject,
            text=text,
            html=html,
            related_type="deliverable",
            related_id=item["id"],
        )
    return item


async def _check(
    session: AsyncSession, tenant_id: int, new: NewDeliverable
) -> list[dict[str, Any]]:
    faults: list[ErrorDetail] = []
    client = (await facts.clients(session, tenant_id, [new.client_id])).get(new.client_id)
    if client is None or not client["active"]:
        faults.append({"path": "clientId", "message": f"no active Client with id {new.client_id}"})
    if new.job_id is not None:
        job = (await facts.jobs(session, tenant_id, [new.job_id])).get(new.job_id)
        if job is None or job["client_id"] != new.client_id:
            faults.append(
                {"path": "jobId", "message": f"no Job of the client with id {new.job_id}"}
            )
    found = await repo.file_rows(session, tenant_id, new.file_ids)
    for index, file_id in enumerate(new.file_ids):
        if file_id not in found:
            faults.append({"path": f"fileIds[{index}]", "message": f"no File with id {file_id}"})
    contacts = await repo.emailed_contacts(session, tenant_id, new.client_id)
    if not contacts and not faults:
        message = "the client has no active contact with an email to send the link to"
        faults.append({"path": "clientId", "message": message})
    if faults:
        raise ValidationFailed("The deliverable is not valid.", faults)
    return contacts


async def unpaid(session: Reads, tenant_id: int, item: dict[str, Any]) -> list[dict[str, Any]]:
    """The invoices an ON_PAYMENT deliverable waits on (none for IMMEDIATE)."""
    if item["release"] == "IMMEDIATE":
        return []
    return await repo.unpaid_invoices(session, tenant_id, item["clientId"], item["jobId"])


async def detail(session: Reads, tenant_id: int, deliverable_id: int) -> dict[str, Any]:
    item = await crud.get(session, DELIVERABLES, tenant_id, deliverable_id)
    waiting = await unpaid(session, tenant_id, item)
    files = await repo.files_of(session, tenant_id, deliverable_id)
    return item | {
        "released": not waiting,
        "files": [{"fileId": f["id"], "name": f["name"], "size": f["size"]} for f in files],
        "waitingOnInvoiceIds": [invoice["id"] for invoice in waiting],
        "downloads": [
            {
                "fileId": d["file_id"],
                "contactId": d["contact_id"],
                "downloadedAt": iso_timestamp(d["downloaded_at"]),
                "ip": d["ip"],
            }
            for d in await repo.downloads(session, tenant_id, deliverable_id)
        ],
    }


@dataclass(frozen=True)
class Visit:
    tenant_id: int
    recipient: dict[str, Any]
    deliverable: dict[str, Any]
    files: list[dict[str, Any]]
    waiting: list[dict[str, Any]]
    firm: str

    @property
    def payable(self) -> list[dict[str, Any]]:
        """The invoices waited on that have money outstanding: a payment still settling
        covers the rest, which is not asked for twice."""
        return [invoice for invoice in self.waiting if invoice["outstanding_amount"] > 0]

    @property
    def due(self) -> Decimal:
        return sum((invoice["outstanding_amount"] for invoice in self.payable), ZERO)

    @property
    def settling(self) -> bool:
        """Whether a payment still settles an invoice waited on (its files stay locked until
        the invoice is PAID)."""
        return any(invoice["status"] == "PENDING" for invoice in self.waiting)


async def visit(session: AsyncSession, token: str, now: datetime) -> Visit:
    recipient = await repo.recipient_by_token(session, tokens.digest(token))
    if recipient is None:
        raise NOT_FOUND
    if recipient["token_expires_at"] <= now:
        raise PortalError(410, "This link has expired", "Ask the firm for a new link.")
    tenant_id = recipient["tenant_id"]
    item = await crud.get(session, DELIVERABLES, tenant_id, recipient["deliverable_id"])
    return Visit(
        tenant_id,
        recipient,
        item,
        await repo.files_of(session, tenant_id, item["id"]),
        await unpaid(session, tenant_id, item),
        (await facts.firm(session, tenant_id))["name"],
    )


async def pay(
    session: AsyncSession,
    token: str,
    payment_token: str,
    settings: Settings,
    now: datetime,
    shown_due: str = "",
) -> Visit:
    """Pay what is outstanding on the invoices the deliverable waits on, with one card
    payment through the processor (a decline is a 402 page that records nothing). With
    nothing outstanding it is a 409 page and the processor is not asked. `shown_due` is the
    amount the page showed (its form sends it): when what is due has changed since (an
    invoice posted or paid meanwhile) it is a 409 page showing the new amount, and nothing is
    charged that the visitor did not see."""
    found = await visit(session, token, now)
    if not found.payable:
        raise PortalError(409, "Nothing to pay", _nothing_to_pay(found))
    if shown_due and _amount(shown_due) != found.due:
        message = "The amount due has changed since the page was shown. Check it and pay again."
        raise PortalError(409, "The amount due changed", message)
    if not payment_token.strip():
        raise PortalError(400, "Payment needed", "Enter your card's payment token to pay.")
    request = PaymentRequest(
        client_id=found.deliverable["clientId"],
        amount=found.due,
        method="CREDIT_CARD",
        allocations=[(i["id"], i["outstanding_amount"]) for i in found.payable],
        token=payment_token.strip(),
        reference=f"Deliverable {found.deliverable['id']}",
        apply_credit=False,
    )
    await pay_on_page(session, found.tenant_id, request, settings)
    return await visit(session, token, now)


def _amount(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


def _nothing_to_pay(found: Visit) -> str:
    if not found.waiting:
        return "Nothing is due: your files are released."
    return (
        "Nothing is left to pay: a payment is settling, and your files are released once it clears."
    )


async def download(
    session: AsyncSession, token: str, file_id: int, ip: str, now: datetime
) -> tuple[Visit, dict[str, Any]]:
    """The file to stream, once the deliverable is released (403 page before), the download
    logged with its event."""
    found = await visit(session, token, now)
    file = next((f for f in found.files if f["id"] == file_id), None)
    if file is None:
        raise NOT_FOUND
    if found.waiting:
        raise PortalError(
            403, "Not released yet", "These files are released once the invoices are paid."
        )
    values = {
        "deliverable_id": found.deliverable["id"],
        "file_id": file_id,
        "contact_id": found.recipient["contact_id"],
        "downloaded_at": now,
        "ip": ip[:64],
    }
    await repo.log_download(session, found.tenant_id, values)
    event = found.deliverable | {
        "download": {
            "fileId": file_id,
            "contactId": found.recipient["contact_id"],
            "downloadedAt": iso_timestamp(now),
        }
    }
    await outbox.record(session, found.tenant_id, DELIVERABLES.key, "DOWNLOADED", event)
    return found, file
