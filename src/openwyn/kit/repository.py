"""Generic SQL for declared resources. Every statement starts from the caller's tenant."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    BigInteger,
    BindParameter,
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    Row,
    Select,
    String,
    Table,
    TypeDecorator,
    any_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.kit import driver, local_dates
from openwyn.kit.listed import among, unbounded
from openwyn.kit.memo import Memo
from openwyn.kit.resource import Resource
from openwyn.kit.sqltypes import utcnow


def scoped_select(resource: Resource, tenant_id: int) -> Select[Any]:
    """The resource's returned columns, in its tenant only: the root of every read."""
    return resource.selection.where(resource.table.c.tenant_id == tenant_id)


# The reads of every list, search and get, compiled once per resource and filter for the driver
# (kit/driver.py). Their values travel in these binds.
_TENANT = "openwyn_tenant"
_ROW = "openwyn_row"
_LIMIT = "openwyn_limit"
_OFFSET = "openwyn_offset"
_ITEMS = "openwyn_items"


async def fetch_page(
    session: Reads,
    resource: Resource,
    tenant_id: int,
    conditions: Sequence[ColumnElement[bool]],
    order: Sequence[ColumnElement[Any]],
    limit: int,
    offset: int,
    shape: Hashable | None = None,
    off_loop: bool = False,
) -> Sequence[Any]:
    """A page of rows. `shape`, if given, names `conditions` and `order` (the same shape, the
    same SQL), so the statement is compiled once for the driver (in a worker thread if
    `off_loop`)."""
    if shape is not None:

        def page() -> Select[Any]:
            query = _scoped_to_bind(resource).where(*conditions).order_by(*order)
            # BIGINT: a page far down (page 10,000,000 of 1,000) is past INTEGER's range.
            query = query.limit(bindparam(_LIMIT, type_=BigInteger))
            return query.offset(bindparam(_OFFSET, type_=BigInteger))

        values = {_TENANT: tenant_id, _LIMIT: limit, _OFFSET: offset}
        key = ("page", resource.key, shape)
        rows = await driver.run(session, key, page, values, off_loop)
        if rows is not None:
            return rows
    query = scoped_select(resource, tenant_id).where(*conditions).order_by(*order)
    found: Sequence[Row[Any]] = (await session.execute(query.limit(limit).offset(offset))).all()
    return found


async def count(
    session: Reads,
    resource: Resource,
    tenant_id: int,
    conditions: Sequence[Any],
    shape: Hashable | None = None,
    off_loop: bool = False,
) -> int:
    table = resource.table
    if shape is not None:

        def counting() -> Select[Any]:
            scope = table.c.tenant_id == bindparam(_TENANT)
            return select(func.count()).select_from(table).where(scope, *conditions)

        key = ("count", resource.key, shape)
        rows = await driver.run(session, key, counting, {_TENANT: tenant_id}, off_loop)
        if rows is not None:
            return int(rows[0][0])
    query = select(func.count()).select_from(table).where(table.c.tenant_id == tenant_id)
    return int((await session.execute(query.where(*conditions))).scalar_one())


async def fetch_one(session: Reads, resource: Resource, tenant_id: int, row_id: int) -> Any:
    """The row (a SQLAlchemy row, or the driver's record), or None."""

    def one() -> Select[Any]:
        return _scoped_to_bind(resource).where(resource.table.c.id == bindparam(_ROW))

    values = {_TENANT: tenant_id, _ROW: row_id}
    rows = await driver.run(session, ("one", resource.key), one, values)
    if rows is not None:
        return rows[0] if rows else None
    query = scoped_select(resource, tenant_id).where(resource.table.c.id == row_id)
    return (await session.execute(query)).first()


async def fetch_many(
    session: Reads, resource: Resource, tenant_id: int, row_ids: Sequence[int]
) -> Sequence[Any]:
    query = scoped_select(resource, tenant_id).where(among(resource.table.c.id, row_ids))
    rows: Sequence[Any] = (await session.execute(query)).all()
    return rows


async def fetch_detail(session: Reads, resource: Resource, tenant_id: int, row_id: int) -> Any:
    """The row with what its detail derives from (`Resource.detail`), in one statement; None
    if there is no such row. Without a detail, the row as `fetch_one` reads it."""
    detail = resource.detail
    if detail is None:
        return await fetch_one(session, resource, tenant_id, row_id)

    def one() -> Select[Any]:
        by_id = _scoped_to_bind(resource).where(resource.table.c.id == bindparam(_ROW))
        return detail.statement(by_id)

    # A detail may compare dates with the tenant's today (kit/local_dates.py).
    values = {_TENANT: tenant_id, _ROW: row_id, local_dates.NOW: local_dates.now()}
    rows = await driver.run(session, ("detail", resource.key), one, values)
    if rows is not None:
        return rows[0] if rows else None
    query = scoped_select(resource, tenant_id).where(resource.table.c.id == row_id)
    return (await session.execute(detail.statement(query))).first()


def _scoped_to_bind(resource: Resource) -> Select[Any]:
    return resource.selection.where(resource.table.c.tenant_id == bindparam(_TENANT))


async def insert_row(
    session: AsyncSession, table: Table, tenant_id: int, values: dict[str, Any]
) -> int:
    now = utcnow()
    statement = (
        insert(table)
        .values(tenant_id=tenant_id, version=1, created_at=now, updated_at=now, **values)
        .returning(table.c.id)
    )
    return int((await session.execute(statement)).scalar_one())


async def insert_returning(
    session: AsyncSession, resource: Resource, tenant_id: int, values: dict[str, Any]
) -> Row[Any]:
    """Insert a row and return it in `resource.columns` order, in one statement."""
    now = utcnow()
    statement = (
        insert(resource.table)
        .values(tenant_id=tenant_id, version=1, created_at=now, updated_at=now, **values)
        .returning(*resource.columns)
    )
    row: Row[Any] = (await session.execute(statement)).one()
    return row


async def update_returning(
    session: AsyncSession,
    resource: Resource,
    tenant_id: int,
    row_id: int,
    values: dict[str, Any],
    expected_version: int | None,
) -> Row[Any] | None:
    """Apply `values`, bump the version and return the row; None when the row or the version
    did not match."""
    table = resource.table
    statement = update(table).where(table.c.tenant_id == tenant_id, table.c.id == row_id)
    if expected_version is not None:
        statement = statement.where(table.c.version == expected_version)
    statement = statement.values(version=table.c.version + 1, updated_at=utcnow(), **values)
    row: Row[Any] | None = (await session.execute(statement.returning(*resource.columns))).first()
    return row


async def update_row(
    session: AsyncSession,
    table: Table,
    tenant_id: int,
    row_id: int,
    values: dict[str, Any],
    expected_version: int | None,
) -> bool:
    """Apply `values` and bump the version; False when the row or the version did not match."""
    statement = update(table).where(table.c.tenant_id == tenant_id, table.c.id == row_id)
    if expected_version is not None:
        statement = statement.where(table.c.version == expected_version)
    statement = statement.values(version=table.c.version + 1, updated_at=utcnow(), **values)
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def delete_row(
    session: AsyncSession, table: Table, tenant_id: int, row_id: int, expected_version: int | None
) -> bool:
    statement = delete(table).where(table.c.tenant_id == tenant_id, table.c.id == row_id)
    if expected_version is not None:
        statement = statement.where(table.c.version == expected_version)
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def existing_ids(
    session: AsyncSession, table: Table, tenant_id: int, ids: Iterable[int]
) -> set[int]:
    wanted = set(ids)
    query = select(table.c.id).where(table.c.tenant_id == tenant_id, among(table.c.id, wanted))
    return set((await session.execute(query)).scalars().all())


async def id_matching(
    session: AsyncSession, table: Table, tenant_id: int, values: dict[str, Any]
) -> int | None:
    """The id of the tenant's row holding all of `values` (column name to value), if any."""
    matches = [table.c[column] == value for column, value in values.items()]
    query = select(table.c.id).where(table.c.tenant_id == tenant_id, *matches).limit(1)
    found = (await session.execute(query)).scalar_one_or_none()
    return None if found is None else int(found)


async def ids_by_columns(
    session: AsyncSession, table: Table, tenant_id: int, columns: Sequence[str]
) -> dict[tuple[Any, ...], int]:
    """Ids of all the tenant's rows, keyed by the values of `columns` (in that order)."""
    query = select(table.c.id, *(table.c[column] for column in columns))
    rows = (await session.execute(query.where(table.c.tenant_id == tenant_id))).all()
    return {tuple(values): int(row_id) for row_id, *values in rows}


async def values_taken(
    session: AsyncSession,
    table: Table,
    tenant_id: int,
    values: dict[str, Any],
    except_id: int | None,
) -> bool:
    """Whether another row of the tenant holds all of `values` (column name to value)."""
    matches = [table.c[column] == value for column, value in values.items()]
    query = select(table.c.id).where(table.c.tenant_id == tenant_id, *matches)
    if except_id is not None:
        query = query.where(table.c.id != except_id)
    return (await session.execute(query.limit(1))).first() is not None


async def parent_of(
    session: AsyncSession, table: Table, tenant_id: int, row_id: int, parent_column: str
) -> int | None:
    query = select(table.c[parent_column]).where(
        table.c.tenant_id == tenant_id, table.c.id == row_id
    )
    value = (await session.execute(query)).scalar_one_or_none()
    return None if value is None else int(value)


async def analyze(session: AsyncSession) -> None:
    """Refresh the planner's statistics of every table after a bulk load (the demo's seeding, an
    import). Without them PostgreSQL takes a freshly filled table for an empty one and may plan
    a relation filter as a nested scan of thousands of rows per row; SQLite's planner also
    reads them (``sqlite_stat1``). Rows the session's own transaction wrote are counted."""
    await session.execute(text("ANALYZE"))


async def begin_immediately(session: AsyncSession) -> None:
    """Open the transaction now, holding SQLite's write lock from the start.

    SQLite's Python driver begins a transaction lazily, at the first write: a SAVEPOINT issued
    before that would itself start the transaction (and releasing it would commit everything),
    and two workers reading the same queue row before either writes would both claim it.
    ``BEGIN IMMEDIATE`` makes savepoints nest and makes SQLite claims single-writer.
    PostgreSQL needs nothing: the session's transaction is already open, and its claims lock
    rows (``FOR UPDATE SKIP LOCKED``).
    """
    connection = await session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = await connection.get_raw_connection()
    if not raw.driver_connection.in_transaction:  # type: ignore[union-attr]
        await connection.exec_driver_sql("BEGIN IMMEDIATE")


async def begin_bookkeeping(session: AsyncSession) -> None:
    """Open a transaction of delivery bookkeeping (claims, outcomes, dispatch).

    Its commit need not wait for the disk on PostgreSQL: losing it in a crash of the database
    only means an event is sent again, which at-least-once delivery allows, and waiting for
    every claim to be flushed would throttle delivery to the disk's pace. On SQLite it takes
    the write lock up front (``begin_immediately``): claims there are single-writer.
    """
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        await connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
    else:
        await begin_immediately(session)


# How each database names the columns of a unique constraint a statement broke.
_POSTGRESQL_KEY = re.compile(r"Key \(([^)]*)\)=")
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)$")
_UNIQUE_VIOLATION = "23505"


def unique_columns(error: IntegrityError) -> frozenset[str]:
    """The columns of the unique constraint `error` broke, as the database names them; empty
    for any other integrity error (a foreign key, a NOT NULL) or one it does not describe."""
    cause: BaseException | None = error.orig
    while cause is not None:
        detail = getattr(cause, "detail", None)
        if getattr(cause, "sqlstate", None) == _UNIQUE_VIOLATION and isinstance(detail, str):
            key = _POSTGRESQL_KEY.match(detail)
            return frozenset(name.strip() for name in key[1].split(",")) if key else frozenset()
        cause = cause.__cause__
    failed = _SQLITE_UNIQUE.search(str(error.orig))
    if failed is None:
        return frozenset()
    return frozenset(name.strip().rpartition(".")[2] for name in failed[1].split(","))


def cents(column: Any) -> Any:
    """A sum of two-decimal amounts, exact on both databases: SQLite keeps NUMERIC values as
    binary floats, so each is counted in whole cents (an integer sum) and divided back."""
    return func.coalesce(func.sum(cast(func.round(column * 100), BigInteger)), 0)


async def sum_amounts(
    session: Reads,
    resource: Resource,
    tenant_id: int,
    conditions: Sequence[ColumnElement[bool]],
    names: Sequence[str],
    shape: Hashable | None = None,
    off_loop: bool = False,
) -> dict[str, Decimal]:
    """The exact sums of the two-decimal fields `names` (API names) over the tenant's rows
    that meet `conditions` (all of them, not a page). `shape`, if given, names `conditions`
    (as for `fetch_page`), so the statement is compiled once for the driver."""
    table = resource.table
    if shape is not None:

        def summing() -> Select[Any]:
            scope = table.c.tenant_id == bindparam(_TENANT)
            return select(*_cents_of(resource, names)).select_from(table).where(scope, *conditions)

        key = ("sums", resource.key, tuple(names), shape)
        rows = await driver.run(session, key, summing, {_TENANT: tenant_id}, off_loop)
        if rows is not None:
            return {name: from_cents(value) for name, value in zip(names, rows[0], strict=True)}
    query = select(*_cents_of(resource, names)).select_from(table)
    query = query.where(table.c.tenant_id == tenant_id, *conditions)
    row = (await session.execute(query)).one()
    return {name: from_cents(value) for name, value in zip(names, row, strict=True)}


def _cents_of(resource: Resource, names: Sequence[str]) -> list[Any]:
    return [cents(resource.table.c[resource.by_name[name].column_name]) for name in names]


def from_cents(value: Any) -> Decimal:
    return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


async def insert_many(
    session: AsyncSession, table: Table, tenant_id: int, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert many rows (column names to values, the same names in each) in one batched
    statement; a bulk load's."""
    if not rows:
        return
    now = utcnow()
    stamps = {"tenant_id": tenant_id, "version": 1, "created_at": now, "updated_at": now}
    await session.execute(insert(table), [stamps | row for row in rows])


async def fetch_by_pms_refs(
    session: AsyncSession, resource: Resource, tenant_id: int, pms_refs: Sequence[str]
) -> Sequence[Any]:
    """The tenant's rows with these pmsRefs, in `resource.columns` order (SQLAlchemy's rows,
    or the driver's records: read them by position)."""
    table = resource.table

    def by_refs() -> Select[Any]:
        refs = table.c.pms_ref == any_(_items(table.c.pms_ref))
        return _scoped_to_bind(resource).where(refs).order_by(table.c.id)

    values = {_TENANT: tenant_id, _ITEMS: list(pms_refs)}
    rows = await driver.run_within(session, ("by_refs", resource.key), by_refs, values)
    if rows is not None:
        return rows
    query = scoped_select(resource, tenant_id).where(among(table.c.pms_ref, pms_refs))
    found: Sequence[Any] = (await session.execute(query.order_by(table.c.id))).all()
    return found


def _items(column: ColumnElement[Any]) -> BindParameter[Any]:
    """The bind of a list of the column's values (PostgreSQL: an array), for the driver."""
    return bindparam(_ITEMS, type_=ARRAY(unbounded(column.type)))


# The set-based steps of a batch of upserts (records/bulk.py): each reads or writes the rows of
# many records of one type in one statement.


async def ids_by_values(
    session: AsyncSession, table: Table, tenant_id: int, column: str, values: Iterable[Any]
) -> dict[Any, int]:
    """The id of the tenant's row holding each of `values` in `column` (a unique one); values
    no row holds are left out."""
    wanted = list(set(values))
    if not wanted:
        return {}
    held = table.c[column]

    def holding() -> Select[Any]:
        scope = table.c.tenant_id == bindparam(_TENANT)
        return select(held, table.c.id).where(scope, held == any_(_items(held)))

    key = ("ids_by", table.name, column)
    rows = await driver.run_within(session, key, holding, {_TENANT: tenant_id, _ITEMS: wanted})
    if rows is None:
        query = select(held, table.c.id).where(table.c.tenant_id == tenant_id, among(held, wanted))
        rows = (await session.execute(query)).all()
    return {value: int(row_id) for value, row_id in rows}


async def holders(
    session: AsyncSession,
    table: Table,
    tenant_id: int,
    columns: Sequence[str],
    firsts: Iterable[Any],
    condition: dict[str, Any],
) -> dict[tuple[Any, ...], set[int]]:
    """The ids of the tenant's rows by the values they hold in `columns`, among the rows whose
    first column holds one of `firsts` and whose columns hold `condition`'s values."""
    wanted = list(set(firsts))
    if not wanted:
        return {}
    first, selected = table.c[columns[0]], [table.c.id, *(table.c[name] for name in columns)]

    def holding() -> Select[Any]:
        scope = table.c.tenant_id == bindparam(_TENANT)
        when = [table.c[name] == bindparam(f"openwyn_when_{name}") for name in condition]
        return select(*selected).where(scope, first == any_(_items(first)), *when)

    key = ("holders", table.name, tuple(columns), tuple(condition))
    values = {_TENANT: tenant_id, _ITEMS: wanted}
    values |= {f"openwyn_when_{name}": value for name, value in condition.items()}
    rows = await driver.run_within(session, key, holding, values)
    if rows is None:
        matches = [table.c[name] == value for name, value in condition.items()]
        query = select(*selected).where(
            table.c.tenant_id == tenant_id, among(first, wanted), *matches
        )
        rows = (await session.execute(query)).all()
    found: dict[tuple[Any, ...], set[int]] = {}
    for row_id, *held in rows:
        found.setdefault(tuple(held), set()).add(int(row_id))
    return found


async def insert_many_returning(
    session: AsyncSession, resource: Resource, tenant_id: int, rows: Sequence[dict[str, Any]]
) -> Sequence[Row[Any]]:
    """Insert rows (the same column names in each) in one statement and return them in
    `resource.columns` order (SQLAlchemy's rows, or the driver's records: read them by
    position)."""
    stamped = _stamped(tenant_id, rows)
    written = await _inserted_from_arrays(session, resource.table, stamped, resource.columns)
    if written is not None:
        return written
    return await _inserted(session, resource.table, stamped, resource.columns)


async def insert_many_into(
    session: AsyncSession,
    table: Table,
    tenant_id: int,
    rows: Sequence[dict[str, Any]],
    returning: Sequence[Any],
) -> Sequence[Row[Any]]:
    """Insert rows (the same column names in each) in one statement and return their
    `returning` columns, in no particular order (asking for the order of `rows` would make
    SQLite's driver insert them one by one)."""
    return await _inserted(session, table, _stamped(tenant_id, rows), returning)


def _stamped(tenant_id: int, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    now = utcnow()
    stamps = {"tenant_id": tenant_id, "version": 1, "created_at": now, "updated_at": now}
    return [stamps | row for row in rows]


async def _inserted(
    session: AsyncSession, table: Table, rows: list[dict[str, Any]], returning: Sequence[Any]
) -> Sequence[Row[Any]]:
    result = await session.execute(insert(table).returning(*returning), rows)
    written: Sequence[Row[Any]] = result.all()
    return written


# Many rows inserted on PostgreSQL as one statement on the driver, each column one array:
# SQLAlchemy's multi-row insert bound and processed every value of every row through its
# execution machinery, a third of a batch of creates' own time.
@dataclass(frozen=True)
class _ArrayInsert:
    sql: str
    names: tuple[str, ...]  # the rows' keys, then the columns given their scalar defaults
    defaults: tuple[Any, ...]  # those defaults, in order
    processors: tuple[Callable[[Any], Any] | None, ...]  # each column's bind processor

    def arrays(self, rows: Sequence[dict[str, Any]]) -> list[list[Any]]:
        given = len(self.names) - len(self.defaults)
        out = []
        for index, (name, process) in enumerate(zip(self.names, self.processors, strict=True)):
            if index >= given:
                column = [self.defaults[index - given]] * len(rows)
            else:
                column = [row[name] for row in rows]
            out.append(column if process is None else [_bound(process, v) for v in column])
        return out


def _bound(process: Callable[[Any], Any], value: Any) -> Any:
    return None if value is None else process(value)


_ARRAY_INSERTS: Memo[_ArrayInsert | None] = Memo(limit=1024)


async def _inserted_from_arrays(
    session: AsyncSession, table: Table, rows: Sequence[dict[str, Any]], returning: Sequence[Any]
) -> Sequence[Any] | None:
    """The rows inserted and their `returning` columns, on PostgreSQL's driver; None where the
    insert is left to SQLAlchemy (SQLite, or a column whose type or default it must handle)."""
    dialect = session.get_bind().dialect
    if dialect.name != "postgresql" or len(rows) < 2:
        return None
    names = tuple(rows[0])
    key = (table.name, names, tuple(column.name for column in returning))
    plan = _ARRAY_INSERTS.get(key, lambda: _array_insert(table, names, returning, dialect))
    if plan is None:
        return None
    return await driver.fetch_within(session, plan.sql, plan.arrays(rows))


def _array_insert(
    table: Table, names: tuple[str, ...], returning: Sequence[Any], dialect: Dialect
) -> _ArrayInsert | None:
    """The insert of rows with these keys, or None if it cannot stand for SQLAlchemy's: a
    column left out must have no default or a constant one, every column a type whose array
    the driver binds as SQLAlchemy would bind its values, and every returned one a type the
    driver reads back as SQLAlchemy would."""
    defaulted = []
    for column in table.columns:
        if column.name in names or column.default is None:
            continue
        if not column.default.is_scalar:
            return None
        defaulted.append(column)
    columns = [table.c[name] for name in names] + defaulted
    types = [_array_type(column, dialect) for column in columns]
    if None in types or not driver.replayable(returning):
        return None
    quote = dialect.identifier_preparer.quote
    listed = ", ".join(quote(column.name) for column in columns)
    arrays = ", ".join(f"${n}::{kind}[]" for n, kind in enumerate(types, start=1))
    shown = ", ".join(quote(column.name) for column in returning)
    # Identifiers quoted by the dialect; every value is bound.
    sql = f"INSERT INTO {quote(table.name)} ({listed}) SELECT * FROM unnest({arrays}) "  # noqa: S608
    sql += f"RETURNING {shown}"
    processors = tuple(
        column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns
    )
    names_in_order = (*names, *(column.name for column in defaulted))
    defaults = tuple(column.default.arg for column in defaulted)  # type: ignore[union-attr]
    return _ArrayInsert(sql, names_in_order, defaults, processors)


def _array_type(column: Column[Any], dialect: Dialect) -> str | None:
    """The PostgreSQL type of the array `column`'s values are sent in; None for a type not
    listed here."""
    kind = column.type.dialect_impl(dialect)
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    for python_type, name in _ARRAY_TYPES:
        if isinstance(kind, python_type):
            if name == "timestamp" and getattr(kind, "timezone", False):
                return "timestamptz"
            return name
    return None


# Most specific first (Float is a Numeric, JSONB a JSON, BigInteger an Integer).
_ARRAY_TYPES: tuple[tuple[type[Any], str], ...] = (
    (Boolean, "boolean"),
    (Float, "float8"),
    (Numeric, "numeric"),
    (Integer, "bigint"),
    (String, "text"),
    (JSONB, "jsonb"),
    (JSON, "json"),
    (DateTime, "timestamp"),
    (Date, "date"),
)


async def update_many(
    session: AsyncSession,
    table: Table,
    tenant_id: int,
    changes: Sequence[tuple[int, dict[str, Any]]],
) -> None:
    """Apply each `(row id, values)` (the same column names in each) and bump the versions, in
    one batched statement."""
    if not changes:
        return
    names = list(changes[0][1])
    statement = (
        update(table)
        .where(table.c.tenant_id == tenant_id, table.c.id == bindparam("openwyn_row"))
        .values(
            version=table.c.version + 1,
            updated_at=utcnow(),
            **{name: bindparam(f"openwyn_set_{name}") for name in names},
        )
    )
    parameters = [
        {"openwyn_row": row_id} | {f"openwyn_set_{name}": values[name] for name in names}
        for row_id, values in changes
    ]
    connection = await session.connection()
    await connection.execute(statement, parameters)
