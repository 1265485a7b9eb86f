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

from sqlalchemy import Boolean, ColumnElement, FunctionElement, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from openwyn.kit.sqltypes import parameter

Scalar = str | int | float | bool
_TEXT = String()


def _sqlite_path(key: str) -> str:
    return f'$."{key}"'


def compiled_arguments(
    element: FunctionElement[Any], compiler: SQLCompiler, indexes: tuple[int, ...], **kw: Any
) -> list[str]:
    """The SQL of the arguments at `indexes` only: a processed but unused bound parameter would
    still be numbered, and PostgreSQL cannot type a parameter no expression uses."""
    clauses = element.clauses.clauses
    return [compiler.process(clauses[index], **kw) for index in indexes]


class _MemberEquals(FunctionElement[bool]):
    """``column[key] == value`` compared as JSON. Arguments: the column, the key (PostgreSQL),
    the SQLite path, the value as SQLite gives it back (SQLite) and as JSON text (PostgreSQL).

    The JSON types SQLite's ``json_type`` may name for the value are written into the SQL, so
    each kind of value is a class of its own: the statement cache keys on the class, and a
    cached statement for a string is never replayed for a number. Four bound parameters, of
    which each database uses two: binding the type names too cost a third more to build and
    compile."""

    type = Boolean()
    inherit_cache = True
    name = "member_equals"
    sqlite_types = "'text'"

    def __init__(self, column: ColumnElement[Any], key: str, value: Scalar) -> None:
        super().__init__(*_equality_arguments(column, key, value))


def _equality_arguments(column: ColumnElement[Any], key: str, value: Scalar) -> list[Any]:
    sqlite_value = int(value) if isinstance(value, bool) else value
    return [
        column,
        parameter(key, _TEXT),
        parameter(_sqlite_path(key), _TEXT),
        parameter(sqlite_value),
        parameter(json.dumps(value), _TEXT),
    ]


class _TextEquals(_MemberEquals):
    inherit_cache = True


class _NumberEquals(_MemberEquals):
    inherit_cache = True
    sqlite_types = "'integer', 'real'"  # 1 equals 1.0


class _TrueEquals(_MemberEquals):
    inherit_cache = True
    sqlite_types = "'true'"  # json_extract gives 1 for true and 0 for false


class _FalseEquals(_MemberEquals):
    inherit_cache = True
    sqlite_types = "'false'"


def member_equals(column: ColumnElement[Any], key: str, value: Scalar) -> ColumnElement[bool]:
    """``column[key] == value`` compared as JSON; every value and key is a bound parameter."""
    return _equality_class(value)(column, key, value)


def _equality_class(value: Scalar) -> type[_MemberEquals]:
    if isinstance(value, bool):
        return _TrueEquals if value else _FalseEquals
    return _TextEquals if isinstance(value, str) else _NumberEquals


class member_missing(FunctionElement[bool]):  # noqa: N801 - SQL functions are lower case
    """True when the object has no such key or holds null under it."""

    type = Boolean()
    inherit_cache = True
    name = "member_missing"

    def __init__(self, column: ColumnElement[Any], key: str) -> None:
        super().__init__(column, parameter(key, _TEXT), parameter(_sqlite_path(key), _TEXT))


# Arguments: column, key, SQLite path, SQLite value, JSON text.
@compiles(_MemberEquals)
def _equals_sqlite(element: _MemberEquals, compiler: SQLCompiler, **kw: Any) -> str:
    column, path, value = compiled_arguments(element, compiler, (0, 2, 3), **kw)
    return (
        f"(json_type({column}, {path}) IN ({element.sqlite_types})"
        f" AND json_extract({column}, {path}) = {value})"
    )


@compiles(_MemberEquals, "postgresql")
def _equals_postgresql(element: _MemberEquals, compiler: SQLCompiler, **kw: Any) -> str:
    column, key, as_json = compiled_arguments(element, compiler, (0, 1, 4), **kw)
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


class _MemberInDocument(FunctionElement[bool]):
    """``member_equals`` that PostgreSQL answers with jsonb containment, ``col @> '{"k": v}'``,
    which a GIN index on the (jsonb) column serves. SQLite compares as ``member_equals`` does.
    Arguments: those of ``member_equals``, then the one-member document."""

    type = Boolean()
    inherit_cache = True
    name = "member_in_document"

    def __init__(self, equals: _MemberEquals, document: str) -> None:
        # Every argument goes to the constructor: the statement cache keys on them, and an
        # argument added afterwards would be replayed from the first statement compiled.
        super().__init__(equals, parameter(document, _TEXT))


def member_in_document(column: ColumnElement[Any], key: str, value: Scalar) -> ColumnElement[bool]:
    document = json.dumps({key: value})
    return _MemberInDocument(_equality_class(value)(column, key, value), document)


@compiles(_MemberInDocument)
def _contained_sqlite(element: _MemberInDocument, compiler: SQLCompiler, **kw: Any) -> str:
    (equals,) = compiled_arguments(element, compiler, (0,), **kw)
    return equals


@compiles(_MemberInDocument, "postgresql")
def _contained_postgresql(element: _MemberInDocument, compiler: SQLCompiler, **kw: Any) -> str:
    equals = element.clauses.clauses[0]
    assert isinstance(equals, _MemberEquals)  # noqa: S101 - the constructor's first argument
    column = compiler.process(equals.clauses.clauses[0], **kw)
    (document,) = compiled_arguments(element, compiler, (1,), **kw)
    return f"({column} @> CAST({document} AS JSONB))"


class member_in(FunctionElement[bool]):  # noqa: N801 - SQL functions are lower case
    """``column[key]`` equals one of ``values``, compared as JSON; the list is one parameter."""

    type = Boolean()
    inherit_cache = True
    name = "member_in"

    def __init__(self, column: ColumnElement[Any], key: str, values: list[Scalar]) -> None:
        listed = parameter(json.dumps(values, separators=(",", ":")), _TEXT)
        super().__init__(column, parameter(key, _TEXT), parameter(_sqlite_path(key), _TEXT), listed)


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
