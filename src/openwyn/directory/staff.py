"""Staff: partners, managers and everyone who logs time."""

from __future__ import annotations

from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import Staff
from openwyn.models.base import table_of

STAFF_TYPES = ("PARTNER", "MANAGER", "SENIOR", "STAFF", "ADMIN")

STAFF = Resource(
    key="staff",
    title="Staff",
    table=table_of(Staff),
    rest_plural="staff",
    read_plural="staff",
    read_singular="staff",
    attrs=[
        Attr("firstName", Kind.STR, required=True),
        Attr("lastName", Kind.STR, required=True),
        Attr("email", Kind.STR, input_type=inputs.Email, unique=True),
        Attr("title", Kind.STR),
        Attr("staffType", Kind.ENUM, enum_values=STAFF_TYPES),
        Attr("deptId", Kind.INT, references="department"),
        Attr("officeId", Kind.INT, references="office"),
        Attr("managerStaffId", Kind.INT, references="staff"),
        Attr("billingRate", Kind.DECIMAL, input_type=inputs.Rate),
        Attr("costRate", Kind.DECIMAL, input_type=inputs.Rate),
        Attr("startDate", Kind.DATE),
        Attr("endDate", Kind.DATE),
    ],
    default_order=[("lastName", "asc"), ("firstName", "asc")],
    relations=[
        RelationDecl("department", target="department", local="dept_id", remote="id", many=False),
        RelationDecl("office", target="office", local="office_id", remote="id", many=False),
        RelationDecl("manager", target="staff", local="manager_staff_id", remote="id", many=False),
        RelationDecl("reports", target="staff", local="id", remote="manager_staff_id", many=True),
        RelationDecl(
            "partnerClients", target="client", local="id", remote="partner_staff_id", many=True
        ),
        RelationDecl(
            "managerClients", target="client", local="id", remote="manager_staff_id", many=True
        ),
        RelationDecl("partnerJobs", target="job", local="id", remote="partner_staff_id", many=True),
        RelationDecl("managerJobs", target="job", local="id", remote="manager_staff_id", many=True),
        RelationDecl("wips", target="wip", local="id", remote="staff_id", many=True),
    ],
)
