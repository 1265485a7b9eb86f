"""Offices: where staff sit and clients are served from."""

from __future__ import annotations

from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource
from openwyn.models import Office
from openwyn.models.base import table_of

OFFICES = Resource(
    key="office",
    title="Office",
    table=table_of(Office),
    rest_plural="offices",
    read_plural="offices",
    read_singular="office",
    attrs=[
        Attr("name", Kind.STR, required=True),
        Attr("code", Kind.STR, input_type=inputs.ShortText),
        Attr("address", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("phone", Kind.STR, input_type=inputs.ShortText),
        Attr("timezone", Kind.STR, input_type=inputs.Timezone),
    ],
    default_order=[("name", "asc")],
    relations=[
        RelationDecl("staff", target="staff", local="id", remote="office_id", many=True),
        RelationDecl("clients", target="client", local="id", remote="office_id", many=True),
    ],
)
