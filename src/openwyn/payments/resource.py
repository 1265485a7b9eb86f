"""The payment resource: its fields, filters and relations for the generic read machinery
(lists, searches, `where`), and its catalog events. Writes go through payments/service.py
only, so it is read-only to the generic routes (the Records API type `payment` is written
through the service too: payments/records.py)."""

from __future__ import annotations

from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import Payment
from openwyn.models.base import table_of

METHODS = (
    "CREDIT_CARD",
    "DEBIT_CARD",
    "ACH",
    "BANK_TRANSFER",
    "CHECK",
    "WIRE",
    "PAYPAL",
    "APPLE_PAY",
    "GOOGLE_PAY",
)
# Recorded as they come, CONFIRMED at once; the rest go through the processor.
OFFLINE_METHODS = ("CHECK", "WIRE", "BANK_TRANSFER")
STATUSES = ("PENDING", "CONFIRMED", "FAILED", "REFUNDED", "DISPUTED")
SOURCES = ("PMS", "OPENWYN")


def _derived(name: str, kind: Kind, **options: object) -> Attr:
    return Attr(name, kind, writable=False, **options)  # type: ignore[arg-type]


PAYMENTS = Resource(
    key="payment",
    title="Payment",
    table=table_of(Payment),
    rest_plural="payments",
    read_plural="payments",
    read_singular="payment",
    attrs=[
        _derived("clientId", Kind.INT, references="client"),
        _derived("amount", Kind.DECIMAL),
        _derived("currency", Kind.STR),
        _derived("paymentMethod", Kind.ENUM, enum_values=METHODS),
        _derived("status", Kind.ENUM, enum_values=STATUSES),
        _derived("paymentDate", Kind.DATE),
        _derived("confirmationDate", Kind.DATE),
        _derived("cardLastFour", Kind.STR),
        _derived("cardType", Kind.STR),
        _derived("processor", Kind.STR),
        _derived("processorReference", Kind.STR),
        _derived("feeAmount", Kind.DECIMAL),
        _derived("surchargeAmount", Kind.DECIMAL),
        _derived("netAmount", Kind.DECIMAL),
        _derived("reference", Kind.STR),
        _derived("failureCode", Kind.STR),
        _derived("refundReason", Kind.STR, sortable=False),
        _derived("refundedAt", Kind.DATETIME),
        _derived("arTranId", Kind.STR),
        _derived("source", Kind.ENUM, enum_values=SOURCES),
    ],
    default_order=[("paymentDate", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
    ],
    has_active=False,
    read_only=True,
    events=(
        ("CREATE", "A payment was recorded (CONFIRMED, or PENDING while an ACH debit settles)."),
        ("UPDATE", "A payment changed: `previous` holds the fields before the change."),
        ("CONFIRMED", "A payment was confirmed: at once, or when its ACH debit settled."),
        ("FAILED", "A pending payment failed to settle: its ledger row was reversed."),
        ("REFUNDED", "A payment was refunded: a REFUND ledger row; its invoices reopened."),
        ("DISPUTED", "A payment was disputed: as a refund in the ledger."),
    ),
)
