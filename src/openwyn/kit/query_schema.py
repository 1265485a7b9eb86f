"""JSON Schema for the ``where`` and ``orderBy`` of each resource, from its ``QuerySpec``.

The compiler in ``kit/query.py`` stays the authority: it checks everything these schemas say and
the limits they cannot say (nesting depth, the number of conditions). The schemas exist so the
OpenAPI document tells clients, code generators and fuzzers which fields, relations, operators
and values a search accepts, Hasura ``bool_exp`` style: ``ClientWhere`` names every filterable
field of a client with its comparison type, every relation with the target's ``Where``, and the
combinators.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openwyn.kit.cursor import DIRECTIONS, Kind
from openwyn.kit.query import LIMITS, Field, QuerySpec, is_sortable, operators_for

Schema = dict[str, Any]

COMPONENTS = "#/components/schemas/"
_NO_NUL = r"^[^\u0000]*$"
_MEMBER_NAME = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"
# A LIKE pattern may not end with a lone escape character (query.py refuses it).
_LIKE_PATTERN = r"^(?:[^\\\u0000]|\\[^\u0000])*$"
_DATE = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
_TIMESTAMP = (
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[T ]([01][0-9]|2[0-3]):[0-5][0-9]"
    r"(:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
)
# query.py refuses decimals whose exponent is beyond +-100 (so tiny non-zero numbers too).
_DECIMAL_NUMBER = [
    {"type": "number", "const": 0},
    {"type": "number", "minimum": 1e-99, "maximum": 1e99},
    {"type": "number", "minimum": -1e99, "maximum": -1e-99},
]

_VALUES: dict[Kind, Schema] = {
    Kind.INT: {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1},
    Kind.STR: {"type": "string", "pattern": _NO_NUL},
    Kind.BOOL: {"type": "boolean"},
    Kind.DECIMAL: {
        "anyOf": [
            *_DECIMAL_NUMBER,
            {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$", "maxLength": 100},
        ]
    },
    Kind.DATE: {"type": "string", "format": "date", "pattern": _DATE},
    Kind.DATETIME: {"type": "string", "format": "date-time", "pattern": _TIMESTAMP},
}


def ref(name: str) -> Schema:
    return {"$ref": f"{COMPONENTS}{name}"}


def where_name(resource_name: str) -> str:
    return f"{resource_name}Where"


def _comparison_name(kind: Kind) -> str:
    return f"{kind.value.capitalize()}Comparison"


def _comparison(kind: Kind, value: Schema) -> Schema:
    """The operators query.py accepts on a field of this kind, each with its argument's schema."""
    listed = {"type": "array", "items": value, "maxItems": LIMITS.list_items}
    like = {"type": "string", "maxLength": LIMITS.pattern_length, "pattern": _LIKE_PATTERN}
    regex = {"type": "string", "maxLength": LIMITS.pattern_length, "format": "regex"}
    arguments: Schema = {
        "_in": listed,
        "_nin": listed,
        "_is_null": {"type": "boolean"},
        "_like": like,
        "_nlike": like,
        "_ilike": like,
        "_nilike": like,
        "_regex": regex,
        "_iregex": regex,
    }
    properties = {name: arguments.get(name, value) for name in operators_for(kind)}
    return {"type": "object", "properties": properties, "additionalProperties": False}


_MAP_VALUE: Schema = {
    "anyOf": [{"type": "string", "pattern": _NO_NUL}, {"type": "number"}, {"type": "boolean"}]
}


def comparison_components() -> dict[str, Schema]:
    """One shared comparison type per scalar kind (enums get theirs inline, with their values)."""
    components = {
        _comparison_name(kind): _comparison(kind, value) for kind, value in _VALUES.items()
    }
    components[_comparison_name(Kind.MAP)] = _comparison(Kind.MAP, _MAP_VALUE)
    return components


def _field_schema(field: Field) -> Schema:
    if field.kind is Kind.ENUM:
        return _comparison(Kind.ENUM, {"type": "string", "enum": list(field.enum_values)})
    if field.kind is Kind.OBJECT:
        members = ref(_comparison_name(Kind.STR))
        if field.members:
            properties = dict.fromkeys(field.members, members)
            return {"type": "object", "properties": properties, "additionalProperties": False}
        return {
            "type": "object",
            "propertyNames": {"pattern": _MEMBER_NAME},
            "additionalProperties": members,
        }
    if field.kind is Kind.MAP:
        return {
            "type": "object",
            "description": 'Compare members by key, e.g. {"region": {"_eq": "West"}}.',
            "propertyNames": {"pattern": _MEMBER_NAME},
            "additionalProperties": ref(_comparison_name(Kind.MAP)),
        }
    return ref(_comparison_name(field.kind))


def where_schema(spec: QuerySpec, name: str, name_of: Callable[[QuerySpec], str]) -> Schema:
    """``<name>Where``: filterable fields, relations (by their target's name) and combinators."""
    itself = ref(where_name(name))
    properties: Schema = {
        "_and": {"type": "array", "items": itself},
        "_or": {"type": "array", "items": itself},
        "_not": itself,
    }
    properties |= {
        field.name: _field_schema(field) for field in spec.fields.values() if field.filterable
    }
    properties |= {
        relation.name: ref(where_name(name_of(relation.target())))
        for relation in spec.relations.values()
    }
    return {
        "type": "object",
        "description": f"A boolean expression over {name} fields and relations; keys are ANDed.",
        "properties": properties,
        "additionalProperties": False,
    }


def order_name(resource_name: str) -> str:
    return f"{resource_name}OrderBy"


SORT_DIRECTION = "SortDirection"


def order_by_schema(name: str) -> Schema:
    """``orderBy``: a list of ``<name>OrderBy`` keys (named once, so a generated client has one
    class for them, not one per search)."""
    return {
        "type": "array",
        "description": 'Sort keys in priority order, e.g. [{"name": "asc"}]; id breaks ties.',
        "items": ref(order_name(name)),
    }


def order_key_schema(spec: QuerySpec) -> Schema:
    """One sort key: a single sortable field and its direction."""
    sortable = [field.name for field in spec.fields.values() if is_sortable(field)]
    return {
        "type": "object",
        "minProperties": 1,
        "maxProperties": 1,
        "propertyNames": {"enum": sortable},
        "additionalProperties": ref(SORT_DIRECTION),
    }


def sort_direction_schema() -> Schema:
    return {"type": "string", "enum": list(DIRECTIONS)}
