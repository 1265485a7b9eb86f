"""Batch writes of the Records API: each record in its own savepoint, results in order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError, WithJsonSchema
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ApiError, Conflict, NotFound, ValidationFailed
from openwyn.kit import repository as kit_repo
from openwyn.kit.inputs import NUL_FREE
from openwyn.records.kinds import RecordKind, kind_of, validation_error

MAX_RECORDS = 100
SystemRef = Annotated[str, Strict(), Field(min_length=1, max_length=100, pattern=NUL_FREE)]


class RecordInput(BaseModel):
    """One record of a batch: its type, its id in the source system, its attributes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Annotated[str, Strict(), Field(min_length=1, max_length=63)]
    systemRef: SystemRef  # noqa: N815 - the contract's field name
    attributes: dict[str, Any] = Field(default_factory=dict)


# Items are checked one by one, so that one malformed record fails alone (partial success): the
# request takes any object as an item, and the answer names what is wrong with each. The schema
# says both, so that clients see the shape a record should have.
_Item = Annotated[
    dict[str, Any],
    WithJsonSchema(
        {
            "anyOf": [RecordInput.model_json_schema(), {"type": "object"}],
            "description": "A record. One that does not have this shape fails alone, in the "
            "answer's `records[index].error`; the others still apply.",
        }
    ),
]


class RecordBatch(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    records: Annotated[list[_Item], Field(min_length=1, max_length=MAX_RECORDS)]


class RecordNotFound(NotFound):
    code = "RECORD_NOT_FOUND"


@dataclass
class Outcome:
    index: int
    type: str | None
    system_ref: str | None
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


@dataclass
class BatchResult:
    outcomes: list[Outcome] = field(default_factory=list)

    def public(self) -> dict[str, Any]:
        operations = [o.operation for o in self.outcomes]
        failed = sum(1 for o in self.outcomes if o.error)
        return {
            "records": [o.public() for o in self.outcomes],
            "summary": {
                "total": len(self.outcomes),
                "succeeded": len(self.outcomes) - failed,
                "failed": failed,
                "created": operations.count("CREATED"),
                "updated": operations.count("UPDATED"),
                "unchanged": operations.count("UNCHANGED"),
            },
        }


async def write_batch(
    session: AsyncSession, tenant_id: int, batch: RecordBatch, create_missing: bool
) -> BatchResult:
    """Upsert (POST) or update only (PUT) every record, each alone: a bad one fails by itself."""
    await kit_repo.begin_immediately(session)
    result = BatchResult()
    for index, raw in enumerate(batch.records):
        outcome = Outcome(index, _text(raw.get("type")), _text(raw.get("systemRef")))
        try:
            async with session.begin_nested():
                await _apply(session, tenant_id, raw, outcome, create_missing)
        except ApiError as error:
            outcome.error = error.body_error()
        except IntegrityError:
            outcome.error = Conflict("The record conflicts with existing data.").body_error()
        result.outcomes.append(outcome)
    return result


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


async def _apply(
    session: AsyncSession, tenant_id: int, raw: dict[str, Any], outcome: Outcome, create: bool
) -> None:
    try:
        record = RecordInput.model_validate(raw)
    except ValidationError as error:
        raise validation_error(error, prefix=f"records[{outcome.index}]") from None
    kind = await _writable_kind(session, tenant_id, record.type)
    existing = await kind.find_id(session, tenant_id, record.systemRef)
    if existing is None and not create:
        raise RecordNotFound(f"No {record.type} record with systemRef {record.systemRef!r}.")
    if existing is None:
        written = await kind.create(session, tenant_id, record.systemRef, record.attributes)
        outcome.operation = "CREATED"
    else:
        written = await kind.update(session, tenant_id, existing, record.attributes)
        outcome.operation = "UPDATED" if written.changed else "UNCHANGED"
    outcome.id = written.record["id"]


async def _writable_kind(session: AsyncSession, tenant_id: int, name: str) -> RecordKind:
    try:
        return await kind_of(session, tenant_id, name)
    except NotFound:
        raise ValidationFailed.at("type", f"{name!r} is not a record type") from None
