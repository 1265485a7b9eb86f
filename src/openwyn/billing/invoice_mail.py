"""An invoice as a stored PDF, and sent to the client by email (money-work.md §4, §9).

The PDF of an invoice is stored as a file attached to it (records-events §2) and reused while
the invoice's `version` is the one it was rendered at; any change of the invoice (an edited
DRAFT, posting, a payment, a void) renders it again on the next request. Earlier PDFs stay
stored, as records of what was shown or sent. The firm on the PDF is the tenant's name.

Sending queues one message through the outbound mail queue in the caller's transaction, with
the PDF attached and a pay link, then marks the invoice sent (`sentAt`, `invoice.SENT`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import invoice_service
from openwyn.billing import repository as repo
from openwyn.billing.invoice_read import read_invoice
from openwyn.billing.pdf import money, store_invoice_pdf
from openwyn.errors import NotFound, ValidationFailed, refused
from openwyn.files import service as files
from openwyn.files.storage import FileStorage
from openwyn.mail import queue
from openwyn.mail.templates import render


@dataclass(frozen=True)
class StoredPdf:
    """The stored PDF of an invoice: its file id, content hash and size."""

    file_id: int
    sha256: str
    size: int
    filename: str


def pay_url(base_url: str, invoice_id: int) -> str:
    """Where the client pays the invoice: the portal's page for it under `base_url`."""
    return f"{base_url.rstrip('/')}/portal/pay/{invoice_id}"


async def firm_of(session: AsyncSession, tenant_id: int) -> dict[str, Any]:
    """The firm printed on invoices and named in their emails: the tenant's name."""
    return {"name": await repo.tenant_name(session, tenant_id)}


async def _kept(
    session: AsyncSession, storage: FileStorage, tenant_id: int, row: dict[str, Any]
) -> StoredPdf | None:
    """The PDF stored at the invoice's current version, if it is still there."""
    file_id = row["pdf_file_id"]
    if file_id is None or row["pdf_version"] != row["version"]:
        return None
    try:
        found = await files.row(session, tenant_id, file_id)
    except NotFound:
        return None
    if not await storage.exists(tenant_id, found.sha256):
        return None
    return StoredPdf(file_id, found.sha256, found.size, found.name)


async def invoice_pdf(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    invoice_id: int,
    *,
    base_url: str,
) -> StoredPdf:
    """The invoice's PDF: the stored one while the invoice is unchanged, else rendered (with
    its pay link under `base_url`), stored and remembered. 404 NotFound for another tenant's
    or a missing invoice. Locks the invoice row, so concurrent requests render it once."""
    row = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if row is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    kept = await _kept(session, storage, tenant_id, row)
    if kept is not None:
        return kept
    invoice = await read_invoice(session, tenant_id, invoice_id)
    firm = await firm_of(session, tenant_id)
    link = pay_url(base_url, invoice_id)
    file_id = await store_invoice_pdf(session, tenant_id, invoice, firm, link, storage=storage)
    await repo.save_invoice_pdf(session, tenant_id, invoice_id, file_id, row["version"])
    found = await files.row(session, tenant_id, file_id)
    return StoredPdf(file_id, found.sha256, found.size, found.name)


async def send_invoice(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    invoice_id: int,
    *,
    to: list[str] | None,
    message: str | None,
    base_url: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Queue the invoice's email (the PDF attached, a pay link under `base_url`) to `to`, or
    without it to the client's active contacts that receive invoice emails; mark it sent.

    409 `INVOICE_NOT_POSTED` for a DRAFT, `INVOICE_CANCELLED`; 400 at `to` when nobody would
    receive it (or at `to[i]` for a bad address). Returns (the invoice, the queued message)."""
    row = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if row is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    if row["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if row["status"] == "DRAFT":
        raise refused("INVOICE_NOT_POSTED", f"Invoice {invoice_id} is not posted.")
    recipients = list(to) if to else await repo.invoice_emails(session, tenant_id, row["client_id"])
    if not recipients:
        raise ValidationFailed.at(
            "to",
            "give the recipients: the client has no active contact with an email that "
            "receives invoice emails",
        )
    pdf = await invoice_pdf(session, storage, tenant_id, invoice_id, base_url=base_url)
    invoice = await read_invoice(session, tenant_id, invoice_id)
    firm = await firm_of(session, tenant_id)
    link = pay_url(base_url, invoice_id)
    subject, text, html = render(
        "invoice",
        invoice=invoice,
        firm=firm,
        amount=money(invoice["totalAmount"], invoice["currency"]),
        pay_url=link,
        message=message,
    )
    queued = await queue.enqueue(
        session,
        tenant_id,
        to=recipients,
        subject=subject,
        text=text,
        html=html,
        attachments=[(pdf.file_id, pdf.filename)],
        related_type="invoice",
        related_id=invoice_id,
    )
    sent = await invoice_service.mark_sent(session, tenant_id, invoice_id)
    # Being sent changes nothing the PDF shows: it stays the invoice's current PDF.
    await repo.save_invoice_pdf(session, tenant_id, invoice_id, pdf.file_id, sent["version"])
    return sent, queued
