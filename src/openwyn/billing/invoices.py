"""The invoice and AR transaction resources: their fields, filters and relations, read by the
generic machinery (lists, searches, `where`). Writes go through `invoice_service` and `ledger`
only, so both are read-only to the generic routes and the Records API for now."""

from __future__ import annotations

from openwyn.billing import repository as repo
from openwyn.kit.query import Kind
from openwyn.kit.resource import RelationDecl, Resource, derived
from openwyn.models import Invoice
from openwyn.models.base import table_of

INVOICE_STATUSES = ("DRAFT", "POSTED", "PAID", "OVERDUE", "PENDING", "CANCELLED")
PAYMENT_STATUSES = ("UNPAID", "PARTIALLY_PAID", "PAID")
SOURCES = ("PMS", "OPENWYN")
KINDS = ("INVOICE", "PAYMENT", "REFUND", "CREDIT_MEMO", "WRITE_OFF", "REVERSAL")


INVOICES = Resource(
    key="invoice",
    title="Invoice",
    table=table_of(Invoice),
    rest_plural="invoices",
    read_plural="invoices",
    read_singular="invoice",
    attrs=[
        derived("invoiceNumber", Kind.STR),
        derived("reference", Kind.STR),
        derived("status", Kind.ENUM, enum_values=INVOICE_STATUSES),
        derived("clientId", Kind.INT, references="client"),
        derived("projectId", Kind.INT, references="job"),
        derived("issueDate", Kind.DATE),
        derived("dueDate", Kind.DATE),
        derived("subtotal", Kind.DECIMAL),
        derived("taxAmount", Kind.DECIMAL),
        derived("totalAmount", Kind.DECIMAL),
        derived("currency", Kind.STR),
        derived("paidAmount", Kind.DECIMAL),
        derived("writtenOffAmount", Kind.DECIMAL),
        derived("outstandingAmount", Kind.DECIMAL),
        derived("notes", Kind.STR, sortable=False),
        derived("arTranId", Kind.STR),
        derived("draftInvoiceId", Kind.INT),
        derived("draftInvoiceSystemRef", Kind.STR),
        derived("postedAt", Kind.DATETIME),
        derived("sentAt", Kind.DATETIME),
        derived("source", Kind.ENUM, enum_values=SOURCES),
    ],
    default_order=[("issueDate", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("project", target="project", local="project_id", remote="id", many=False),
    ],
    has_active=False,
    read_only=True,
    events=(
        ("CREATE", "An invoice was created (a DRAFT, or POSTED at once by a draft bill)."),
        ("UPDATE", "An invoice changed: `previous` holds the fields before the change."),
        ("DELETE", "An invoice was deleted for good: `data` is its last state."),
        ("POSTED", "An invoice was posted: numbered, its INVOICE ledger row written."),
        ("PAID", "An invoice's outstanding amount reached zero."),
        ("CANCELLED", "An invoice was voided: its ledger row reversed, its WIP reopened."),
        ("SENT", "An invoice was sent to the client."),
    ),
)


AR_TRANSACTIONS = Resource(
    key="ar_transaction",
    title="AR transaction",
    table=repo.ledger_view(),
    rest_plural="ar-transactions",
    read_plural="ar_transactions",
    read_singular="ar_transaction",
    attrs=[
        derived("arTranId", Kind.STR),
        derived("kind", Kind.ENUM, enum_values=KINDS),
        derived("amount", Kind.DECIMAL),
        derived("currency", Kind.STR),
        derived("clientId", Kind.INT, references="client"),
        derived("invoiceId", Kind.INT, references="invoice"),
        derived("paymentId", Kind.INT),
        derived("creditId", Kind.STR),
        derived("reversesArTranId", Kind.STR),
        derived("memo", Kind.STR, sortable=False),
        derived("postedAt", Kind.DATETIME),
    ],
    default_order=[("postedAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("invoice", target="invoice", local="invoice_id", remote="id", many=False),
    ],
    has_active=False,
    read_only=True,
    events=(("CREATE", "A row was appended to the AR ledger (rows never change)."),),
)
