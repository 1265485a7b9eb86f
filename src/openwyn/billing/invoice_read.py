"""The API read shape of an invoice (money-work.md §4): the stored row, its lines, the client's
and project's names, and the status as it reads today in the tenant's time zone (OVERDUE is a
POSTED invoice past its due date with something outstanding)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from openwyn.billing import repository as repo
from openwyn.db import Reads
from openwyn.errors import NotFound
from openwyn.kit import sqltypes
from openwyn.kit.json import iso_date, iso_timestamp

_MONEY = (
    "subtotal",
    "tax_amount",
    "total_amount",
    "paid_amount",
    "written_off_amount",
    "outstanding_amount",
)


def utcnow() -> datetime:
    """The clock (tests replace it to move "today")."""
    return sqltypes.utcnow()


def today_in(timezone: str) -> date:
    return utcnow().astimezone(ZoneInfo(timezone)).date()


def status_as_read(row: dict[str, Any], today: date) -> str:
    status: str = row["status"]
    overdue = (
        status == "POSTED"
        and row["due_date"] is not None
        and row["due_date"] < today
        and row["outstanding_amount"] > 0
    )
    return "OVERDUE" if overdue else status


def payment_status(row: dict[str, Any]) -> str:
    if row["status"] in ("POSTED", "PAID", "PENDING") and row["outstanding_amount"] == 0:
        return "PAID"
    return "PARTIALLY_PAID" if row["paid_amount"] > 0 else "UNPAID"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _line(line: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": line["id"],
        "description": line["description"],
        "quantity": line["quantity"].normalize() if line["quantity"] % 1 else int(line["quantity"]),
        "unitPrice": line["unit_price"],
        "amount": line["amount"],
        "taxRate": line["tax_rate"].normalize(),
        "taxAmount": line["tax_amount"],
        "notes": line["notes"],
        "jobId": line["job_id"],
        "wipIds": list(line["wip_ids"] or []),
    }


def _payment(payment: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": payment["id"],
        "amount": payment["amount"],
        "paymentDate": iso_date(payment["payment_date"]),
        "paymentMethod": payment["payment_method"],
        "status": payment["status"],
    }


def serialize(
    row: dict[str, Any],
    lines: list[dict[str, Any]],
    extras: dict[str, Any],
    today: date,
    payments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": row["id"],
        "pmsRef": row["pms_ref"],
        "invoiceNumber": row["invoice_number"],
        "reference": row["reference"],
        "status": status_as_read(row, today),
        "paymentStatus": payment_status(row),
        "clientId": row["client_id"],
        "clientName": extras["clientName"],
        "clientEmail": extras["clientEmail"],
        "projectId": row["project_id"],
        "projectName": extras["projectName"],
        "issueDate": iso_date(row["issue_date"]) if row["issue_date"] else None,
        "dueDate": iso_date(row["due_date"]) if row["due_date"] else None,
    }
    item |= {_camel(name): row[name] for name in _MONEY}
    item |= {
        "currency": row["currency"],
        "lineItems": [_line(line) for line in lines],
        "payments": [_payment(payment) for payment in payments or []],
        "notes": row["notes"],
        "arTranId": row["ar_tran_id"],
        "draftInvoiceId": row["draft_invoice_id"],
        "draftInvoiceSystemRef": row["draft_invoice_system_ref"],
        "postedAt": iso_timestamp(row["posted_at"]) if row["posted_at"] else None,
        "sentAt": iso_timestamp(row["sent_at"]) if row["sent_at"] else None,
        "source": row["source"],
        "createdAt": iso_timestamp(row["created_at"]),
        "updatedAt": iso_timestamp(row["updated_at"]),
        "version": row["version"],
    }
    return item


async def read_invoice(session: Reads, tenant_id: int, invoice_id: int) -> dict[str, Any]:
    """The invoice as the API reads it; 404 for a missing or another tenant's id."""
    row = await repo.invoice_row(session, tenant_id, invoice_id)
    if row is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    lines = await repo.lines_of(session, tenant_id, invoice_id)
    extras = await repo.invoice_extras(session, tenant_id, row)
    settings = await repo.settings(session, tenant_id)
    payments = await repo.payments_of_invoice(session, tenant_id, invoice_id)
    return serialize(row, lines, extras, today_in(settings.timezone), payments)
