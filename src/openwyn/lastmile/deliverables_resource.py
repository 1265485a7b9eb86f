"""The deliverable resource: its read family (`/gql/v1/deliverables`, search, get) and its
catalog events. Deliverables are made by lastmile/deliverables.py only."""

from __future__ import annotations

from openwyn.kit.query import Kind
from openwyn.kit.resource import RelationDecl, Resource, derived
from openwyn.models import Deliverable
from openwyn.models.base import table_of

RELEASES = ("IMMEDIATE", "ON_PAYMENT")

DELIVERABLES = Resource(
    key="deliverable",
    title="Deliverable",
    table=table_of(Deliverable),
    rest_plural="deliverables",
    read_plural="deliverables",
    read_singular="deliverable",
    attrs=[
        derived("clientId", Kind.INT, references="client"),
        derived("jobId", Kind.INT, references="job"),
        derived("title", Kind.STR),
        derived("release", Kind.ENUM, enum_values=RELEASES),
    ],
    default_order=[("createdAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
    ],
    has_active=False,
    read_only=True,
    events=(
        ("CREATE", "A deliverable was made and its portal links emailed."),
        ("DOWNLOADED", "A contact downloaded a file of a deliverable: `data` says which."),
    ),
)
