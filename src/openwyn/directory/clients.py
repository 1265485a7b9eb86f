"""Clients of the firm."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import Client
from openwyn.models.base import table_of

CustomFields = Annotated[dict[str, Any], Field(max_length=100)]
Website = Annotated[str, Field(max_length=500, pattern=r"^https?://\S+$")]

CLIENTS = Resource(
    key="client",
    title="Client",
    table=table_of(Client),
    rest_plural="clients",
    read_plural="clients",
    read_singular="client",
    attrs=[
        Attr("clientRef", Kind.STR, unique=True),
        Attr("name", Kind.STR, required=True),
        Attr("clientKey", Kind.STR),
        Attr("partnerStaffId", Kind.INT, references="staff"),
        Attr("managerStaffId", Kind.INT, references="staff"),
        Attr("officeId", Kind.INT, references="office"),
        Attr("deptId", Kind.INT, references="department"),
        Attr("industryId", Kind.INT),
        Attr("serviceLineId", Kind.INT),
        Attr("clientBusinessEntityId", Kind.INT),
        Attr("email", Kind.STR, input_type=inputs.Email),
        Attr("phone", Kind.STR, input_type=inputs.ShortText),
        Attr("website", Kind.STR, input_type=Website),
        Attr("taxId", Kind.STR, input_type=inputs.ShortText),
        Attr("address", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("billingAddress", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("sendInvoicesElectronically", Kind.BOOL),
        Attr(
            "customFields",
            Kind.OBJECT,
            input_type=CustomFields,
            filterable=False,
            sortable=False,
        ),
    ],
    default_order=[("name", "asc"), ("createdAt", "desc")],
    relations=[
        RelationDecl("partner", target="staff", local="partner_staff_id", remote="id", many=False),
        RelationDecl("manager", target="staff", local="manager_staff_id", remote="id", many=False),
        RelationDecl("office", target="office", local="office_id", remote="id", many=False),
        RelationDecl("department", target="department", local="dept_id", remote="id", many=False),
    ],
)
