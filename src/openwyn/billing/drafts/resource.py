"""Draft bills and their history as declared resources (money-work.md §3).

`draft_invoice` is a standard type: the read family, events and catalog entries, and the
Records API (a PMS upserts its drafts by systemRef; lines are not part of that path). Its
history is read through its own routes (the collection `draftInvoices`), so that resource is
kept out of the registry: it is no Records API type and writes no events of its own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing.drafts import repository as repo
from openwyn.kit.money import ZERO
from openwyn.kit.query import Kind
from openwyn.kit.resource import REGISTRY, SEARCH_ONLY, Attr, RelationDecl, Resource, derived
from openwyn.models import DraftInvoice, DraftInvoiceHistory
from openwyn.models.base import table_of
from openwyn.web import outbox

STATUSES = (
    "IN_PROGRESS",
    "UNDER_REVIEW",
    "PENDING_APPROVAL",
    "APPROVED",
    "FINALIZED",
    "ABANDONED",
)
REVIEW_STATUSES = ("NOT_SUBMITTED", "PENDING_REVIEW", "REVIEWED", "CHANGES_REQUESTED", "APPROVED")
BILL_TYPES = ("WIP", "PROGRESS", "ADVANCED")
GROUPINGS = ("JOB", "STAFF", "TASK", "SERVICE_LINE", "NONE")
SOURCES = ("PMS", "OPENWYN")
ACTIVITIES = (
    "DRAFT_INVOICE_CREATED",
    "DRAFT_INVOICE_SUBMITTED",
    "DRAFT_INVOICE_REVIEWED",
    "DRAFT_INVOICE_CHANGES_REQUESTED",
    "DRAFT_INVOICE_APPROVED",
    "DRAFT_INVOICE_FINALIZED",
    "DRAFT_INVOICE_ABANDONED",
    "DRAFT_INVOICE_RECONCILED",
)
CURRENCY = "USD"  # the tenant's currency setting arrives with the ledger


def _staff(name: str) -> Attr:
    return Attr(name, Kind.INT, references="staff")


async def _prepare(
    session: AsyncSession, tenant_id: int, values: dict[str, Any], before: dict[str, Any] | None
) -> dict[str, Any]:
    """Fill what a draft from a PMS does not send: its number, defaults, the client's name."""
    prepared = dict(values)
    if before is None:
        if "draftNumber" not in prepared:
            prepared["draftNumber"] = await repo.next_draft_number(session, tenant_id)
        defaults = {
            "status": "IN_PROGRESS",
            "reviewStatus": "NOT_SUBMITTED",
            "billType": "WIP",
            "groupBy": "JOB",
            "subtotal": ZERO,
            "taxAmount": ZERO,
            "totalAmount": ZERO,
            "currency": CURRENCY,
            "source": "PMS",
        }
        for name, value in defaults.items():
            if prepared.get(name) is None:
                prepared[name] = value
    if "clientId" in prepared and "clientName" not in prepared:
        client_id = prepared["clientId"]
        prepared["clientName"] = (
            None if client_id is None else await repo.client_name(session, tenant_id, client_id)
        )
    return prepared


_STATUS_EVENTS = {
    "IN_PROGRESS": "A draft bill went back to IN_PROGRESS (changes requested).",
    "UNDER_REVIEW": "A draft bill was submitted for review.",
    "PENDING_APPROVAL": "A draft bill awaits approval (reviewed, or submitted without a reviewer).",
    "APPROVED": "A draft bill was approved.",
    "FINALIZED": "A draft bill was finalized: its invoice is posted (or a PMS invoice reconciled).",
    "ABANDONED": "A draft bill was abandoned: its WIP is OPEN again.",
}
assert set(_STATUS_EVENTS) == set(STATUSES)


async def _written(
    session: AsyncSession,
    tenant_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """`draft_invoice.<status>` on every transition, by a workflow action or a PMS record (a
    new draft's status is in its CREATE event)."""
    if before is not None and after is not None and before["status"] != after["status"]:
        await outbox.record(session, tenant_id, "draft_invoice", after["status"], after)


DRAFTS = Resource(
    key="draft_invoice",
    title="Draft invoice",
    table=table_of(DraftInvoice),
    rest_plural="draft-invoices",
    read_plural="draft_invoices",
    read_singular="draft_invoice",
    attrs=[
        derived("draftNumber", Kind.STR),
        Attr("status", Kind.ENUM, enum_values=STATUSES),
        Attr("reviewStatus", Kind.ENUM, enum_values=REVIEW_STATUSES),
        Attr("clientId", Kind.INT, required=True, references="client"),
        derived("clientName", Kind.STR),
        Attr("projectId", Kind.INT, references="job"),
        Attr("billType", Kind.ENUM, enum_values=BILL_TYPES),
        Attr("groupBy", Kind.ENUM, enum_values=GROUPINGS),
        Attr("subtotal", Kind.DECIMAL),
        Attr("taxAmount", Kind.DECIMAL),
        Attr("totalAmount", Kind.DECIMAL),
        derived("currency", Kind.STR),
        _staff("billerStaffId"),
        _staff("reviewerStaffId"),
        _staff("approverStaffId"),
        _staff("senderStaffId"),
        Attr("approvedAt", Kind.DATETIME),
        _staff("approvedByStaffId"),
        Attr("invoiceId", Kind.INT),
        Attr("arTranId", Kind.STR),
        Attr("notes", Kind.STR, sortable=False),
        Attr("pmsInvoiceNumber", Kind.STR),
        derived("source", Kind.ENUM, enum_values=SOURCES),
    ],
    default_order=[("updatedAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("project", target="project", local="project_id", remote="id", many=False),
        RelationDecl("job", target="job", local="project_id", remote="id", many=False),
        RelationDecl("biller", target="staff", local="biller_staff_id", remote="id", many=False),
        RelationDecl(
            "reviewer", target="staff", local="reviewer_staff_id", remote="id", many=False
        ),
        RelationDecl(
            "approver", target="staff", local="approver_staff_id", remote="id", many=False
        ),
        RelationDecl("sender", target="staff", local="sender_staff_id", remote="id", many=False),
        RelationDecl("wips", target="wip", local="id", remote="draft_invoice_id", many=True),
    ],
    has_active=False,
    prepare=_prepare,
    written=_written,
    events=(
        ("CREATE", "A draft bill was created (from WIP, progress lines, or a PMS record)."),
        ("UPDATE", "A draft bill changed: `previous` holds the fields before the change."),
        ("DELETE", "A draft bill was deleted for good (a PMS record's delete)."),
        *_STATUS_EVENTS.items(),
    ),
)

HISTORIES = Resource(
    key="draft_invoice_history",
    title="Draft invoice history",
    table=table_of(DraftInvoiceHistory),
    rest_plural="draft-invoice-histories",
    read_plural="draft_invoice_histories",
    read_singular="draft_invoice_history",
    attrs=[
        derived("draftInvoiceId", Kind.INT),
        derived("clientId", Kind.INT),
        derived("invoiceId", Kind.INT),
        derived("jobId", Kind.INT),
        derived("activityType", Kind.ENUM, enum_values=ACTIVITIES),
        derived("actorStaffId", Kind.INT),
        derived("comment", Kind.STR, sortable=False),
        derived("active", Kind.BOOL),
    ],
    # Newest first; rows of one action share their millisecond (FINALIZED, then RECONCILED),
    # so the later-written one still leads.
    default_order=[("createdAt", "desc"), ("id", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl(
            "draftInvoice",
            target="draft_invoice",
            local="draft_invoice_id",
            remote="id",
            many=False,
        ),
        RelationDecl("actor", target="staff", local="actor_staff_id", remote="id", many=False),
    ],
    has_active=False,
    from_pms=False,
    read_only=True,
)
# Read through its own routes only (see the module's docstring).
SEARCH_ONLY[HISTORIES.key] = REGISTRY.pop(HISTORIES.key)
