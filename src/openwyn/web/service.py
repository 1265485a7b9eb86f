"""Generic business rules for declared resources: references, uniqueness, versions, paging.

Resource-specific rules plug in through ``Resource.rules``. Nothing here commits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.errors import Conflict, ErrorDetail, NotFound, PreconditionFailed, ValidationFailed
from openwyn.kit import costly, query, status_reads
from openwyn.kit import repository as repo
from openwyn.kit.cursor import OrderKey
from openwyn.kit.memo import Memo
from openwyn.kit.paging import Paging
from openwyn.kit.resource import REGISTRY, Change, Resource, status_event
from openwyn.web import outbox


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    has_next: bool
    end_cursor: str | None

    def page_info(self) -> dict[str, Any]:
        return {"hasNextPage": self.has_next, "endCursor": self.end_cursor}


@dataclass(frozen=True)
class Listing:
    where: dict[str, Any] | None
    order_by: list[dict[str, str]] | None
    simple: dict[str, Any]
    paging: Paging


async def list_rows(session: Reads, resource: Resource, tenant_id: int, listing: Listing) -> Page:
    cost = query.where_cost(resource.query_spec, listing.where) if listing.where else 0

    async def run(off_loop: bool) -> Page:
        return await _list_rows(session, resource, tenant_id, listing, off_loop)

    return await costly.search(cost, run)


async def _list_rows(
    session: Reads, resource: Resource, tenant_id: int, listing: Listing, off_loop: bool
) -> Page:
    fingerprint = query.query_fingerprint(
        {"where": listing.where, "filters": listing.simple}, listing.order_by
    )
    compiled = await costly.build(off_loop, lambda: _compiled(resource, listing, fingerprint))
    conditions, keys, order = compiled
    offset = listing.paging.offset
    page_conditions = list(conditions)
    shape: str | None = fingerprint  # the SQL of pages by offset depends on the filter only
    if listing.paging.cursor is not None:
        after = query.decode_cursor(listing.paging.cursor, keys, fingerprint)
        page_conditions.append(query.keyset_after(keys, after))
        offset, shape = 0, None
    size = listing.paging.size
    rows = await repo.fetch_page(
        session, resource, tenant_id, page_conditions, order, size + 1, offset, shape, off_loop
    )
    page_rows = rows[:size]
    if listing.paging.cursor is None and (rows or offset == 0) and len(rows) <= size:
        total = offset + len(rows)  # the last page, reached by offset: the count is known
    else:
        total = await repo.count(session, resource, tenant_id, conditions, fingerprint, off_loop)
    cursor = None
    if page_rows:
        last = page_rows[-1]
        values = [last[resource.positions[key.field.name]] for key in keys]
        cursor = query.encode_cursor(keys, values, fingerprint)
    serialize = resource.list_serializer
    items = [serialize(row) for row in page_rows]
    return Page(items, total, len(rows) > size, cursor)


class _Compiled(NamedTuple):
    """A listing's filter and order, as SQL."""

    conditions: list[ColumnElement[bool]]
    keys: list[OrderKey]
    order: list[ColumnElement[Any]]


# Filters and orders by (resource, listing fingerprint). SQL expressions are immutable, so one
# built for a filter serves every later listing with the same filter (an integration polling
# the same search), sparing the `where` compiler and SQLAlchemy's operator machinery.
_COMPILED: Memo[_Compiled] = Memo(limit=2048)


def _compiled(resource: Resource, listing: Listing, fingerprint: str) -> _Compiled:
    def build() -> _Compiled:
        keys = query.compile_order(resource.query_spec, listing.order_by, resource.default_order)
        return _Compiled(_conditions(resource, listing), keys, query.order_clauses(keys))

    return _COMPILED.get((resource.key, fingerprint), build)


def _conditions(resource: Resource, listing: Listing) -> list[ColumnElement[bool]]:
    table = resource.table
    conditions: list[ColumnElement[bool]] = []
    if listing.where:
        conditions.append(query.compile_where(resource.query_spec, listing.where))
    for name, value in listing.simple.items():
        column = table.c[resource.by_name[name].column_name]
        conditions.append(column.is_(None) if value is None else column == value)
    # Lists return every row, inactive ones too (contract §13.2): `active` filters like any field.
    return conditions


async def sums(
    session: Reads, resource: Resource, tenant_id: int, listing: Listing, names: Sequence[str]
) -> dict[str, Any]:
    """Exact sums of the amount fields `names` over every row the listing's filter takes."""
    fingerprint = query.query_fingerprint(
        {"where": listing.where, "filters": listing.simple}, listing.order_by
    )
    cost = query.where_cost(resource.query_spec, listing.where) if listing.where else 0

    async def run(off_loop: bool) -> dict[str, Any]:
        built = await costly.build(off_loop, lambda: _compiled(resource, listing, fingerprint))
        conditions = built.conditions
        return await repo.sum_amounts(
            session, resource, tenant_id, conditions, names, fingerprint, off_loop
        )

    return await costly.search(cost, run)


async def get(session: Reads, resource: Resource, tenant_id: int, row_id: int) -> dict[str, Any]:
    row = await repo.fetch_one(session, resource, tenant_id, row_id)
    if row is None:
        raise NotFound(f"No {resource.title} with id {row_id}.")
    return resource.serializer(row)


async def get_many(
    session: Reads, resource: Resource, tenant_id: int, row_ids: Sequence[int]
) -> dict[int, dict[str, Any]]:
    """The tenant's objects with these ids, by id (ids it lacks are left out)."""
    rows = await repo.fetch_many(session, resource, tenant_id, row_ids)
    items = [resource.serializer(row) for row in rows]
    return {item["id"]: item for item in items}


async def list_rows_as_read(
    session: Reads, resource: Resource, tenant_id: int, listing: Listing
) -> Page:
    """`list_rows`, with `status` as it reads today where the resource's status does (its
    filters too: kit/status_reads.py)."""
    reading = resource.status_as_read
    if reading is None:
        return await list_rows(session, resource, tenant_id, listing)
    today = await reading.today(session, tenant_id)
    where, simple = status_reads.with_simple_status(listing.where, listing.simple)
    where = status_reads.rewrite(where, today, reading.reads)
    listing = replace(listing, where=where, simple=simple)
    page = await list_rows(session, resource, tenant_id, listing)
    return replace(page, items=[reading.row(item, today) for item in page.items])


async def get_detail_as_read(
    session: Reads, resource: Resource, tenant_id: int, row_id: int
) -> dict[str, Any]:
    """`get_detail`, with `status` as it reads today where the resource's status does."""
    item = await get_detail(session, resource, tenant_id, row_id)
    reading = resource.status_as_read
    if reading is None:
        return item
    return reading.row(item, await reading.today(session, tenant_id))


async def get_detail(
    session: Reads, resource: Resource, tenant_id: int, row_id: int
) -> dict[str, Any]:
    """The single-object answer (contract §13.6): every stored field and, for a resource with
    a detail, the fields derived at read time, read in one statement."""
    row = await repo.fetch_detail(session, resource, tenant_id, row_id)
    if row is None:
        raise NotFound(f"No {resource.title} with id {row_id}.")
    return resource.detailed(row)


async def detail_of(
    session: AsyncSession, resource: Resource, tenant_id: int, item: dict[str, Any]
) -> dict[str, Any]:
    """A written object as the single-object answers show it: `item` itself, or read again
    with its derived fields where the resource has any."""
    if resource.detail is None:
        return item
    return await get_detail(session, resource, tenant_id, item["id"])


def _to_columns(resource: Resource, values: dict[str, Any]) -> dict[str, Any]:
    return {resource.by_name[name].column_name: value for name, value in values.items()}


async def find_id(
    session: AsyncSession, resource: Resource, tenant_id: int, values: dict[str, Any]
) -> int | None:
    """The id of the tenant's object whose fields (API names) hold `values`, if there is one."""
    return await repo.id_matching(session, resource.table, tenant_id, _to_columns(resource, values))


async def ids_by_fields(
    session: AsyncSession, resource: Resource, tenant_id: int, names: Sequence[str]
) -> dict[tuple[Any, ...], int]:
    """Every id of the tenant's objects, keyed by the values of the fields `names` (API names)."""
    columns = [resource.by_name[name].column_name for name in names]
    return await repo.ids_by_columns(session, resource.table, tenant_id, columns)


async def _resolve_pms_refs(
    session: AsyncSession, resource: Resource, tenant_id: int, values: dict[str, Any]
) -> dict[str, Any]:
    """Turn references given as ``{"pmsRef": ...}`` into ids (400 naming the field if unknown);
    ``inputs.reference`` has already turned ``{"systemRef": ...}`` into that form."""
    resolved = dict(values)
    details: list[ErrorDetail] = []
    for name, value in values.items():
        attr = resource.by_name.get(name)  # a write model's own input (`amount`) is no attribute
        target_key = None if attr is None else attr.references
        if target_key is None or not isinstance(value, dict):
            continue
        target = REGISTRY[target_key]
        pms_ref = value["pmsRef"]
        found = await find_id(session, target, tenant_id, {"pmsRef": pms_ref})
        if found is None:
            message = f"no {target.title} with pmsRef {pms_ref!r}"
            details.append({"path": name, "message": message})
        resolved[name] = found
    if details:
        raise ValidationFailed("A referenced object does not exist.", details)
    return resolved


async def _check_references(
    session: AsyncSession, resource: Resource, tenant_id: int, values: dict[str, Any]
) -> None:
    wanted: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name, value in values.items():
        target = resource.by_name[name].references
        if target is not None and value is not None:
            wanted[target].append((name, value))
    details: list[ErrorDetail] = []
    for target, pairs in wanted.items():
        found = await repo.existing_ids(
            session, REGISTRY[target].table, tenant_id, (v for _, v in pairs)
        )
        details += [
            {"path": name, "message": f"no {REGISTRY[target].title} with id {value}"}
            for name, value in pairs
            if value not in found
        ]
    if details:
        raise ValidationFailed("A referenced object does not exist.", details)


async def _check_unique(
    session: AsyncSession,
    resource: Resource,
    tenant_id: int,
    values: dict[str, Any],
    row_id: int | None,
) -> None:
    for name, value in values.items():
        attr = resource.by_name[name]
        if not attr.unique or value is None:
            continue
        if await repo.values_taken(
            session, resource.table, tenant_id, {attr.column_name: value}, row_id
        ):
            raise taken_conflict(resource, name)


def taken_conflict(resource: Resource, name: str) -> Conflict:
    return Conflict(
        f"Another {resource.title} already has this {name}.",
        [{"path": name, "message": "is already taken"}],
    )


@contextmanager
def _lost_race_named(resource: Resource) -> Iterator[None]:
    """A write that lost a race for a unique value (another request took it between the check
    and the write) is the 409 the check would have given, naming the field; any other
    integrity error goes on as it is."""
    try:
        yield
    except IntegrityError as error:
        columns = repo.unique_columns(error)
        taken = [a.name for a in resource.attrs if a.unique and a.column_name in columns]
        if not taken:
            raise
        raise taken_conflict(resource, taken[0]) from error


async def _validate(session: AsyncSession, tenant_id: int, change: Change) -> None:
    resource = change.resource
    await _check_references(session, resource, tenant_id, change.values)
    await _check_unique(session, resource, tenant_id, change.values, change.row_id)
    for rule in resource.rules:
        await rule(session, tenant_id, change)


async def create(
    session: AsyncSession, resource: Resource, tenant_id: int, values: dict[str, Any]
) -> dict[str, Any]:
    values = await _resolve_pms_refs(session, resource, tenant_id, values)
    if resource.prepare is not None:
        values = await resource.prepare(session, tenant_id, values, None)
    await _validate(session, tenant_id, Change(resource, None, values, None))
    with _lost_race_named(resource):
        row = await repo.insert_returning(
            session, resource, tenant_id, _to_columns(resource, values)
        )
    item = resource.serializer(row)
    await outbox.record(session, tenant_id, resource.key, outbox.CREATE, item)
    if (status := status_event(resource, item, None)) is not None:
        await outbox.record(session, tenant_id, resource.key, status, item)
    if resource.written is not None:
        await resource.written(session, tenant_id, None, item)
    return item


@dataclass(frozen=True)
class Updated:
    item: dict[str, Any]
    changed: bool


async def update(
    session: AsyncSession,
    resource: Resource,
    tenant_id: int,
    row_id: int,
    values: dict[str, Any],
    if_match: int | None,
) -> dict[str, Any]:
    """Apply only the sent fields that differ; the version grows only when something changed."""
    return (await apply_update(session, resource, tenant_id, row_id, values, if_match)).item


async def apply_update(
    session: AsyncSession,
    resource: Resource,
    tenant_id: int,
    row_id: int,
    values: dict[str, Any],
    if_match: int | None,
    operation: str = outbox.UPDATE,
) -> Updated:
    """``update``, also telling whether anything changed (the Records API's UNCHANGED); the
    change's event is an `operation` (a deactivation's is a DELETE)."""
    row = await _current(session, resource, tenant_id, row_id, if_match)
    current = {attr.name: row[index] for index, attr in enumerate(resource.attrs)}
    values = await _resolve_pms_refs(session, resource, tenant_id, values)
    if resource.prepare is not None:
        values = await resource.prepare(session, tenant_id, values, current)
    changed = {name: value for name, value in values.items() if current[name] != value}
    if not changed:
        return Updated(resource.serializer(row), changed=False)
    await _validate(session, tenant_id, Change(resource, row_id, changed, current, values))
    columns = _to_columns(resource, changed)
    # Without If-Match the last writer wins, as Aiwyn clients expect.
    with _lost_race_named(resource):
        updated = await repo.update_returning(
            session, resource, tenant_id, row_id, columns, if_match
        )
    if updated is None:
        raise PreconditionFailed("The object changed while this request ran; retry.")
    item, before = resource.serializer(updated), resource.serializer(row)
    previous = {name: before[name] for name in changed}
    await outbox.record(session, tenant_id, resource.key, operation, item, previous)
    status = status_event(resource, item, previous) if operation == outbox.UPDATE else None
    if status is not None:  # a workflow move names its own operation instead
        await outbox.record(session, tenant_id, resource.key, status, item, previous)
    if resource.written is not None:
        await resource.written(session, tenant_id, before, item)
    return Updated(item, changed=True)


async def _current(
    session: AsyncSession, resource: Resource, tenant_id: int, row_id: int, if_match: int | None
) -> Row[Any]:
    """The stored row (in `resource.columns` order), after the If-Match check."""
    row: Row[Any] | None = await repo.fetch_one(session, resource, tenant_id, row_id)
    if row is None:
        raise NotFound(f"No {resource.title} with id {row_id}.")
    if if_match is not None and row[resource.positions["version"]] != if_match:
        raise PreconditionFailed()
    return row


async def set_active(
    session: AsyncSession,
    resource: Resource,
    tenant_id: int,
    row_id: int,
    active: bool,
    if_match: int | None = None,
) -> dict[str, Any]:
    """Deactivate or reactivate. A deactivation is the entity's delete (contract §6): its event
    is a DELETE, `data` the object after the change and `previous` `{"active": true}`, so a
    subscription to DELETE hears of it; a reactivation is an UPDATE."""
    operation = outbox.UPDATE if active else outbox.DELETE
    values = {"active": active}
    updated = await apply_update(session, resource, tenant_id, row_id, values, if_match, operation)
    return updated.item


async def delete(
    session: AsyncSession, resource: Resource, tenant_id: int, row_id: int, if_match: int | None
) -> None:
    row = await _current(session, resource, tenant_id, row_id, if_match)
    if not await repo.delete_row(session, resource.table, tenant_id, row_id, if_match):
        raise PreconditionFailed("The object changed while this request ran; retry.")
    # A tombstone carrying the entity's last state.
    last = resource.serializer(row)
    await outbox.record(session, tenant_id, resource.key, outbox.DELETE, last)
    if resource.written is not None:
        await resource.written(session, tenant_id, last, None)
