"""The payment resource: its fields, filters and relations for the generic read machinery
(lists, searches, `where`), and its catalog events. Writes go through payments/service.py
only, so it is read-only to the generic routes (the Records API type `payment` is written
through the service too: payments/records.py)."""

from __future__ import annotations

from openwyn.kit.query import Kind
from openwyn.kit.resource import RelationDecl, Resource, derived
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


PAYMENTS = Resource(
    key="payment",
    title="Payment",
    table=table_of(Payment),
    rest_plural="payments",
    read_plural="payments",
    read_singular="payment",
    attrs=[
        derived("clientId", Kind.INT, references="client"),
        derived("amount", Kind.DECIMAL),
        derived("currency", Kind.STR),
        derived("paymentMethod", Kind.ENUM, enum_values=METHODS),
        derived("status", Kind.ENUM, enum_values=STATUSES),
        derived("paymentDate", Kind.DATE),
        derived("confirmationDate", Kind.DATE),
        derived("cardLastFour", Kind.STR),
        derived("cardType", Kind.STR),
        derived("processor", Kind.STR),
        derived("processorReference", Kind.STR),
        derived("feeAmount", Kind.DECIMAL),
        derived("surchargeAmount", Kind.DECIMAL),
        derived("netAmount", Kind.DECIMAL),
        derived("reference", Kind.STR),
        derived("failureCode", Kind.STR),
        derived("refundReason", Kind.STR, sortable=False),
        derived("refundedAt", Kind.DATETIME),
        derived("arTranId", Kind.STR),
        derived("source", Kind.ENUM, enum_values=SOURCES),
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
