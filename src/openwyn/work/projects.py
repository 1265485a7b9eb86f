"""Projects [doc: "backed by the view vw_job"]: every job with its roll-ups (money-work.md
§2), read only. The roll-ups filter and sort like any column."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from sqlalchemy import Table

from openwyn.directory.jobs import JOBS
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.work import repository as repo

_COMMON = {"id", "pmsRef", "active", "createdAt", "updatedAt", "version"}
_ROLLUPS = [
    Attr("hoursLogged", Kind.DECIMAL, writable=False),
    Attr("wipValue", Kind.DECIMAL, writable=False),
    Attr("wipOutstanding", Kind.DECIMAL, writable=False),
    Attr("billedAmount", Kind.DECIMAL, writable=False),
    Attr("writeOffAmount", Kind.DECIMAL, writable=False),
    Attr("invoicedAmount", Kind.DECIMAL, writable=False),
    Attr("collectedAmount", Kind.DECIMAL, writable=False),
    Attr("budgetUsedPercent", Kind.DECIMAL, writable=False),
    Attr("realizationPercent", Kind.DECIMAL, writable=False),
    Attr("lastActivityAt", Kind.DATETIME, writable=False),
]

PROJECTS = Resource(
    key="project",
    title="Project",
    table=cast(Table, repo.projects_view()),
    rest_plural="projects",
    read_plural="projects",
    read_singular="project",
    attrs=[
        replace(attr, writable=False, unique=False, references=None)
        for attr in JOBS.attrs
        if attr.name not in _COMMON
    ]
    + _ROLLUPS,
    # [doc] default order; `updatedAt` is the later of the job's and its last activity.
    default_order=[("updatedAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("partner", target="staff", local="partner_staff_id", remote="id", many=False),
        RelationDecl("manager", target="staff", local="manager_staff_id", remote="id", many=False),
        RelationDecl("job", target="job", local="id", remote="id", many=False),
        RelationDecl("wips", target="wip", local="id", remote="job_id", many=True),
    ],
    has_active=False,
    read_only=True,
)
