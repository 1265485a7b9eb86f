"""Finishing touches on the generated OpenAPI document, so code generators make clean clients.

FastAPI writes a schema inline at every field that uses it; a generator then makes one class per
field (`ClientCreatePartnerStaffIdType2`, `OfficeCreateTimezoneType0` ...). The schemas below
are named once in `components` and referred to from every field, whatever model the field is
in, so a client has one `Reference`, one `SystemRef` and one `Timezone`. The document only
changes in form: each `$ref` stands for exactly the schema it replaces.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi.routing import APIRoute

from openwyn.kit import system_refs
from openwyn.kit.inputs import REFERENCE_SCHEMA, TIMEZONES

Schema = dict[str, Any]
_COMPONENTS = "#/components/schemas/"
_NULL = {"type": "null"}
_TIMEZONE_VALUES = sorted(TIMEZONES)


def operation_id(route: APIRoute) -> str:
    """The operationId of a route that sets none: its name (the handler's, unless given), never
    FastAPI's default of name, path and method (`get_event_api_v1_events__eventId__get`)."""
    return route.name


def _enum_name(zone: str) -> str:
    """`Etc/GMT+5` -> `ETC_GMT_PLUS_5`: a sign before a digit is spelled out, as `GMT0`,
    `GMT+0` and `GMT-0` are three zones."""
    spelled = re.sub(r"([+-])(?=\d)", lambda sign: "_PLUS_" if sign[0] == "+" else "_MINUS_", zone)
    return re.sub(r"[^A-Za-z0-9]+", "_", spelled).strip("_").upper()


def _timezone_schema() -> Schema:
    names = [_enum_name(zone) for zone in _TIMEZONE_VALUES]
    assert len(set(names)) == len(names), "two timezones would share a name in clients"
    return {
        "type": "string",
        "description": "An IANA timezone name.",
        "enum": _TIMEZONE_VALUES,
        "x-enum-varnames": names,
    }


def _system_ref_schema() -> Schema:
    return dict(system_refs.SCHEMA)


def shared_schemas() -> dict[str, Schema]:
    return {
        "Reference": {
            "description": 'An id, or {"pmsRef": ...} or {"systemRef": ...} naming the object by '
            "its id in the practice management system.",
            **REFERENCE_SCHEMA,
        },
        "SystemRef": _system_ref_schema(),
        "Timezone": _timezone_schema(),
    }


def _ref(name: str) -> Schema:
    return {"$ref": f"{_COMPONENTS}{name}"}


def _without_null(options: list[Any]) -> list[Any]:
    return [option for option in options if option != _NULL]


def _named(node: Schema, shared: dict[str, Schema]) -> Schema | None:
    """`node` with a shared schema it spells out replaced by a `$ref`, or None.

    Pydantic flattens an optional field's `anyOf` into its own (`[integer, {pmsRef},
    {systemRef}, null]`), so a shared `anyOf` is found as the field's options less null."""
    if node.get("enum") == _TIMEZONE_VALUES:
        # The field's own text rules stay beside the reference (the NUL rule is stated on every
        # text a write takes: tests/test_fuzz_findings.py).
        return {key: value for key, value in node.items() if key != "enum"} | _ref("Timezone")
    options = node.get("anyOf")
    if not isinstance(options, list):
        return None
    for name, schema in shared.items():
        if "anyOf" in schema and _without_null(options) == schema["anyOf"]:
            named: list[Any] = [_ref(name)]
            if _NULL in options:
                named.append(_NULL)
            rest = {key: value for key, value in node.items() if key != "anyOf"}
            if rest.get("description") == schema.get("description"):
                rest.pop("description", None)
            return {**rest, "anyOf": named} if len(named) > 1 else {**rest, **named[0]}
    return None


def _replace(node: Any, shared: dict[str, Schema]) -> Any:
    if isinstance(node, list):
        return [_replace(item, shared) for item in node]
    if not isinstance(node, dict):
        return node
    named = _named(node, shared)
    if named is not None:
        return {key: _replace(value, shared) for key, value in named.items()}
    return {key: _replace(value, shared) for key, value in node.items()}


def name_shared_schemas(document: dict[str, Any]) -> None:
    shared = shared_schemas()
    schemas = document["components"]["schemas"]
    document["paths"] = _replace(document["paths"], shared)
    for name in list(schemas):
        schemas[name] = _replace(schemas[name], shared)
    for name, schema in shared.items():
        # Inside a shared schema only the others are named (SystemRef within Reference).
        others = {other: body for other, body in shared.items() if other != name}
        schemas[name] = {key: _replace(value, others) for key, value in schema.items()}


_ETAG = {
    "description": "The object's version (or a digest of its content), quoted; send it back "
    "in `If-Match` to update only that version.",
    "schema": {"type": "string"},
}


def _resolved(document: dict[str, Any], schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _one_object(document: dict[str, Any], schema: Schema) -> Schema | None:
    """The object a JSON answer carries alone (its envelope's `data`, or itself), if it is one."""
    body = _resolved(document, schema)
    data = body.get("properties", {}).get("data")
    if data is not None:
        body = _resolved(document, data)
    if body.get("type") == "array" or "pageInfo" in body.get("properties", {}):
        return None
    return body


def declare_etags(document: dict[str, Any]) -> None:
    """Every single-object GET answers an `ETag` (tests/test_etags.py), and so does every write
    answering one versioned object."""
    for path, operations in document["paths"].items():
        if path in ("/healthz", "/readyz"):
            continue
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if not code.startswith("2") or schema is None:
                    continue
                answered = _one_object(document, schema)
                if answered is None:
                    continue
                if method == "get" or "version" in answered.get("properties", {}):
                    response.setdefault("headers", {})["ETag"] = _ETAG
