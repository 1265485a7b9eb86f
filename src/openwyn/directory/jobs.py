"""Job templates and jobs: the work the firm does for its clients."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, PlainSerializer
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ErrorDetail, ValidationFailed
from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.repository import existing_ids
from openwyn.kit.resource import Attr, Change, RelationDecl, Resource
from openwyn.models import Job, JobTemplate, Staff
from openwyn.models.base import table_of

FEE_TYPES = ("HOURLY", "FIXED")
JOB_STATUSES = ("PLANNING", "OPEN", "IN_PROGRESS", "ON_HOLD", "COMPLETED", "CLOSED", "CANCELLED")

TaskNames = Annotated[list[inputs.Text], Field(max_length=200)]


class JobRate(inputs.StrictInput):
    """One staff member's billing rate on this job, overriding their billingRate. Stored and
    answered as an exact numeric string (a JSON document holds no decimal type)."""

    staffId: inputs.Id  # noqa: N815 - the contract's names
    rate: Annotated[inputs.Rate, PlainSerializer(lambda rate: format(rate, "f"))]


JobRates = Annotated[list[JobRate], Field(max_length=500)]

JOB_TEMPLATES = Resource(
    key="job_template",
    title="Job template",
    table=table_of(JobTemplate),
    rest_plural="job-templates",
    read_plural="job_templates",
    read_singular="job_template",
    attrs=[
        Attr("name", Kind.STR, required=True),
        Attr("code", Kind.STR, input_type=inputs.ShortText),
        Attr("description", Kind.STR, input_type=inputs.LongText, sortable=False),
        Attr("serviceLineId", Kind.INT, references="service_line"),
        Attr("feeType", Kind.ENUM, enum_values=FEE_TYPES),
        Attr("defaultBudget", Kind.DECIMAL),
        # A list of task names: stored and returned whole, not a filter field.
        Attr(
            "tasks",
            Kind.OBJECT,
            input_type=TaskNames,
            output_type=list[str],
            filterable=False,
            sortable=False,
        ),
    ],
    default_order=[("name", "asc")],
    relations=[
        RelationDecl(
            "serviceLine", target="service_line", local="service_line_id", remote="id", many=False
        ),
        RelationDecl("jobs", target="job", local="id", remote="job_template_id", many=True),
    ],
)


async def _rates_name_staff(session: AsyncSession, tenant_id: int, change: Change) -> None:
    """Each per-job rate names a staff member of the tenant, once."""
    rates = change.values.get("rates") or []
    staff_ids = [entry["staffId"] for entry in rates]
    found = await existing_ids(session, table_of(Staff), tenant_id, staff_ids)
    details: list[ErrorDetail] = [
        {"path": f"rates.{index}.staffId", "message": f"no Staff with id {staff_id}"}
        for index, staff_id in enumerate(staff_ids)
        if staff_id not in found
    ]
    details += [
        {"path": f"rates.{index}.staffId", "message": "names a staff member already listed"}
        for index, staff_id in enumerate(staff_ids)
        if staff_id in staff_ids[:index]
    ]
    if details:
        raise ValidationFailed("A job rate is not valid.", details)


JOBS = Resource(
    key="job",
    title="Job",
    table=table_of(Job),
    rest_plural="jobs",
    read_plural="jobs",
    read_singular="job",
    attrs=[
        Attr("jobRef", Kind.STR, input_type=inputs.ShortText, unique=True),
        Attr("name", Kind.STR, required=True),
        Attr("clientId", Kind.INT, required=True, references="client"),
        Attr("jobTemplateId", Kind.INT, references="job_template"),
        Attr("serviceLineId", Kind.INT, references="service_line"),
        Attr("partnerStaffId", Kind.INT, references="staff"),
        Attr("managerStaffId", Kind.INT, references="staff"),
        Attr("status", Kind.ENUM, enum_values=JOB_STATUSES),
        Attr("startDate", Kind.DATE),
        Attr("dueDate", Kind.DATE),
        Attr("endDate", Kind.DATE),
        Attr("feeType", Kind.ENUM, enum_values=FEE_TYPES),
        Attr("budget", Kind.DECIMAL),
        Attr("fixedFee", Kind.DECIMAL),
        # Per-staff rates of this job (money-work.md §2): stored and returned whole.
        Attr(
            "rates",
            Kind.OBJECT,
            input_type=JobRates,
            output_type=list[dict[str, Any]],
            filterable=False,
            sortable=False,
        ),
    ],
    # As for projects, the read view of jobs (contract §5).
    default_order=[("updatedAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
        RelationDecl("partner", target="staff", local="partner_staff_id", remote="id", many=False),
        RelationDecl("manager", target="staff", local="manager_staff_id", remote="id", many=False),
        RelationDecl(
            "jobTemplate", target="job_template", local="job_template_id", remote="id", many=False
        ),
        RelationDecl(
            "serviceLine", target="service_line", local="service_line_id", remote="id", many=False
        ),
        RelationDecl("wips", target="wip", local="id", remote="job_id", many=True),
    ],
    has_active=False,
    rules=[_rates_name_staff],
)
