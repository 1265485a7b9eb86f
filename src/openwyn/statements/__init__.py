"""Statements and statement runs (money-work.md §6): a client's statement as of a date, and
the worker's daily runs that send them. `STATEMENTS` is the statement rows' read family and
their catalog entries (`statement.SENT`)."""

from __future__ import annotations

from openwyn.kit.query import Kind
from openwyn.kit.resource import RelationDecl, Resource, derived
from openwyn.models import Statement
from openwyn.models.base import table_of

STATUSES = ("QUEUED", "SKIPPED", "SENT", "PENDING_REVIEW")


STATEMENTS = Resource(
    key="statement",
    title="Statement",
    table=table_of(Statement),
    rest_plural="statements",
    read_plural="statements",
    read_singular="statement",
    attrs=[
        derived("runId", Kind.INT),
        derived("clientId", Kind.INT, references="client"),
        derived("asOf", Kind.DATE),
        derived("status", Kind.ENUM, enum_values=STATUSES),
        derived("totalDue", Kind.DECIMAL),
        derived("triggerDays", Kind.INT),
        derived("skipReason", Kind.STR),
        derived("messageId", Kind.INT),
        derived("sentAt", Kind.DATETIME),
    ],
    default_order=[("id", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
    ],
    has_active=False,
    from_pms=False,
    read_only=True,
    events=(
        ("CREATE", "A statement run made a statement for a client."),
        ("UPDATE", "A statement changed (skipped): `previous` holds the fields before."),
        ("SENT", "A statement was emailed to the client's contacts (queued for sending)."),
    ),
)

__all__ = ["STATEMENTS", "STATUSES"]
