"""Searching custom records with the read family's ``where`` and ``orderBy`` language.

Each field of a type becomes a typed expression over the JSON document, so values are checked
against the field's type and compare the same way on both databases. Equality on a field is
answered by jsonb containment on PostgreSQL, which the GIN index on (tenant_id, data) serves.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Numeric, String, cast, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator, TypeEngine

from openwyn.db import DECIMAL_KEY, decimal_sort_key
from openwyn.errors import ValidationFailed
from openwyn.kit import costly, inputs, query
from openwyn.kit.json_members import member_in_document
from openwyn.kit.paging import Paging
from openwyn.kit.query import Field, Kind, QuerySpec
from openwyn.records import repository as repo
from openwyn.records.custom_types import CustomType
from openwyn.records.fields import FieldDefinition, FieldType, stored_value
from openwyn.records.kinds import CustomKind

DEFAULT_ORDER = [("systemRef", "asc")]


class _IsoDateText(TypeDecorator[date]):
    """A date compared as the ``YYYY-MM-DD`` text the document stores."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return value.isoformat() if isinstance(value, date) else value


class _ExactDecimal(TypeDecorator[Decimal]):
    """A decimal compared exactly: unconstrained NUMERIC on PostgreSQL, and on SQLite, whose
    numbers are doubles, the text key of ``db.decimal_sort_key`` (values bind as keys too)."""

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String())
        return dialect.type_descriptor(Numeric())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if dialect.name == "sqlite" and isinstance(value, Decimal):
            return decimal_sort_key(value)
        return value


class _decimal_of(FunctionElement[Decimal]):  # noqa: N801 - a SQL function's name
    """A decimal field's stored text as an `_ExactDecimal`."""

    type = _ExactDecimal()
    inherit_cache = True


@compiles(_decimal_of)
def _numeric(element: _decimal_of, compiler: SQLCompiler, **kw: Any) -> str:
    # Unconstrained NUMERIC holds every value the write path accepts, digit for digit.
    return f"CAST({compiler.process(element.clauses, **kw)} AS NUMERIC)"


@compiles(_decimal_of, "sqlite")
def _sort_key(element: _decimal_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{DECIMAL_KEY}({compiler.process(element.clauses, **kw)})"


class _TimestampText(TypeDecorator[datetime]):
    """A timestamp compared as the fixed-width UTC text the document stores."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return inputs.canonical_timestamp(value) if isinstance(value, datetime) else value


_KINDS: dict[FieldType, Kind] = {
    FieldType.STRING: Kind.STR,
    FieldType.TEXT: Kind.STR,
    FieldType.EMAIL: Kind.STR,
    FieldType.URL: Kind.STR,
    FieldType.ENUM: Kind.ENUM,
    FieldType.INTEGER: Kind.INT,
    FieldType.REFERENCE: Kind.INT,
    FieldType.DECIMAL: Kind.DECIMAL,
    FieldType.BOOLEAN: Kind.BOOL,
    FieldType.DATE: Kind.DATE,
    FieldType.DATETIME: Kind.DATETIME,
}


def _expression(definition: FieldDefinition) -> ColumnElement[Any]:
    member = repo.RECORDS.c.data[definition.name]
    text = member.as_string()
    typed: dict[FieldType, ColumnElement[Any]] = {
        FieldType.INTEGER: cast(text, BigInteger),
        FieldType.REFERENCE: cast(text, BigInteger),
        FieldType.DECIMAL: _decimal_of(text),
        FieldType.BOOLEAN: member.as_boolean(),
        FieldType.DATE: type_coerce(text, _IsoDateText()),
        FieldType.DATETIME: type_coerce(text, _TimestampText()),
    }
    chosen: ColumnElement[Any] = typed.get(definition.type, text)
    return chosen


def _document_equals(definition: FieldDefinition) -> Any:
    def equals(_column: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
        stored = stored_value(definition, value)
        return member_in_document(repo.RECORDS.c.data, definition.name, stored)

    return equals


def _custom_field(definition: FieldDefinition) -> Field:
    return Field(
        name=definition.name,
        column=_expression(definition),
        kind=_KINDS[definition.type],
        sortable=definition.type is not FieldType.TEXT,
        enum_values=tuple(definition.enum_values or ()),
        equals=_document_equals(definition),
    )


def spec_of(custom: CustomType) -> QuerySpec:
    records = repo.RECORDS.c
    fields = {
        "id": Field("id", records.id, Kind.INT),
        "systemRef": Field("systemRef", records.system_ref, Kind.STR),
        "active": Field("active", records.active, Kind.BOOL),
        "createdAt": Field("createdAt", records.created_at, Kind.DATETIME),
        "updatedAt": Field("updatedAt", records.updated_at, Kind.DATETIME),
    }
    for definition in custom.fields:
        if definition.type is not FieldType.JSON and definition.name not in fields:
            fields[definition.name] = _custom_field(definition)
    return QuerySpec(table=repo.RECORDS, fields=fields)


async def search(
    session: AsyncSession,
    tenant_id: int,
    custom: CustomType,
    where: dict[str, Any] | None,
    order_by: list[dict[str, str]] | None,
    paging: Paging,
) -> tuple[list[dict[str, Any]], int]:
    """A page of the type's records matching `where`, and how many match in all."""
    if paging.cursor is not None:
        raise ValidationFailed.at("cursor", "records search pages by page and pageSize")
    spec = spec_of(custom)
    keys = query.compile_order(spec, order_by, DEFAULT_ORDER)

    async def run(off_loop: bool) -> tuple[list[dict[str, Any]], int]:
        # Every record, inactive ones too (contract §13.2): `active` filters like any field.
        conditions = [await costly.build(off_loop, lambda: query.compile_where(spec, where))]
        rows = await repo.records_page(
            session,
            tenant_id,
            custom.id,
            conditions,
            query.order_clauses(keys),
            paging.size,
            paging.offset,
        )
        total = await repo.count_records(session, tenant_id, custom.id, conditions)
        kind = CustomKind(custom)
        return [kind.record(row) for row in rows], total

    return await costly.search(query.where_cost(spec, where) if where else 0, run)
