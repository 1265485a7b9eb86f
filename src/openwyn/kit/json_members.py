"""Typed comparisons of one member of a JSON object column, the same on SQLite and PostgreSQL.

A ``Kind.MAP`` field (``customFields``) holds an object of scalar values under free keys.
``{"customFields": {"region": {"_eq": "West"}}}`` compares the member as JSON: the string
``"5"`` does not equal the number ``5``, and ``1`` equals ``1.0``, on both engines.

* PostgreSQL compares ``jsonb`` values: ``CAST(col AS JSONB) -> 'key' = CAST('"West"' AS JSONB)``.
* SQLite compares the member's JSON type (``json_type``) and its SQL value (``json_extract``).

``member_in`` tests a member against a whole list in one bound parameter (the list as JSON
text): PostgreSQL looks the ``jsonb`` member up among ``jsonb_array_elements``, SQLite the pair
(JSON type, value) among ``json_each``'s, integers and reals being one type. Either answers as
an ``OR`` of ``member_equals`` would: NULL for a missing member, false for an empty list.

Every key and value is a bound parameter; the key is also restricted to identifier-like names
by the ``where`` compiler, so the SQLite path ``$."key"`` needs no escaping.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Boolean, ColumnElement, FunctionElement, String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

Scalar = str | int | float | bool

# json_type() names on SQLite for each Python scalar type; numbers compare across int and real.
_SQLITE_TYPES: dict[type, tuple[str, str]] = {
    str: ("text", "text"),
    int: ("integer", "real"),
    float: ("integer", "real"),
}


def _sqlite_types(value: Scalar) -> tuple[str, str]:
    if isinstance(value, bool):  # json_extract gives 1 or 0 for true and false
        return ("true", "true") if value else ("false", "false")
    return _SQLITE_TYPES[type(value)]


def _sqlite_path(key: str) -> str:
    return f'$."{key}"'


def _equality_arguments(column: ColumnElement[Any], key: str, value: Scalar) -> list[Any]:
    first, second = _sqlite_types(value)
    sqlite_value = int(value) if isinstance(value, bool) else value
    return [
        column,
        literal(key, String()),
        literal(_sqlite_path(key), String()),
        literal(first, String()),
        literal(second, String()),
        literal(sqlite_value),
        literal(json.dumps(value), String()),
    ]


class member_equals(FunctionElement[bool]):  # noqa: N801 - SQL functions are lower case
    """``column[key] == value`` compared as JSON; arguments are all bound parameters."""

    type = Boolean()
    inherit_cache = True
    name = "member_equals"

    def __init__(self, column: ColumnElement[Any], key: str, value: Scalar) -> None:
        super().__init__(*_equality_arguments(column, key, value))


class member_missing(FunctionElement[bool]):  # noqa: N801 - SQL functions are lower case
    """True when the object has no such key or holds null under it."""

    type = Boolean()
    inherit_cache = True
    name = "member_missing"

    def __init__(self, column: ColumnElement[Any], key: str) -> None:
        super().__init__(column, literal(key, String()), literal(_sqlite_path(key), String()))


def compiled_arguments(
    element: FunctionElement[Any], compiler: SQLCompiler, indexes: tuple[int, ...], **kw: Any
) -> list[str]:
    """The SQL of the arguments at `indexes` only: a processed but unused bound parameter would
    still be numbered, and PostgreSQL cannot type a parameter no expression uses."""
    clauses = element.clauses.clauses
    return [compiler.process(clauses[index], **kw) for index in indexes]


# Arguments: column, key, SQLite path, SQLite types (two), SQLite value, JSON text.
@compiles(member_equals)
def _equals_sqlite(element: member_equals, compiler: SQLCompiler, **kw: Any) -> str:
    column, path, first, second, value = compiled_arguments(
        element, compiler, (0, 2, 3, 4, 5), **kw
    )
    return (
        f"(json_type({column}, {path}) IN ({first}, {second})"
        f" AND json_extract({column}, {path}) = {value})"
    )


@compiles(member_equals, "postgresql")
def _equals_postgresql(element: member_equals, compiler: SQLCompiler, **kw: Any) -> str:
    column, key, as_json = compiled_arguments(element, compiler, (0, 1, 6), **kw)
    return f"((CAST({column} AS JSONB) -> CAST({key} AS TEXT)) = CAST({as_json} AS JSONB))"


# Arguments: column, key, SQLite path.
@compiles(member_missing)
def _missing_sqlite(element: member_missing, compiler: SQLCompiler, **kw: Any) -> str:
    column, path = compiled_arguments(element, compiler, (0, 2), **kw)
    return f"(COALESCE(json_type({column}, {path}), 'null') = 'null')"


@compiles(member_missing, "postgresql")
def _missing_postgresql(element: member_missing, compiler: SQLCompiler, **kw: Any) -> str:
    column, key = compiled_arguments(element, compiler, (0, 1), **kw)
    member = f"CAST({column} AS JSONB) -> CAST({key} AS TEXT)"
    return f"(COALESCE(jsonb_typeof({member}), 'null') = 'null')"


class member_in_document(member_equals):  # noqa: N801 - SQL functions are lower case
    """``member_equals`` that PostgreSQL answers with jsonb containment, ``col @> '{"k": v}'``,
    which a GIN index on the (jsonb) column serves. SQLite compares as ``member_equals`` does."""

    inherit_cache = True
    name = "member_in_document"

    def __init__(self, column: ColumnElement[Any], key: str, value: Scalar) -> None:
        # Every argument goes to the constructor: the statement cache keys on them, and an
        # argument added afterwards would be replayed from the first statement compiled.
        document = literal(json.dumps({key: value}), String())
        FunctionElement.__init__(self, *_equality_arguments(column, key, value), document)


@compiles(member_in_document, "postgresql")
def _contained_postgresql(element: member_in_document, compiler: SQLCompiler, **kw: Any) -> str:
    column, document = compiled_arguments(element, compiler, (0, 7), **kw)
    return f"({column} @> CAST({document} AS JSONB))"


class member_in(FunctionElement[bool]):  # noqa: N801 - SQL functions are lower case
    """``column[key]`` equals one of ``values``, compared as JSON; the list is one parameter."""

    type = Boolean()
    inherit_cache = True
    name = "member_in"

    def __init__(self, column: ColumnElement[Any], key: str, values: list[Scalar]) -> None:
        listed = literal(json.dumps(values, separators=(",", ":")), String())
        super().__init__(
            column, literal(key, String()), literal(_sqlite_path(key), String()), listed
        )


# json_type() names an integral number "integer" and another "real"; both are one JSON number.
def _number_as_one_type(json_type: str) -> str:
    return f"(CASE {json_type} WHEN 'real' THEN 'integer' ELSE {json_type} END)"


# Arguments: column, key, SQLite path, the values as JSON text.
@compiles(member_in)
def _in_sqlite(element: member_in, compiler: SQLCompiler, **kw: Any) -> str:
    column, path, values = compiled_arguments(element, compiler, (0, 2, 3), **kw)
    member_type = _number_as_one_type(f"json_type({column}, {path})")
    listed_type = _number_as_one_type("type")
    # Every piece is a column or a bound parameter the compiler rendered.
    member = f"({member_type}, json_extract({column}, {path}))"
    listed = f"SELECT {listed_type}, value FROM json_each({values})"  # noqa: S608
    return f"({member} IN ({listed}))"


@compiles(member_in, "postgresql")
def _in_postgresql(element: member_in, compiler: SQLCompiler, **kw: Any) -> str:
    column, key, values = compiled_arguments(element, compiler, (0, 1, 3), **kw)
    member = f"(CAST({column} AS JSONB) -> CAST({key} AS TEXT))"
    return f"({member} IN (SELECT jsonb_array_elements(CAST({values} AS JSONB))))"
