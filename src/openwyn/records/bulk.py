"""Upserts of a batch's standard records in set-based steps, with the answers of one by one.

Written one at a time (upsert.py), a record costs its systemRef lookup, its reference and
uniqueness checks, its write, its event and a savepoint. Here a run of consecutive records of
the directory types is planned against what is stored before the run, with one query per type
for its systemRefs, one per referenced type for references, one per unique field or rule for
uniqueness; then written with one multi-row statement per type and shape and one for all the
events.

The answer must be the one the records would get one by one, in order. A record sees what the
records before it wrote; planning against the stored rows is the same only while a record does
not depend on an earlier record of the run. So a record that might (the same systemRef as an
earlier one, a reference not found that an earlier record may have created, a unique value an
earlier record claimed or released) ends the run: the run is written, and the plan starts again
from that record, against the rows as they now are. A run whose write breaks a constraint (a
concurrent writer got there first) is undone and applied one record at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ApiError, NotFound, ValidationFailed
from openwyn.kit import driver, rules
from openwyn.kit import repository as kit_repo
from openwyn.kit.resource import REGISTRY, BatchPreparer, Change, Resource
from openwyn.records import repository as repo
from openwyn.records.fields import FieldDefinition, Reference, stored_value
from openwyn.records.kinds import (
    WRITERS,
    CustomKind,
    RecordKind,
    StandardKind,
    kind_of,
    target_has_id,
    validated,
)
from openwyn.web import outbox
from openwyn.web.service import taken_conflict


def set_based(type_name: str) -> Resource | None:
    """The standard type's resource if its records can be planned set-based: written by the
    generic service with no step of its own (`prepare`, `written`) or with those steps for a
    whole run too (`batched`), and only rules that read nothing or are a uniqueness the plan
    checks itself. Others go one record at a time."""
    if type_name in WRITERS or type_name not in REGISTRY:
        return None
    resource = REGISTRY[type_name]
    if resource.read_only or not resource.from_pms:
        return None
    own_steps = resource.prepare is not None or resource.written is not None
    # A pushed status's own event (`status_events`) is written by the generic service only.
    own_steps = own_steps or bool(resource.status_events)
    if own_steps and resource.batched is None:
        return None
    plannable = all(
        isinstance(rule, rules.UniqueTogether) or rule in rules.READS_NOTHING
        for rule in resource.rules
    )
    return resource if plannable else None


class _Cut(Exception):  # noqa: N818 - a signal, not an error
    """The record may depend on an earlier record of the run: plan it again after the run."""


@dataclass
class Item:
    """One record of the run: where its answer goes, and what planning learns of it."""

    resource: Resource
    key: str  # its systemRef as stored
    attributes: dict[str, Any]
    # Its error if it is not stored and the batch may not create it (built only then).
    missing: Callable[[], ApiError]
    answer: Callable[[str | None, int | None, dict[str, Any] | None], None]
    # Planned against the stored rows (see `_Planned`).
    row: Row[Any] | None = None
    values: dict[str, Any] | None = None
    error: ApiError | None = None
    # What planning derives from the above, asked for several times per plan: computed once
    # per plan (emptied by `_validate`, where every plan of the item starts).
    derived: dict[str, Any] = field(default_factory=dict)


@dataclass
class CustomItem:
    """One record of a custom type (active, without unique fields: see `custom_set_based`)."""

    kind: CustomKind
    key: str
    attributes: dict[str, Any]
    missing: Callable[[], ApiError]
    answer: Callable[[str | None, int | None, dict[str, Any] | None], None]
    row: Row[Any] | None = None
    values: dict[str, Any] | None = None  # validated; references not yet resolved
    error: ApiError | None = None


def custom_set_based(kind: RecordKind) -> CustomKind | None:
    """The custom type's kind if its records can be planned set-based: an active type (a
    deactivated one refuses writes, one by one) with no unique field (whose check locks the
    value on PostgreSQL, one by one)."""
    if not isinstance(kind, CustomKind) or not kind.type.active:
        return None
    return None if any(field.unique for field in kind.type.fields) else kind


AnyItem = Item | CustomItem


@dataclass
class _Lookups:
    """What one query per type found for the records of a plan."""

    rows: dict[str, dict[str, Row[Any]]] = field(default_factory=dict)  # type -> key -> row
    refs: dict[str, dict[Any, int]] = field(default_factory=dict)  # type -> pmsRef -> id
    ids: dict[str, set[int]] = field(default_factory=dict)  # type -> existing ids asked for
    # (type, rule or column name) -> held values -> ids of the rows holding them
    held: dict[tuple[str, Any], dict[tuple[Any, ...], set[int]]] = field(default_factory=dict)
    # Custom records: type -> systemRef -> row; references' targets, by name: systemRef -> id,
    # and the ids asked for that exist.
    records: dict[str, dict[str, Row[Any]]] = field(default_factory=dict)
    targets: dict[str, RecordKind] = field(default_factory=dict)
    target_refs: dict[str, dict[str, int]] = field(default_factory=dict)
    target_ids: dict[str, set[int]] = field(default_factory=dict)
    missing_targets: dict[str, NotFound] = field(default_factory=dict)
    # Batched types (`Resource.batched`): what their runs' derivations read, by type.
    preparers: dict[str, BatchPreparer] = field(default_factory=dict)


@dataclass
class _Run:
    """What the records of the run planned so far write: what a later record must not
    depend on, and the writes themselves."""

    keys: set[tuple[str, str]] = field(default_factory=set)
    created: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    touched: set[tuple[str, Any, tuple[Any, ...]]] = field(default_factory=set)
    steps: list[_Step | _CustomStep] = field(default_factory=list)
    # A batched type's writes run apart from other types' (`_apart`): what the run wrote.
    batched: str | None = None
    others: bool = False


@dataclass
class _Step:
    item: Item
    operation: str  # CREATED, UPDATED or UNCHANGED
    values: dict[str, Any]  # the fields written (API names)


@dataclass
class _CustomStep:
    item: CustomItem
    operation: str
    document: dict[str, Any]  # the record's data as it will be stored


Alone = Callable[[AnyItem], Awaitable[None]]


async def upsert(
    session: AsyncSession, tenant_id: int, items: list[AnyItem], create: bool, alone: Alone
) -> None:
    """Upsert the items, in order, each with the answer it would get alone."""
    rest = items
    while rest:
        lookups = await _look_up(session, tenant_id, rest, create)
        run = _Run()
        taken = 0
        for item in rest:
            try:
                if isinstance(item, CustomItem):
                    _plan_custom(item, lookups, run)
                else:
                    await _plan(session, tenant_id, item, lookups, run)
            except _Cut:
                break
            taken += 1
        await _write(session, tenant_id, run, rest[:taken], alone)
        rest = rest[taken:]


def _stored_row(item: Item, lookups: _Lookups) -> Row[Any] | None:
    return lookups.rows[item.resource.key].get(item.key)


async def _look_up(
    session: AsyncSession, tenant_id: int, everything: list[AnyItem], create: bool
) -> _Lookups:
    """Every systemRef's stored row, the attributes validated once against them, then every
    reference and unique value the records name: one query per type, column or rule."""
    lookups = _Lookups()
    customs = [item for item in everything if isinstance(item, CustomItem)]
    await _look_up_custom(session, tenant_id, customs, create, lookups)
    items = [item for item in everything if isinstance(item, Item)]
    by_type: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_type[item.resource.key].append(item)
    for key, of_type in by_type.items():
        resource = of_type[0].resource
        keys = list({item.key for item in of_type})
        rows = await kit_repo.fetch_by_pms_refs(session, resource, tenant_id, keys)
        at = resource.positions["pmsRef"]
        lookups.rows[key] = {row[at]: row for row in rows}
    for item in items:
        _validate(item, _stored_row(item, lookups), create)
    await _look_up_refs(session, tenant_id, items, lookups)
    for of_type in by_type.values():
        await _prepare(session, tenant_id, of_type, lookups)
    await _look_up_ids(session, tenant_id, items, lookups)
    await _look_up_holders(session, tenant_id, items, lookups)
    return lookups


async def _prepare(
    session: AsyncSession, tenant_id: int, items: list[Item], lookups: _Lookups
) -> None:
    """A batched type's derivation (`Resource.batched`) of every item resolved so far, over
    facts read once; each item keeps its prepared values or the error `prepare` raised."""
    batched = items[0].resource.batched
    if batched is None:
        return
    ready: list[tuple[Item, dict[str, Any], dict[str, Any] | None]] = []
    for item in items:
        values = None if item.values is None else _resolved(item, lookups)
        if isinstance(values, dict):
            ready.append((item, values, _before(item)))
    writes = [(values, before) for _, values, before in ready]
    preparer = await batched.prepare(session, tenant_id, writes)
    lookups.preparers[items[0].resource.key] = preparer
    for item, values, before in ready:
        try:
            item.derived["prepared"] = await preparer.prepare(values, before)
        except ApiError as error:
            item.derived["prepare_error"] = error


def _before(item: Item) -> dict[str, Any] | None:
    return None if item.row is None else _current(item)


def _validate(item: Item, row: Row[Any] | None, create: bool) -> None:
    item.row, item.values, item.error = row, None, None
    item.derived.clear()
    if row is None and not create:
        item.error = item.missing()
        return
    kind = StandardKind(item.resource)
    try:
        values = kind.write_values(item.attributes, creating=row is None)
    except ApiError as error:
        item.error = error
        return
    item.values = values | {"pmsRef": item.key} if row is None else values


def _once(item: Item, name: str, compute: Callable[[], Any]) -> Any:
    """`compute()`, worked out once per plan of the item (see `Item.derived`)."""
    if name not in item.derived:
        item.derived[name] = compute()
    return item.derived[name]


def _references(item: Item) -> list[tuple[str, Resource, Any]]:
    """The item's reference fields and values: (name, target, value as sent)."""
    found: list[tuple[str, Resource, Any]] = _once(item, "references", lambda: _refs_of(item))
    return found


def _refs_of(item: Item) -> list[tuple[str, Resource, Any]]:
    assert item.values is not None
    found = []
    for name, value in item.values.items():
        attr = item.resource.by_name.get(name)
        if attr is not None and attr.references is not None and value is not None:
            found.append((name, REGISTRY[attr.references], value))
    return found


async def _look_up_refs(
    session: AsyncSession, tenant_id: int, items: list[Item], lookups: _Lookups
) -> None:
    wanted: dict[str, set[Any]] = defaultdict(set)
    for item in items:
        if item.values is not None:
            for _, target, value in _references(item):
                if isinstance(value, dict):
                    wanted[target.key].add(value["pmsRef"])
    for key, refs in wanted.items():
        table = REGISTRY[key].table
        lookups.refs[key] = await kit_repo.ids_by_values(session, table, tenant_id, "pms_ref", refs)


def _resolved(item: Item, lookups: _Lookups) -> dict[str, Any] | list[tuple[str, str, Any]]:
    """The values with references by pmsRef turned into ids, or what was not found:
    (field, target type, pmsRef) each. A plan's references are all looked up before it asks
    (`_look_up_refs`), so the answer holds for the plan."""
    found: dict[str, Any] | list[tuple[str, str, Any]]
    found = _once(item, "resolved", lambda: _resolve(item, lookups))
    return found


def _resolve(item: Item, lookups: _Lookups) -> dict[str, Any] | list[tuple[str, str, Any]]:
    assert item.values is not None
    values = dict(item.values)
    missing = []
    for name, target, value in _references(item):
        if isinstance(value, dict):
            found = lookups.refs[target.key].get(value["pmsRef"])
            if found is None:
                missing.append((name, target.key, value["pmsRef"]))
            values[name] = found
    return missing or values


def _change_values(item: Item, lookups: _Lookups) -> dict[str, Any] | None:
    """What the item would write planned against the stored rows (None: nothing, or it fails
    before its checks)."""
    found: dict[str, Any] | None = _once(item, "change", lambda: _changed(item, lookups))
    return found


def _changed(item: Item, lookups: _Lookups) -> dict[str, Any] | None:
    if item.values is None:
        return None
    values = _resolved(item, lookups)
    if isinstance(values, list):
        return None
    if item.resource.batched is not None:  # what `prepare` made of them, if it took them
        prepared: dict[str, Any] | None = item.derived.get("prepared")
        if prepared is None:
            return None
        values = prepared
    if item.row is None:
        return values
    # The stored fields by position, only those sent: most records of a sync change nothing.
    row, at = item.row, item.resource.positions
    return {name: value for name, value in values.items() if row[at[name]] != value}


def _current(item: Item) -> dict[str, Any]:
    """The stored object's fields by API name."""
    found: dict[str, Any] = _once(item, "current", lambda: _stored_fields(item))
    return found


def _stored_fields(item: Item) -> dict[str, Any]:
    assert item.row is not None
    return {attr.name: item.row[index] for index, attr in enumerate(item.resource.attrs)}


async def _look_up_ids(
    session: AsyncSession, tenant_id: int, items: list[Item], lookups: _Lookups
) -> None:
    wanted: dict[str, set[int]] = defaultdict(set)
    for item in items:
        values = _change_values(item, lookups)
        for name, value in (values or {}).items():
            target = item.resource.by_name[name].references
            known = lookups.refs.get(target or "", {}).values()
            if target is not None and value is not None and value not in known:
                wanted[target].add(value)
    for key, ids in wanted.items():
        table = REGISTRY[key].table
        lookups.ids[key] = await kit_repo.existing_ids(session, table, tenant_id, ids)
    for key, refs in lookups.refs.items():
        lookups.ids.setdefault(key, set()).update(refs.values())


def _unique_fields(resource: Resource, values: dict[str, Any]) -> list[tuple[str, Any]]:
    """The unique fields the generic service checks for these values, in their order; the
    systemRef is the record's key, checked as such."""
    return [
        (name, value)
        for name, value in values.items()
        if resource.by_name[name].unique and value is not None and name != "pmsRef"
    ]


def _together_rules(resource: Resource) -> list[rules.UniqueTogether]:
    return [rule for rule in resource.rules if isinstance(rule, rules.UniqueTogether)]


def _change(item: Item, values: dict[str, Any], lookups: _Lookups) -> Change:
    """The change the generic service would hand its checks and rules."""
    if item.row is None:
        return Change(item.resource, None, values, None)
    row_id = int(item.row[item.resource.positions["id"]])
    sent = _resolved(item, lookups)
    assert isinstance(sent, dict)
    return Change(item.resource, row_id, values, _current(item), sent)


async def _look_up_holders(
    session: AsyncSession, tenant_id: int, items: list[Item], lookups: _Lookups
) -> None:
    """The rows holding the unique values the items claim, one query per field and rule."""
    wanted: dict[tuple[str, Any], set[Any]] = defaultdict(set)
    for item in items:
        values = _change_values(item, lookups)
        if not values:
            continue
        resource = item.resource
        for name, value in _unique_fields(resource, values):
            wanted[resource.key, name].add(value)
        for rule in _together_rules(resource):
            claimed = rule.claimed(_change(item, values, lookups))
            if claimed is not None:
                wanted[resource.key, rule].add(claimed[0])
    for (key, what), firsts in wanted.items():
        resource = REGISTRY[key]
        if isinstance(what, rules.UniqueTogether):
            columns = [resource.by_name[name].column_name for name in what.names]
            condition = {resource.by_name[n].column_name: v for n, v in what.when.items()}
        else:
            columns, condition = [resource.by_name[what].column_name], {}
        table = resource.table
        found = await kit_repo.holders(session, table, tenant_id, columns, firsts, condition)
        lookups.held[key, what] = found


async def _plan(
    session: AsyncSession, tenant_id: int, item: Item, lookups: _Lookups, run: _Run
) -> None:
    """Decide the item's answer as the generic service would, in its order of checks, or cut
    the run where the item may depend on an earlier record of it."""
    resource = item.resource
    if (resource.key, item.key) in run.keys or _apart(resource, run):
        raise _Cut
    try:
        step = await _checked(session, tenant_id, item, lookups, run)
    except ApiError as error:
        item.answer(None, None, error.body_error())
        return
    run.keys.add((resource.key, item.key))
    if item.row is None:
        run.created[resource.key].add(item.key)
    run.steps.append(step)
    if step.operation != "UNCHANGED":
        run.touched |= _touched(item, step.values)
        _ran(resource, run)
        if resource.key in lookups.preparers:
            lookups.preparers[resource.key].keep(item.derived["prepared"], _before(item))


def _apart(resource: Resource | None, run: _Run) -> bool:
    """Whether the record must wait for the run's writes: a batched type's derivation reads
    other types' rows as stored before the run, and its follow-up writes (a job's roll-ups)
    would come after theirs, so a run writes one batched type alone or none at all. `None`
    stands for a custom type."""
    key = None if resource is None else resource.key
    if resource is not None and resource.batched is not None:
        return run.others or run.batched not in (None, key)
    return run.batched is not None


def _ran(resource: Resource | None, run: _Run) -> None:
    """Note the run's write of the type (see `_apart`)."""
    if resource is not None and resource.batched is not None:
        run.batched = resource.key
    else:
        run.others = True


async def _checked(
    session: AsyncSession, tenant_id: int, item: Item, lookups: _Lookups, run: _Run
) -> _Step:
    """The item's step, or the ApiError the generic service would raise for it."""
    if item.error is not None:
        raise item.error
    resource = item.resource
    resolved = _resolved(item, lookups)
    if isinstance(resolved, list):
        if any(ref in run.created[target] for _, target, ref in resolved):
            raise _Cut
        raise ValidationFailed(
            "A referenced object does not exist.",
            [
                {"path": name, "message": f"no {REGISTRY[target].title} with pmsRef {ref!r}"}
                for name, target, ref in resolved
            ],
        )
    preparer = lookups.preparers.get(resource.key)
    if preparer is not None:
        if "prepare_error" in item.derived:
            raise item.derived["prepare_error"]
        preparer.admit(item.derived["prepared"], _before(item))
    values = _change_values(item, lookups)
    assert values is not None
    if item.row is not None and not values:
        return _Step(item, "UNCHANGED", {})
    _check_references(item, values, lookups, run)
    change = _change(item, values, lookups)
    for name, value in _unique_fields(resource, values):
        _check_free(item, change, (resource.key, name), (value,), run, lookups)
    for rule in resource.rules:
        if isinstance(rule, rules.UniqueTogether):
            claimed = rule.claimed(change)
            if claimed is not None:
                _check_free(item, change, (resource.key, rule), claimed, run, lookups)
        else:
            await rule(session, tenant_id, change)  # reads nothing (see set_based)
    return _Step(item, "CREATED" if item.row is None else "UPDATED", values)


def _check_references(item: Item, values: dict[str, Any], lookups: _Lookups, run: _Run) -> None:
    """The service's check of referenced ids (grouped by target, as it reports them)."""
    wanted: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name, value in values.items():
        target = item.resource.by_name[name].references
        if target is not None and value is not None:
            wanted[target].append((name, value))
    details = []
    for target, pairs in wanted.items():
        for name, value in pairs:
            if value in lookups.ids.get(target, set()):
                continue
            if run.created[target]:  # may be a row created earlier in the run
                raise _Cut
            title = REGISTRY[target].title
            details.append({"path": name, "message": f"no {title} with id {value}"})
    if details:
        raise ValidationFailed("A referenced object does not exist.", details)  # type: ignore[arg-type]


def _check_free(
    item: Item,
    change: Change,
    what: tuple[str, Any],
    claimed: tuple[Any, ...],
    run: _Run,
    lookups: _Lookups,
) -> None:
    """Whether another row holds the claimed unique values (raising the service's 409)."""
    if (*what, claimed) in run.touched:
        raise _Cut
    others = lookups.held.get(what, {}).get(claimed, set()) - {change.row_id}
    if not others:
        return
    rule = what[1]
    if isinstance(rule, rules.UniqueTogether):
        raise rule.taken(item.resource)
    raise taken_conflict(item.resource, rule)


def _touched(item: Item, values: dict[str, Any]) -> set[tuple[str, Any, tuple[Any, ...]]]:
    """The unique values a written item takes or gives up: a later record claiming one of them
    would see the item's write, so it must be planned after it."""
    resource = item.resource
    before = None if item.row is None else _current(item)
    after = {**(before or {}), **values}
    touched: set[tuple[str, Any, tuple[Any, ...]]] = set()
    for attr in resource.attrs:
        if attr.unique and attr.name in values:
            for state in (before, after):
                if state is not None and state.get(attr.name) is not None:
                    touched.add((resource.key, attr.name, (state[attr.name],)))
    for rule in _together_rules(resource):
        for state in (before, after):
            held = None if state is None else rule.held(state)
            if held is not None:
                touched.add((resource.key, rule, held))
    return touched


async def _write(
    session: AsyncSession, tenant_id: int, run: _Run, items: list[AnyItem], alone: Alone
) -> None:
    """The run's writes and events; if a write breaks a constraint (a concurrent writer took
    a value since the plan), the run is undone and its records applied one at a time."""
    if all(step.operation == "UNCHANGED" for step in run.steps):
        answers = await _written(session, tenant_id, run)  # nothing to write but the answers
    else:
        written = await _undoable_writes(session, tenant_id, run)
        if written is None:
            for item in items:
                await alone(item)
            return
        answers = written
    for item, operation, row_id in answers:
        item.answer(operation, row_id, None)


async def _undoable_writes(
    session: AsyncSession, tenant_id: int, run: _Run
) -> list[tuple[AnyItem, str, int]] | None:
    """The run's writes, or None if one broke a constraint and they were undone."""
    if await driver.nothing_ran(session):
        # The transaction's first writes: rolling it all back undoes them, without a
        # savepoint's two round trips around them.
        try:
            return await _written(session, tenant_id, run)
        except IntegrityError:
            await session.rollback()
            return None
    try:
        async with session.begin_nested():
            return await _written(session, tenant_id, run)
    except IntegrityError:
        return None


async def _written(
    session: AsyncSession, tenant_id: int, run: _Run
) -> list[tuple[AnyItem, str, int]]:
    standard = [step for step in run.steps if isinstance(step, _Step)]
    created = await _insert(session, tenant_id, [s for s in standard if s.operation == "CREATED"])
    updated = await _update(session, tenant_id, [s for s in standard if s.operation == "UPDATED"])
    custom = [step for step in run.steps if isinstance(step, _CustomStep)]
    records = await _write_custom(session, tenant_id, custom)
    events: list[outbox.EventOf] = []
    answers: list[tuple[AnyItem, str, int]] = []
    # The run's writes as (before, after), for a batched type's `written` (see `_apart`).
    changes: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    for step in run.steps:
        if isinstance(step, _CustomStep):
            row_id = _custom_event(step, records, events)
            answers.append((step.item, step.operation, row_id))
            continue
        item, resource = step.item, step.item.resource
        if step.operation == "CREATED":
            data = created[id(step)]
            events.append((resource.key, outbox.CREATE, data, None, None))
            changes.append((None, data))
        elif step.operation == "UPDATED":
            data = updated[id(step)]
            before = resource.serializer(item.row)
            previous = {name: before[name] for name in step.values}
            events.append((resource.key, outbox.UPDATE, data, previous, None))
            changes.append((before, data))
        else:
            assert item.row is not None
            data = {"id": int(item.row[resource.positions["id"]])}
        answers.append((item, step.operation, int(data["id"])))
    await outbox.record_each(session, tenant_id, events)
    batched = None if run.batched is None else REGISTRY[run.batched].batched
    if batched is not None:  # the run wrote that type alone (`_apart`)
        await batched.written(session, tenant_id, changes)
    return answers


def _columns(resource: Resource, values: dict[str, Any]) -> dict[str, Any]:
    return {resource.by_name[name].column_name: value for name, value in values.items()}


def _by_shape(steps: list[_Step]) -> dict[tuple[str, tuple[str, ...]], list[_Step]]:
    """Steps by type and the fields they write: one multi-row statement each."""
    shapes: dict[tuple[str, tuple[str, ...]], list[_Step]] = defaultdict(list)
    for step in steps:
        shapes[step.item.resource.key, tuple(sorted(step.values))].append(step)
    return shapes


async def _insert(
    session: AsyncSession, tenant_id: int, steps: list[_Step]
) -> dict[int, dict[str, Any]]:
    """Each created step's object as stored, by the step's id()."""
    created: dict[int, dict[str, Any]] = {}
    for (key, _), shaped in _by_shape(steps).items():
        resource = REGISTRY[key]
        rows = [_columns(resource, step.values) for step in shaped]
        written = await kit_repo.insert_many_returning(session, resource, tenant_id, rows)
        # The run's systemRefs differ (a repeated one ends the run): they match rows to steps.
        by_key = {item["pmsRef"]: item for item in map(resource.serializer, written)}
        for step in shaped:
            created[id(step)] = by_key[step.item.key]
    return created


async def _update(
    session: AsyncSession, tenant_id: int, steps: list[_Step]
) -> dict[int, dict[str, Any]]:
    """Each updated step's object as stored after it, by the step's id()."""
    for (key, _), shaped in _by_shape(steps).items():
        resource = REGISTRY[key]
        changes = [(_row_id(step), _columns(resource, step.values)) for step in shaped]
        await kit_repo.update_many(session, resource.table, tenant_id, changes)
    updated: dict[int, dict[str, Any]] = {}
    by_type: dict[str, list[_Step]] = defaultdict(list)
    for step in steps:
        by_type[step.item.resource.key].append(step)
    for key, of_type in by_type.items():
        resource = REGISTRY[key]
        ids = [_row_id(step) for step in of_type]
        rows = await kit_repo.fetch_many(session, resource, tenant_id, ids)
        items = {item["id"]: item for item in map(resource.serializer, rows)}
        for step in of_type:
            updated[id(step)] = items[_row_id(step)]
    return updated


def _row_id(step: _Step) -> int:
    assert step.item.row is not None
    return int(step.item.row[step.item.resource.positions["id"]])


# Custom records: the same plan as CustomKind's create and update, one by one, but with the
# records, references and writes of the run each in one query per type.


async def _look_up_custom(
    session: AsyncSession, tenant_id: int, items: list[CustomItem], create: bool, lookups: _Lookups
) -> None:
    by_type: dict[str, list[CustomItem]] = defaultdict(list)
    for item in items:
        by_type[item.kind.name].append(item)
    for name, of_type in by_type.items():
        keys = list({item.key for item in of_type})
        rows = await repo.records_by_refs(session, tenant_id, of_type[0].kind.type.id, keys)
        lookups.records[name] = {row.system_ref: row for row in rows}
    wanted_refs: dict[str, set[str]] = defaultdict(set)
    wanted_ids: dict[str, set[int]] = defaultdict(set)
    for item in items:
        _validate_custom(item, lookups.records[item.kind.name].get(item.key), create)
        for field_def, ref in _custom_references(item):
            target = field_def.referenced_entity_type
            assert target is not None
            if ref.id is not None:
                wanted_ids[target].add(ref.id)
            else:
                wanted_refs[target].add(ref.system_ref or "")
    for name in {*wanted_refs, *wanted_ids}:
        try:
            kind = await kind_of(session, tenant_id, name)
        except NotFound as error:  # each record naming it fails with this, as one by one
            lookups.missing_targets[name] = error
            continue
        lookups.targets[name] = kind
        lookups.target_refs[name] = await _ids_of_refs(session, tenant_id, kind, wanted_refs[name])
        lookups.target_ids[name] = await _existing(session, tenant_id, kind, wanted_ids[name])


async def _ids_of_refs(
    session: AsyncSession, tenant_id: int, target: RecordKind, refs: set[str]
) -> dict[str, int]:
    if not refs:
        return {}
    if isinstance(target, StandardKind):
        table = target.resource.table
        return await kit_repo.ids_by_values(session, table, tenant_id, "pms_ref", refs)
    if isinstance(target, CustomKind):
        return await repo.ids_by_refs(session, tenant_id, target.type.id, list(refs))
    found = {}  # another writer's kind (invoices): its own lookup, one by one
    for ref in refs:
        row_id = await target.find_id(session, tenant_id, ref)
        if row_id is not None:
            found[ref] = row_id
    return found


async def _existing(
    session: AsyncSession, tenant_id: int, target: RecordKind, ids: set[int]
) -> set[int]:
    if not ids:
        return set()
    if isinstance(target, CustomKind):
        return await repo.existing_record_ids(session, tenant_id, target.type.id, list(ids))
    return {row_id for row_id in ids if await target_has_id(session, tenant_id, target, row_id)}


def _validate_custom(item: CustomItem, row: Row[Any] | None, create: bool) -> None:
    item.row, item.values, item.error = row, None, None
    if row is None and not create:
        item.error = item.missing()
        return
    models = item.kind.type.models
    try:
        item.values = validated(models.create if row is None else models.update, item.attributes)
    except ApiError as error:
        item.error = error


def _custom_references(item: CustomItem) -> list[tuple[FieldDefinition, Reference]]:
    if item.values is None:
        return []
    fields = item.kind.type.field_map
    return [
        (fields[name], value) for name, value in item.values.items() if isinstance(value, Reference)
    ]


def _plan_custom(item: CustomItem, lookups: _Lookups, run: _Run) -> None:
    name = item.kind.name
    if (name, item.key) in run.keys or _apart(None, run):
        raise _Cut
    try:
        step = _checked_custom(item, lookups, run)
    except ApiError as error:
        item.answer(None, None, error.body_error())
        return
    run.keys.add((name, item.key))
    if item.row is None:
        run.created[name].add(item.key)
    run.steps.append(step)
    if step.operation != "UNCHANGED":
        _ran(None, run)


def _checked_custom(item: CustomItem, lookups: _Lookups, run: _Run) -> _CustomStep:
    """CustomKind.create's or update's checks, in their order, on the run's lookups."""
    if item.error is not None:
        raise item.error
    assert item.values is not None
    fields = item.kind.type.field_map
    document: dict[str, Any] = {}
    for name, value in item.values.items():
        field_def = fields[name]
        if isinstance(value, Reference):
            value = _resolved_reference(field_def, value, lookups, run)
        document[name] = stored_value(field_def, value)
    if item.row is None:
        return _CustomStep(item, "CREATED", document)
    merged = item.row.data | document
    missing = [f.name for f in item.kind.type.fields if f.required and merged.get(f.name) is None]
    if missing:
        raise ValidationFailed(
            "A required attribute cannot be null.",
            [{"path": f"attributes.{name}", "message": "is required"} for name in missing],
        )
    if merged == item.row.data:
        return _CustomStep(item, "UNCHANGED", merged)
    return _CustomStep(item, "UPDATED", merged)


def _resolved_reference(
    field_def: FieldDefinition, ref: Reference, lookups: _Lookups, run: _Run
) -> int:
    target = field_def.referenced_entity_type
    assert target is not None
    if target in lookups.missing_targets:
        raise lookups.missing_targets[target]
    if ref.id is not None:
        found = ref.id if ref.id in lookups.target_ids[target] else None
        if found is None and run.created[target]:  # may be a record created earlier in the run
            raise _Cut
    else:
        found = lookups.target_refs[target].get(ref.system_ref or "")
        if found is None and (ref.system_ref or "") in run.created[target]:
            raise _Cut
    if found is None:
        what = ref.id if ref.id is not None else repr(ref.system_ref)
        title = lookups.targets[target].name
        raise ValidationFailed.at(f"attributes.{field_def.name}", f"no {title} record {what}")
    return found


async def _write_custom(
    session: AsyncSession, tenant_id: int, steps: list[_CustomStep]
) -> dict[int, Row[Any]]:
    """Each written step's record as stored after it, by the step's id()."""
    written: dict[int, Row[Any]] = {}
    by_type: dict[str, list[_CustomStep]] = defaultdict(list)
    for step in steps:
        if step.operation != "UNCHANGED":
            by_type[step.item.kind.name].append(step)
    for of_type in by_type.values():
        type_id = of_type[0].item.kind.type.id
        creates = [step for step in of_type if step.item.row is None]
        rows = [
            {"type_id": type_id, "system_ref": s.item.key, "data": s.document, "active": True}
            for s in creates
        ]
        if rows:
            by_ref = {
                row.system_ref: row for row in await repo.insert_records(session, tenant_id, rows)
            }
            for step in creates:
                written[id(step)] = by_ref[step.item.key]
        updates = [step for step in of_type if step.item.row is not None]
        if updates:
            changes = [(int(_custom_row(s).id), {"data": s.document}) for s in updates]
            await kit_repo.update_many(session, repo.RECORDS, tenant_id, changes)
            ids = [row_id for row_id, _ in changes]
            by_id = {
                row.id: row for row in await repo.records_by_ids(session, tenant_id, type_id, ids)
            }
            for step in updates:
                written[id(step)] = by_id[_custom_row(step).id]
    return written


def _custom_row(step: _CustomStep) -> Row[Any]:
    assert step.item.row is not None
    return step.item.row


def _custom_event(
    step: _CustomStep, written: dict[int, Row[Any]], events: list[outbox.EventOf]
) -> int:
    """The step's event as CustomKind writes it (none if unchanged); the record's id."""
    kind, item = step.item.kind, step.item
    if step.operation == "UNCHANGED":
        return int(_custom_row(step).id)
    record = kind.record(written[id(step)])
    if step.operation == "CREATED":
        events.append((kind.name, outbox.CREATE, record, None, item.key))
    else:
        current = _custom_row(step)
        before = kind.record(current)["attributes"]
        merged = step.document
        previous = {k: before.get(k) for k in merged if merged[k] != current.data.get(k)}
        events.append((kind.name, outbox.UPDATE, record, previous, item.key))
    return int(record["id"])
