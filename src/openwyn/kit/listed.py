"""``column IN (list)`` with the whole list in one bound parameter, on SQLite and PostgreSQL.

SQLAlchemy's ``in_`` expands a list into one parameter per item: a filter with many lists
builds, compiles and binds thousands of them, and PostgreSQL refuses a statement with more than
32,767. Here a list is always one parameter, however long:

* PostgreSQL: ``column = ANY(:items)``, the items bound as an array of the column's type.
* SQLite: ``column IN (SELECT value FROM json_each(:items))``, the items bound as JSON text of
  the values SQLite would have been given one by one (each through the type's bind processor),
  so they compare exactly as before.

Both forms answer like ``IN`` and ``NOT IN`` in SQL's three-valued logic: NULL for a NULL
column, and an empty list matches nothing (``IN``) or everything (``NOT IN``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ARRAY, Boolean, ColumnElement, FunctionElement, String, bindparam
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

from openwyn.kit.json_members import compiled_arguments
from openwyn.kit.sqltypes import UTCDateTime

_SQLITE = sqlite.dialect()


def _sqlite_timestamp(value: datetime) -> str:
    """What SQLite's bind processor makes of a `UTCDateTime`, in a fifth of its time (a list of
    a thousand timestamps took 4 ms through SQLAlchemy's format string)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


_SQLITE_FAST: dict[type[TypeEngine[Any]], Callable[[Any], Any]] = {UTCDateTime: _sqlite_timestamp}


def sqlite_processor(item_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """How SQLite binds a value of `item_type`: None if as it is."""
    fast = _SQLITE_FAST.get(type(item_type))
    return fast or item_type.dialect_impl(_SQLITE).bind_processor(_SQLITE)


def _sqlite_json(items: Sequence[Any], item_type: TypeEngine[Any]) -> str:
    """The items as SQLite would bind them, in one JSON array."""
    process = sqlite_processor(item_type)
    values = items if process is None else [process(item) for item in items]
    return json.dumps(values, separators=(",", ":"))


def unbounded(item_type: TypeEngine[Any]) -> TypeEngine[Any]:
    """The type without a length: PostgreSQL casts the array to it, and a cast to varchar(n)
    cuts longer text to n characters, so a value one character past a column's length would
    match the stored value it starts with."""
    if isinstance(item_type, String) and item_type.length is not None:
        return String(collation=item_type.collation)
    return item_type


class listed_in(FunctionElement[bool]):  # noqa: N801 - SQL functions are lower case
    """``column IN items``, the items in one bound parameter. Both databases' forms are declared
    here, with the statement: the statement cache keys on every argument."""

    type = Boolean()
    inherit_cache = True
    name = "listed_in"

    def __init__(
        self, column: ColumnElement[Any], items: Sequence[Any], item_type: TypeEngine[Any]
    ) -> None:
        listed = list(items)
        as_array = bindparam(None, listed, type_=ARRAY(unbounded(item_type)))
        # Made when SQLite binds it, so PostgreSQL never pays for it.
        as_json = bindparam(None, callable_=lambda: _sqlite_json(listed, item_type), type_=String())
        super().__init__(column, as_array, as_json)


@compiles(listed_in)
def _listed_in_sqlite(element: listed_in, compiler: SQLCompiler, **kw: Any) -> str:
    column, items = compiled_arguments(element, compiler, (0, 2), **kw)
    # The column and a bound parameter, both rendered by the compiler.
    return f"(({column}) IN (SELECT value FROM json_each({items})))"  # noqa: S608


@compiles(listed_in, "postgresql")
def _listed_in_postgresql(element: listed_in, compiler: SQLCompiler, **kw: Any) -> str:
    column, items = compiled_arguments(element, compiler, (0, 1), **kw)
    return f"(({column}) = ANY ({items}))"


def among(column: ColumnElement[Any], items: Iterable[Any]) -> listed_in:
    """``column IN items`` for values of the column's own type (ids, references), in one
    parameter: the statement's text is the same for any number of items, so PostgreSQL's
    prepared statement is reused and nothing is expanded per item."""
    return listed_in(column, list(items), column.type)
