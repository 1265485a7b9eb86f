"""The client request resource: its read family (`/gql/v1/client_requests`, search, get) and
catalog events. Requests are made and moved by lastmile/requests.py only."""

from __future__ import annotations

from openwyn.directory.jobs import JOB_STATUSES
from openwyn.kit.query import Kind
from openwyn.kit.resource import RelationDecl, Resource, derived
from openwyn.models import ClientRequest
from openwyn.models.base import table_of

REQUEST_STATUSES = ("DRAFT", "SENT", "IN_PROGRESS", "COMPLETED", "CANCELLED")


CLIENT_REQUESTS = Resource(
    key="client_request",
    title="Client request",
    table=table_of(ClientRequest),
    rest_plural="client-requests",
    read_plural="client_requests",
    read_singular="client_request",
    attrs=[
        derived("clientId", Kind.INT, references="client"),
        derived("jobId", Kind.INT, references="job"),
        derived("reviewerStaffId", Kind.INT, references="staff"),
        derived("status", Kind.ENUM, enum_values=REQUEST_STATUSES),
        derived("dueDate", Kind.DATE),
        derived("onCompleteJobStatus", Kind.ENUM, enum_values=JOB_STATUSES),
        derived("sentAt", Kind.DATETIME),
        derived("completedAt", Kind.DATETIME),
    ],
    default_order=[("createdAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("job", target="job", local="job_id", remote="id", many=False),
    ],
    has_active=False,
    read_only=True,
    events=(
        ("CREATE", "A client request was created (DRAFT)."),
        ("UPDATE", "A client request changed: `previous` holds the fields before the change."),
        ("SENT", "A client request was emailed to its contacts."),
        ("COMPLETED", "Every item of a client request was accepted."),
        ("CANCELLED", "A client request was cancelled."),
    ),
)
