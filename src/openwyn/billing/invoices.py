"""The invoice and AR transaction resources: their fields, filters and relations, read by the
generic machinery (lists, searches, `where`). Writes go through `invoice_service` and `ledger`
only, so both are read-only to the generic routes and the Records API for now."""

from __future__ import annotations

from openwyn.billing import repository as repo
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import Invoice
from openwyn.models.base import table_of

INVOICE_STATUSES = ("DRAFT", "POSTED", "PAID", "OVERDUE", "PENDING", "CANCELLED")
PAYMENT_STATUSES = ("UNPAID", "PARTIALLY_PAID", "PAID")
SOURCES = ("PMS", "OPENWYN")
KINDS = ("INVOICE", "PAYMENT", "REFUND", "CREDIT_MEMO", "WRITE_OFF", "REVERSAL")


def _derived(name: str, kind: Kind, **options: object) -> Attr:
    return Attr(name, kind, writable=False, **options)  # type: ignore[arg-type]


INVOICES = Resource(
    key="invoice",
    title="Invoice",
    table=table_of(Invoice),
    rest_plural="invoices",
    read_plural="invoices",
    read_singular="invoice",
    attrs=[
        _derived("invoiceNumber", Kind.STR),
        _derived("reference", Kind.STR),
        _derived("status", Kind.ENUM, enum_values=INVOICE_STATUSES),
        _derived("clientId", Kind.INT, references="client"),
        _derived("projectId", Kind.INT, references="job"),
        _derived("issueDate", Kind.DATE),
        _derived("dueDate", Kind.DATE),
        _derived("subtotal", Kind.DECIMAL),
        _derived("taxAmount", Kind.DECIMAL),
        _derived("totalAmount", Kind.DECIMAL),
        _derived("currency", Kind.STR),
        _derived("paidAmount", Kind.DECIMAL),
        _derived("writtenOffAmount", Kind.DECIMAL),
        _derived("outstandingAmount", Kind.DECIMAL),
        _derived("notes", Kind.STR, sortable=False),
        _derived("arTranId", Kind.STR),
        _derived("draftInvoiceId", Kind.INT),
        _derived("draftInvoiceSystemRef", Kind.STR),
        _derived("postedAt", Kind.DATETIME),
        _derived("sentAt", Kind.DATETIME),
        _derived("source", Kind.ENUM, enum_values=SOURCES),
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
        _derived("arTranId", Kind.STR),
        _derived("kind", Kind.ENUM, enum_values=KINDS),
        _derived("amount", Kind.DECIMAL),
        _derived("currency", Kind.STR),
        _derived("clientId", Kind.INT, references="client"),
        _derived("invoiceId", Kind.INT, references="invoice"),
        _derived("paymentId", Kind.INT),
        _derived("creditId", Kind.STR),
        _derived("reversesArTranId", Kind.STR),
        _derived("memo", Kind.STR, sortable=False),
        _derived("postedAt", Kind.DATETIME),
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
