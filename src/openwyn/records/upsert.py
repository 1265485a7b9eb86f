"""Batch writes of the Records API (upserts and deletes), results in order, each record with
the answer it would get alone. Upserts of the directory types and of plain custom types run in
set-based steps (bulk.py); the other records, and deletes, each in its own savepoint."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    WithJsonSchema,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ApiError, Conflict, NotFound, ValidationFailed
from openwyn.kit import repository as kit_repo
from openwyn.kit import system_refs
from openwyn.kit.resource import REGISTRY
from openwyn.records import bulk
from openwyn.records.kinds import WRITERS, RecordKind, kind_of, validation_error

MAX_RECORDS = 100
_Item_T = TypeVar("_Item_T", bound=BaseModel)
# A string or an object of scalars (contract §13.5), kept as sent; `RecordInput.key` is the
# text it is stored and matched as.
SystemRef = Annotated[
    str | dict[str, Any],
    BeforeValidator(system_refs.parsed),
    WithJsonSchema(system_refs.SCHEMA),
]


class RecordInput(BaseModel):
    """One record of a batch: its type, its id in the source system, its attributes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Annotated[str, Strict(), Field(min_length=1, max_length=63)]
    systemRef: SystemRef  # noqa: N815 - the contract's field name
    attributes: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> str:
        return system_refs.stored(self.systemRef)


def _checked_alone(model: type[BaseModel], what: str) -> WithJsonSchema:
    """The schema of a batch item checked one by one, so that one malformed record fails alone
    (partial success): the request takes any object as an item, and the answer names what is
    wrong with each. The schema says both, so that clients see the shape an item should have."""
    return WithJsonSchema(
        {
            "anyOf": [model.model_json_schema(), {"type": "object"}],
            "description": f"{what} One that does not have this shape fails alone, in the "
            "answer's `records[index].error`; the others still apply.",
        }
    )


_Item = Annotated[dict[str, Any], _checked_alone(RecordInput, "A record.")]


class RecordBatch(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    records: Annotated[list[_Item], Field(min_length=1, max_length=MAX_RECORDS)]


class RecordRef(BaseModel):
    """One record to delete: its type and its id in the source system."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Annotated[str, Strict(), Field(min_length=1, max_length=63)]
    systemRef: SystemRef  # noqa: N815 - the contract's field name

    @property
    def key(self) -> str:
        return system_refs.stored(self.systemRef)


_RefItem = Annotated[dict[str, Any], _checked_alone(RecordRef, "A record to delete.")]


class RecordRefBatch(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    records: Annotated[list[_RefItem], Field(min_length=1, max_length=MAX_RECORDS)]


class RecordNotFound(NotFound):
    code = "RECORD_NOT_FOUND"


@dataclass
class Outcome:
    index: int
    type: str | None
    system_ref: str | dict[str, Any] | None  # as sent
    id: int | None = None
    operation: str | None = None
    error: dict[str, Any] | None = None

    def public(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "type": self.type,
            "systemRef": self.system_ref,
            "id": self.id,
            "operation": self.operation,
            "status": "FAILED" if self.error else "SUCCESS",
            "error": self.error,
        }


WRITTEN = ("CREATED", "UPDATED", "UNCHANGED")
DELETED = ("DELETED",)


@dataclass
class BatchResult:
    counted: tuple[str, ...]  # the operations the summary counts, each under its lowercase name
    outcomes: list[Outcome] = field(default_factory=list)

    def public(self) -> dict[str, Any]:
        operations = [o.operation for o in self.outcomes]
        failed = sum(1 for o in self.outcomes if o.error)
        summary = {
            "total": len(self.outcomes),
            "succeeded": len(self.outcomes) - failed,
            "failed": failed,
        }
        summary |= {operation.lower(): operations.count(operation) for operation in self.counted}
        return {"records": [o.public() for o in self.outcomes], "summary": summary}


Apply = Callable[[dict[str, Any], Outcome], Awaitable[None]]


async def _each_alone(
    session: AsyncSession, items: list[dict[str, Any]], apply: Apply, counted: tuple[str, ...]
) -> BatchResult:
    """Apply every item in its own savepoint: a failing one is undone and reported alone."""
    await kit_repo.begin_immediately(session)
    result = BatchResult(counted)
    for index, raw in enumerate(items):
        outcome = Outcome(index, _text(raw.get("type")), _sent_ref(raw.get("systemRef")))
        try:
            async with session.begin_nested():
                await apply(raw, outcome)
        except ApiError as error:
            outcome.error = error.body_error()
        except IntegrityError:
            outcome.error = Conflict("The record conflicts with existing data.").body_error()
        result.outcomes.append(outcome)
    return result


async def write_batch(
    session: AsyncSession, tenant_id: int, batch: RecordBatch, create_missing: bool
) -> BatchResult:
    """Upsert (POST) or update only (PUT) every record, each with the answer it would get
    alone: a bad one fails by itself. Runs of records of the directory types go through the
    set-based steps of bulk.py; the others, one by one in a savepoint each."""
    await kit_repo.begin_immediately(session)
    result = BatchResult(WRITTEN)
    custom_kinds: dict[str, RecordKind | None] = {}  # custom types by name, looked up once
    run: list[bulk.AnyItem] = []
    sources: dict[int, tuple[RecordInput, Outcome]] = {}  # by id() of the run's items

    async def alone(item: bulk.AnyItem) -> None:
        record, outcome = sources[id(item)]
        outcome.id = outcome.operation = outcome.error = None
        await _alone(session, tenant_id, record, outcome, create_missing)

    for index, raw in enumerate(batch.records):
        outcome = Outcome(index, _text(raw.get("type")), _sent_ref(raw.get("systemRef")))
        result.outcomes.append(outcome)
        try:
            record = _parsed(RecordInput, raw, outcome)
        except ApiError as error:
            outcome.error = error.body_error()
            continue
        item = await _planned(session, tenant_id, record, outcome, custom_kinds)
        if item is not None:
            sources[id(item)] = (record, outcome)
            run.append(item)
            continue
        await bulk.upsert(session, tenant_id, run, create_missing, alone)
        run = []
        await _alone(session, tenant_id, record, outcome, create_missing)
    await bulk.upsert(session, tenant_id, run, create_missing, alone)
    return result


async def _planned(
    session: AsyncSession,
    tenant_id: int,
    record: RecordInput,
    outcome: Outcome,
    custom_kinds: dict[str, RecordKind | None],
) -> bulk.AnyItem | None:
    """The record as an item of a set-based run, or None if it goes alone."""
    missing, answer = (lambda: _not_found(record)), _answers(outcome)
    resource = bulk.set_based(record.type)
    if resource is not None:
        return bulk.Item(resource, record.key, record.attributes, missing, answer)
    if record.type in REGISTRY or record.type in WRITERS:
        return None
    if record.type not in custom_kinds:
        try:
            custom_kinds[record.type] = await kind_of(session, tenant_id, record.type)
        except NotFound:
            custom_kinds[record.type] = None
    found = custom_kinds[record.type]
    kind = None if found is None else bulk.custom_set_based(found)
    if kind is None:
        return None
    return bulk.CustomItem(kind, record.key, record.attributes, missing, answer)


def _answers(outcome: Outcome) -> Callable[[str | None, int | None, dict[str, Any] | None], None]:
    def answer(operation: str | None, row_id: int | None, error: dict[str, Any] | None) -> None:
        outcome.operation, outcome.id, outcome.error = operation, row_id, error

    return answer


async def _alone(
    session: AsyncSession, tenant_id: int, record: RecordInput, outcome: Outcome, create: bool
) -> None:
    """Upsert one record in its own savepoint: if it fails, it is undone and reported alone."""
    try:
        async with session.begin_nested():
            await _apply(session, tenant_id, record, outcome, create)
    except ApiError as error:
        outcome.error = error.body_error()
    except IntegrityError:
        outcome.error = Conflict("The record conflicts with existing data.").body_error()


async def delete_batch(session: AsyncSession, tenant_id: int, batch: RecordRefBatch) -> BatchResult:
    """Delete or deactivate every record as the single-record DELETE does, each alone."""

    async def apply(raw: dict[str, Any], outcome: Outcome) -> None:
        await _remove(session, tenant_id, raw, outcome)

    return await _each_alone(session, batch.records, apply, DELETED)


def _parsed(model: type[_Item_T], raw: dict[str, Any], outcome: Outcome) -> _Item_T:
    """One batch item checked against its model; its errors are named under its index."""
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise validation_error(error, prefix=f"records[{outcome.index}]") from None


def _not_found(item: RecordInput | RecordRef) -> RecordNotFound:
    return RecordNotFound(f"No {item.type} record with systemRef {item.key!r}.")


async def _remove(
    session: AsyncSession, tenant_id: int, raw: dict[str, Any], outcome: Outcome
) -> None:
    ref = _parsed(RecordRef, raw, outcome)
    kind = await _writable_kind(session, tenant_id, ref.type)
    found = await kind.find_id(session, tenant_id, ref.key)
    if found is None:
        raise _not_found(ref)
    await kind.remove(session, tenant_id, ref.key)
    outcome.operation = "DELETED"
    outcome.id = found


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _sent_ref(value: Any) -> str | dict[str, Any] | None:
    return value if isinstance(value, str | dict) else None


async def _apply(
    session: AsyncSession, tenant_id: int, record: RecordInput, outcome: Outcome, create: bool
) -> None:
    kind = await _writable_kind(session, tenant_id, record.type)
    existing = await kind.find_id(session, tenant_id, record.key)
    if existing is None and not create:
        raise _not_found(record)
    if existing is None:
        existing = await _create_or_find(session, tenant_id, kind, record, outcome)
    if existing is not None:
        written = await kind.update(session, tenant_id, existing, record.attributes)
        outcome.operation = "UPDATED" if written.changed else "UNCHANGED"
        outcome.id = written.record["id"]


async def _create_or_find(
    session: AsyncSession, tenant_id: int, kind: RecordKind, record: RecordInput, outcome: Outcome
) -> int | None:
    """Create the record (None), or, if a concurrent request created the same systemRef first,
    its id, so the caller updates it: an upsert of a record that exists is an update, whoever
    made it. The create runs in its own savepoint so that losing the race undoes only it."""
    try:
        async with session.begin_nested():
            written = await kind.create(session, tenant_id, record.key, record.attributes)
    except (Conflict, IntegrityError):
        # Whether the systemRef was the value taken: a READ COMMITTED read now sees the winner's
        # committed row (the losing insert waited for it). Otherwise the conflict is another one.
        winner = await kind.find_id(session, tenant_id, record.key)
        if winner is None:
            raise
        return winner
    outcome.operation = "CREATED"
    outcome.id = written.record["id"]
    return None


async def _writable_kind(session: AsyncSession, tenant_id: int, name: str) -> RecordKind:
    try:
        return await kind_of(session, tenant_id, name)
    except NotFound:
        raise ValidationFailed.at("type", f"{name!r} is not a record type") from None
