"""WIP entries (money-work.md §2): unbilled time, expenses, fixed fees and progress amounts."""

from __future__ import annotations

from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, Batched, RelationDecl, Resource, derived
from openwyn.models import Wip
from openwyn.models.base import table_of
from openwyn.work import derive, rollups
from openwyn.work.inputs import (
    SOURCES,
    WIP_STATUSES,
    WIP_TYPES,
    WipRecordCreate,
    WipRecordUpdate,
)

# The sums every WIP list answers with (`total.aggregate.sum`), over the whole filtered set.
SUMMED = ("value", "outstandingAmount", "billedAmount", "writeOffAmount", "hours")


WIPS = Resource(
    key="wip",
    title="WIP entry",
    table=table_of(Wip),
    rest_plural="wips",
    read_plural="wips",
    read_singular="wip",
    attrs=[
        Attr("type", Kind.ENUM, enum_values=WIP_TYPES, required=True),
        derived("clientId", Kind.INT, references="client"),
        Attr("jobId", Kind.INT, required=True, references="job"),
        Attr("staffId", Kind.INT, references="staff"),
        Attr("loggedDate", Kind.DATE, required=True),
        Attr("hours", Kind.DECIMAL),
        Attr("rate", Kind.DECIMAL, input_type=inputs.Rate),
        derived("value", Kind.DECIMAL),
        derived("currency", Kind.STR),
        Attr("billable", Kind.BOOL),
        Attr("approved", Kind.BOOL),
        Attr("notes", Kind.STR, sortable=False),
        Attr("taskCode", Kind.STR),
        Attr("serviceLineId", Kind.INT, references="service_line"),
        Attr("receiptFileId", Kind.INT),
        Attr("billedAmount", Kind.DECIMAL),
        Attr("writeOffAmount", Kind.DECIMAL),
        Attr("writeOffReason", Kind.STR, sortable=False),
        derived("outstandingAmount", Kind.DECIMAL),
        Attr("status", Kind.ENUM, enum_values=WIP_STATUSES),
        derived("draftInvoiceId", Kind.INT),
        derived("invoiceId", Kind.INT),
        derived("source", Kind.ENUM, enum_values=SOURCES),
    ],
    default_order=[("loggedDate", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("job", target="job", local="job_id", remote="id", many=False),
        RelationDecl("staff", target="staff", local="staff_id", remote="id", many=False),
        RelationDecl("project", target="project", local="job_id", remote="id", many=False),
    ],
    has_active=False,
    write_models=(WipRecordCreate, WipRecordUpdate),
    prepare=derive.prepare,
    written=rollups.wip_written,
    batched=Batched(derive.prepare_batch, rollups.wips_written),
)
