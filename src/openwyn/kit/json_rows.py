"""`json_rows(...)`: the rows of a correlated subquery as one JSON array of objects, the same
on PostgreSQL (`json_agg(json_build_object(...))`) and SQLite
(`json_group_array(json_object(...))`), read back as text (NULL when there are none on
PostgreSQL, `[]` on SQLite: `loads_rows` reads both as a list)."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import ColumnElement, FunctionElement, String, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class json_rows(FunctionElement[str]):  # noqa: N801 - SQL functions are lower case
    """An aggregate over `members`: (key, column) pairs; keys are code constants, written into
    the SQL as literals.

    The keys are arguments of the function like the columns, so they are part of the
    statement's cache key: a statement holding one is compiled once, not on every execution
    (with the keys kept aside, SQLAlchemy could not cache it, and compiling a client's detail
    took 7 ms of every get)."""

    type = String()
    inherit_cache = True
    name = "json_rows"

    def __init__(self, *members: tuple[str, ColumnElement[Any]]) -> None:
        keys = [key for key, _ in members]
        if not all(_KEY.match(key) for key in keys):
            raise ValueError(f"JSON keys must be identifiers: {keys}")
        arguments: list[ColumnElement[Any]] = []
        for key, column in members:
            arguments += [literal_column(f"'{key}'"), column]
        super().__init__(*arguments)


def _pairs(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return ", ".join(compiler.process(clause, **kw) for clause in element.clauses.clauses)


@compiles(json_rows)
def _sqlite(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_array(json_object({_pairs(element, compiler, **kw)}))"


@compiles(json_rows, "postgresql")
def _postgresql(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(json_agg(json_build_object({_pairs(element, compiler, **kw)})) AS TEXT)"


def loads_rows(value: str | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(value) if value else []
    return rows
