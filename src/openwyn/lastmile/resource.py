"""The client request resource: its read family (`/gql/v1/client_requests`, search, get) and
catalog events. Requests are made and moved by lastmile/requests.py only.

`status` reads OVERDUE while a request is open (SENT or IN_PROGRESS) past its due date, in the
tenant's time zone (money-work.md §8: "OVERDUE (computed)"): in lists, searches and gets, and
in their filters (kit/status_reads.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from openwyn.billing.invoice_read import today_in
from openwyn.db import Reads
from openwyn.directory.jobs import JOB_STATUSES
from openwyn.engagements import repository as facts
from openwyn.kit.query import Kind
from openwyn.kit.resource import RelationDecl, Resource, derived
from openwyn.kit.status_reads import StatusAsRead
from openwyn.models import ClientRequest
from openwyn.models.base import table_of

OPEN = ("SENT", "IN_PROGRESS")
REQUEST_STATUSES = ("DRAFT", "SENT", "IN_PROGRESS", "COMPLETED", "CANCELLED", "OVERDUE")


def status_as_read(item: dict[str, Any], today: date) -> str:
    status: str = item["status"]
    if status in OPEN and date.fromisoformat(item["dueDate"]) < today:
        return "OVERDUE"
    return status


def _past_due(today: date) -> dict[str, Any]:
    return {"_and": [{"status": {"_in": list(OPEN)}}, {"dueDate": {"_lt": today.isoformat()}}]}


def _reads(status: Any, today: date) -> dict[str, Any]:
    if status == "OVERDUE":
        return _past_due(today)
    if status in OPEN:
        return {"_and": [{"status": {"_eq": status}}, {"_not": _past_due(today)}]}
    return {"status": {"_eq": status}}


async def _today(session: Reads, tenant_id: int) -> date:
    return today_in((await facts.firm(session, tenant_id))["timezone"])


def _row(item: dict[str, Any], today: date) -> dict[str, Any]:
    return item | {"status": status_as_read(item, today)}


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
    status_as_read=StatusAsRead(_today, _reads, _row),
    events=(
        ("CREATE", "A client request was created (DRAFT)."),
        (
            "UPDATE",
            "A client request changed: `previous` holds the fields before the change. An "
            "upload or a review of an item that does not move the request's status changes "
            "only its `version` and `updatedAt`: read it for its items.",
        ),
        ("SENT", "A client request was emailed to its contacts."),
        ("IN_PROGRESS", "A contact uploaded the first file of a client request."),
        ("COMPLETED", "Every item of a client request was accepted."),
        ("CANCELLED", "A client request was cancelled."),
    ),
)
