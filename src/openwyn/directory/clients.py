"""Clients of the firm."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import Client
from openwyn.models.base import table_of

Website = Annotated[str, Field(max_length=500, pattern=rf"^https?://[^{inputs.SPACE}]+$")]

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
        Attr("industryId", Kind.INT, references="industry"),
        Attr("serviceLineId", Kind.INT, references="service_line"),
        Attr("clientBusinessEntityId", Kind.INT, references="client_business_entity"),
        Attr("email", Kind.STR, input_type=inputs.Email),
        Attr("phone", Kind.STR, input_type=inputs.ShortText),
        Attr("website", Kind.STR, input_type=Website),
        Attr("taxId", Kind.STR, input_type=inputs.ShortText),
        Attr("address", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("billingAddress", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("sendInvoicesElectronically", Kind.BOOL),
        Attr("customFields", Kind.MAP, sortable=False),
    ],
    default_order=[("name", "asc"), ("createdAt", "desc")],
    relations=[
        RelationDecl("partner", target="staff", local="partner_staff_id", remote="id", many=False),
        RelationDecl("manager", target="staff", local="manager_staff_id", remote="id", many=False),
        RelationDecl("office", target="office", local="office_id", remote="id", many=False),
        RelationDecl("department", target="department", local="dept_id", remote="id", many=False),
        RelationDecl("industry", target="industry", local="industry_id", remote="id", many=False),
        RelationDecl(
            "serviceLine", target="service_line", local="service_line_id", remote="id", many=False
        ),
        RelationDecl(
            "businessEntity",
            target="client_business_entity",
            local="client_business_entity_id",
            remote="id",
            many=False,
        ),
        RelationDecl(
            "contacts",
            target="contact",
            local="id",
            remote="id",
            many=True,
            via=("contact_client", "client_id", "contact_id"),
        ),
        RelationDecl(
            "contactClients", target="contact_client", local="id", remote="client_id", many=True
        ),
        RelationDecl("jobs", target="job", local="id", remote="client_id", many=True),
    ],
)
