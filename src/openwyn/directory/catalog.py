"""The firm's classifications: industries, service lines and client business entities."""

from __future__ import annotations

from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import ClientBusinessEntity, Industry, ServiceLine
from openwyn.models.base import table_of

INDUSTRIES = Resource(
    key="industry",
    title="Industry",
    table=table_of(Industry),
    rest_plural="industries",
    read_plural="industries",
    read_singular="industry",
    attrs=[
        Attr("name", Kind.STR, required=True),
        Attr("code", Kind.STR, input_type=inputs.ShortText),
    ],
    default_order=[("name", "asc")],
    relations=[
        RelationDecl("clients", target="client", local="id", remote="industry_id", many=True),
    ],
)

SERVICE_LINES = Resource(
    key="service_line",
    title="Service line",
    table=table_of(ServiceLine),
    rest_plural="service-lines",
    read_plural="service_lines",
    read_singular="service_line",
    attrs=[
        Attr("name", Kind.STR, required=True),
        Attr("code", Kind.STR, input_type=inputs.ShortText),
    ],
    default_order=[("name", "asc")],
    relations=[
        RelationDecl("clients", target="client", local="id", remote="service_line_id", many=True),
        RelationDecl(
            "jobTemplates", target="job_template", local="id", remote="service_line_id", many=True
        ),
        RelationDecl("jobs", target="job", local="id", remote="service_line_id", many=True),
    ],
)

CLIENT_BUSINESS_ENTITIES = Resource(
    key="client_business_entity",
    title="Client business entity",
    table=table_of(ClientBusinessEntity),
    rest_plural="client-business-entities",
    read_plural="client_business_entities",
    read_singular="client_business_entity",
    attrs=[
        Attr("name", Kind.STR, required=True),
        # e.g. INDIVIDUAL, LLC, S_CORP, C_CORP, PARTNERSHIP, TRUST, NONPROFIT
        Attr("code", Kind.STR, required=True, input_type=inputs.ShortText, unique=True),
        Attr("description", Kind.STR, input_type=inputs.LongText, sortable=False),
    ],
    default_order=[("name", "asc")],
    relations=[
        RelationDecl(
            "clients", target="client", local="id", remote="client_business_entity_id", many=True
        ),
    ],
)
