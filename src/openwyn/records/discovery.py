"""Schema discovery: every record type a tenant can write, with its field definitions.

Standard types are described from their resource declaration and from the very JSON Schema of
the model that validates their writes, so discovery cannot drift from behaviour.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import NotFound
from openwyn.kit.query import Kind, is_sortable
from openwyn.kit.resource import REGISTRY, Attr, Resource
from openwyn.records import custom_types
from openwyn.records.kinds import WRITERS, WrittenThroughKind

_TYPE_NAMES: dict[Kind, str] = {
    Kind.INT: "integer",
    Kind.STR: "string",
    Kind.BOOL: "boolean",
    Kind.DECIMAL: "decimal",
    Kind.DATE: "date",
    Kind.DATETIME: "datetime",
    Kind.ENUM: "enum",
    Kind.OBJECT: "json",
    Kind.MAP: "json",
}
_FORMATS = {"email": "email", "uri": "url"}


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of a property schema, null aside."""
    options = schema.get("anyOf", [schema])
    return [option for option in options if option.get("type") != "null"]


def _first(schema: dict[str, Any], key: str) -> Any:
    return next((b[key] for b in _branches(schema) if key in b), None)


def _type_name(attr: Attr, schema: dict[str, Any]) -> str:
    if attr.references:
        return "reference"
    format_name = _FORMATS.get(str(_first(schema, "format")))
    if format_name and attr.kind is Kind.STR:
        return format_name
    return _TYPE_NAMES[attr.kind]


def _standard_field(
    resource: Resource, attr: Attr, rank: int, schema: dict[str, Any], required: bool
) -> dict[str, Any]:
    field = resource.query_spec.fields.get(attr.name)
    return {
        "name": attr.name,
        "type": _type_name(attr, schema),
        "required": required,
        "nullable": any(o.get("type") == "null" for o in schema.get("anyOf", [])),
        "unique": attr.unique,
        "enumValues": list(attr.enum_values) or None,
        "referencedEntityType": attr.references,
        "rank": rank,
        "maxLength": _first(schema, "maxLength"),
        "min": None if attr.references else _first(schema, "minimum"),
        "max": None if attr.references else _first(schema, "maximum"),
        "filterable": attr.filterable,
        "sortable": field is not None and is_sortable(field),
        "description": schema.get("description"),
    }


def standard_type(resource: Resource) -> dict[str, Any]:
    attrs = [attr for attr in resource.writable if attr.name != "pmsRef"]  # pmsRef is systemRef
    about = f"{resource.title}: a standard entity of the firm directory."
    return _described(resource, resource.models.create, attrs, about)


def written_through_type(kind: WrittenThroughKind) -> dict[str, Any]:
    """A type written through its own service (invoices), described by the model of a new
    record's attributes: each field as the resource declares it where it does (`clientId` a
    reference to clients), its accepted values as the model's (`status`: DRAFT, POSTED or
    CANCELLED), and a field the resource has no column for (`lineItems`) as JSON."""
    declared = {attr.name: attr for attr in kind.resource.attrs}
    schema = kind.create_model.model_json_schema()
    attrs = []
    for name, field_schema in schema["properties"].items():
        attr = declared.get(name, Attr(name, Kind.OBJECT, filterable=False, sortable=False))
        enum = _first(field_schema, "enum")
        if enum is None and _first(field_schema, "const") is not None:
            enum = [_first(field_schema, "const")]  # a one-value Literal (payment `status`)
        attrs.append(replace(attr, writable=True, enum_values=tuple(enum or attr.enum_values)))
    about = f"{kind.resource.title}: written through its own service, as its REST routes are."
    return _described(kind.resource, kind.create_model, attrs, about)


def _described(
    resource: Resource, model: type[BaseModel], attrs: list[Attr], about: str
) -> dict[str, Any]:
    schema = model.model_json_schema()
    properties, required = schema["properties"], set(schema.get("required", []))
    return {
        "name": resource.key,
        "displayName": resource.title,
        "description": about,
        "isCustom": False,
        "active": True,
        # Standard types are searched by the read family, with the same `where` language.
        "recordsUrl": f"/gql/v1/{resource.read_plural}/search",
        "schemaUrl": f"/api/v1/records/types/{resource.key}",
        "fields": [
            _standard_field(resource, attr, rank, properties[attr.name], attr.name in required)
            for rank, attr in enumerate(attrs)
        ],
    }


def _custom_type(custom: custom_types.CustomType) -> dict[str, Any]:
    shown = custom.public()
    for definition in shown["fields"]:
        definition.setdefault("filterable", definition["type"] != "json")
        definition.setdefault("sortable", definition["type"] not in ("json", "text"))
    return shown


async def all_types(session: AsyncSession, tenant_id: int) -> list[dict[str, Any]]:
    standard = [standard_type(r) for r in REGISTRY.values() if not r.read_only]
    standard += [written_through_type(kind) for kind in WRITERS.values()]
    custom = await custom_types.all_types(session, tenant_id)
    return standard + [_custom_type(c) for c in custom]


async def one_type(session: AsyncSession, tenant_id: int, name: str) -> dict[str, Any]:
    if name in REGISTRY and not REGISTRY[name].read_only:
        return standard_type(REGISTRY[name])
    if name in WRITERS:
        return written_through_type(WRITERS[name])
    custom = await custom_types.find(session, tenant_id, name)
    if custom is None:
        raise NotFound(f"No record type named {name!r}.")
    return _custom_type(custom)
