"""The client request resource: its read family (`/gql/v1/client_requests`, search, get) and
catalog events. Requests are made and moved by lastmile/requests.py only."""

from __future__ import annotations

from openwyn.directory.jobs import JOB_STATUSES
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import ClientRequest
from openwyn.models.base import table_of

REQUEST_STATUSES = ("DRAFT", "SENT", "IN_PROGRESS", "COMPLETED", "CANCELLED")


def _derived(name: str, kind: Kind, **options: object) -> Attr:
    return Attr(name, kind, writable=False, **options)  # type: ignore[arg-type]


CLIENT_REQUESTS = Resource(
    key="client_request",
    title="Client request",
    table=table_of(ClientRequest),
    rest_plural="client-requests",
    read_plural="client_requests",
    read_singular="client_request",
    attrs=[
        _derived("clientId", Kind.INT, references="client"),
        _derived("jobId", Kind.INT, references="job"),
        _derived("reviewerStaffId", Kind.INT, references="staff"),
        _derived("status", Kind.ENUM, enum_values=REQUEST_STATUSES),
        _derived("dueDate", Kind.DATE),
        _derived("onCompleteJobStatus", Kind.ENUM, enum_values=JOB_STATUSES),
        _derived("sentAt", Kind.DATETIME),
        _derived("completedAt", Kind.DATETIME),
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
