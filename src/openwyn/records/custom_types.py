"""Custom record types: define, read, change compatibly, deactivate and reactivate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import Conflict, ErrorDetail, NotFound, ValidationFailed
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import iso_timestamp
from openwyn.kit.resource import REGISTRY
from openwyn.records import repository as repo
from openwyn.records.fields import (
    MAX_FIELDS,
    STORED,
    TYPE_NAME,
    FieldDefinition,
    FieldType,
    RecordModels,
    record_models,
    unique_names,
)

# Path segments beside /records/{type} that a type name must not shadow.
RESERVED_NAMES = frozenset({"types", "custom", "search"})

Fields = Annotated[
    list[FieldDefinition], Field(max_length=MAX_FIELDS), AfterValidator(unique_names)
]


def taken_names(schema: dict[str, Any]) -> None:
    """Schema of a new type's name: not a standard type's, not a reserved word (`create`
    checks both). Filled in when the document is generated, once every type is registered."""
    schema["not"] = {"enum": sorted({*REGISTRY, *RESERVED_NAMES})}


class TypeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Strict(), Field(pattern=TYPE_NAME, json_schema_extra=taken_names)]
    displayName: Annotated[str, Strict(), Field(min_length=1, max_length=200)] | None = None  # noqa: N815
    description: Annotated[str, Strict(), Field(max_length=10_000)] | None = None
    fields: Fields = Field(default_factory=list)


class TypeUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    displayName: Annotated[str, Strict(), Field(min_length=1, max_length=200)] | None = None  # noqa: N815
    description: Annotated[str, Strict(), Field(max_length=10_000)] | None = None
    active: Annotated[bool, Strict()] | None = None
    fields: Fields | None = None


@dataclass(frozen=True)
class CustomType:
    """A stored type, with its validated field definitions."""

    id: int
    name: str
    display_name: str
    description: str | None
    active: bool
    fields: tuple[FieldDefinition, ...]
    version: int
    created_at: Any
    updated_at: Any

    @classmethod
    def from_row(cls, row: Row[Any]) -> CustomType:
        fields = tuple(
            FieldDefinition.model_validate(field, context=STORED) for field in row.fields
        )
        return cls(
            row.id,
            row.name,
            row.display_name,
            row.description,
            row.active,
            fields,
            row.version,
            row.created_at,
            row.updated_at,
        )

    @property
    def field_map(self) -> dict[str, FieldDefinition]:
        return {field.name: field for field in self.fields}

    @property
    def models(self) -> RecordModels:
        key = (self.name, self.version, self.id)
        if key not in _MODELS:
            if len(_MODELS) >= _MODELS_KEPT:
                _MODELS.clear()
            _MODELS[key] = record_models(self.name, list(self.fields))
        return _MODELS[key]

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "displayName": self.display_name,
            "description": self.description,
            "isCustom": True,
            "active": self.active,
            "fields": [field.public() for field in self.fields],
            # The route that lists (and searches) the type's records.
            "recordsUrl": f"/api/v1/records/{self.name}/search",
            "schemaUrl": f"/api/v1/records/types/{self.name}",
            "version": self.version,
            "createdAt": iso_timestamp(self.created_at),
            "updatedAt": iso_timestamp(self.updated_at),
        }


# Built models by (name, version, id): a type's fields change only with its version.
_MODELS: dict[tuple[str, int, int], RecordModels] = {}
_MODELS_KEPT = 1024


async def find(session: AsyncSession, tenant_id: int, name: str) -> CustomType | None:
    row = await repo.type_by_name(session, tenant_id, name)
    return None if row is None else CustomType.from_row(row)


async def get(session: AsyncSession, tenant_id: int, name: str) -> CustomType:
    found = await find(session, tenant_id, name)
    if found is None:
        raise NotFound(f"No custom record type named {name!r}.")
    return found


async def all_types(session: AsyncSession, tenant_id: int) -> list[CustomType]:
    return [CustomType.from_row(row) for row in await repo.all_types(session, tenant_id)]


def _stored_fields(fields: list[FieldDefinition]) -> list[dict[str, Any]]:
    return [field.model_dump(by_alias=True, mode="json", exclude_none=True) for field in fields]


async def _check_references(
    session: AsyncSession, tenant_id: int, type_name: str, fields: list[FieldDefinition]
) -> None:
    details: list[ErrorDetail] = []
    for index, field in enumerate(fields):
        target = field.referenced_entity_type
        if target is None or target in REGISTRY or target == type_name:
            continue
        if await repo.type_by_name(session, tenant_id, target) is None:
            path = f"fields[{index}].referencedEntityType"
            details.append({"path": path, "message": f"no record type named {target!r}"})
    if details:
        raise ValidationFailed("A field references an unknown record type.", details)


async def create(session: AsyncSession, tenant_id: int, body: TypeCreate) -> CustomType:
    if body.name in REGISTRY or body.name in RESERVED_NAMES:
        raise ValidationFailed.at("name", "is a standard or reserved type name")
    if await repo.type_by_name(session, tenant_id, body.name) is not None:
        raise Conflict(
            f"A record type named {body.name!r} exists.",
            [{"path": "name", "message": "is already taken"}],
        )
    fields = list(body.fields)
    await _check_references(session, tenant_id, body.name, fields)
    values = {
        "name": body.name,
        "display_name": body.displayName or body.name.replace("_", " ").capitalize(),
        "description": body.description,
        "active": True,
        "fields": _stored_fields(fields),
    }
    await kit_repo.insert_row(session, repo.TYPES, tenant_id, values)
    return await get(session, tenant_id, body.name)


async def update(session: AsyncSession, tenant_id: int, name: str, body: TypeUpdate) -> CustomType:
    """Apply the keys sent; field changes must keep every stored record valid (409 if not)."""
    current = await get(session, tenant_id, name)
    sent = body.model_dump(exclude_unset=True)
    values: dict[str, Any] = {}
    if sent.get("displayName") is not None:
        values["display_name"] = body.displayName
    if "description" in sent:
        values["description"] = body.description
    if sent.get("active") is not None:
        values["active"] = body.active
    if body.fields is not None:
        fields = list(body.fields)
        await _check_references(session, tenant_id, name, fields)
        await _check_compatible(session, tenant_id, current, fields)
        values["fields"] = _stored_fields(fields)
    if values:
        await kit_repo.update_row(session, repo.TYPES, tenant_id, current.id, values, None)
    return await get(session, tenant_id, name)


async def set_active(session: AsyncSession, tenant_id: int, name: str, active: bool) -> CustomType:
    current = await get(session, tenant_id, name)
    if current.active != active:
        values = {"active": active}
        await kit_repo.update_row(session, repo.TYPES, tenant_id, current.id, values, None)
    return await get(session, tenant_id, name)


async def _check_compatible(
    session: AsyncSession, tenant_id: int, current: CustomType, fields: list[FieldDefinition]
) -> None:
    has_records = await repo.count_records(session, tenant_id, current.id) > 0
    old = current.field_map
    new = {field.name: field for field in fields}
    reasons: list[ErrorDetail] = [
        {"path": f"fields.{name}", "message": "cannot be removed (stored records hold it)"}
        for name in old
        if name not in new
    ]
    for name, field in new.items():
        before = old.get(name)
        problems = (
            _added_problems(field, has_records)
            if before is None
            else _change_problems(before, field, has_records)
        )
        problems += await _dropped_enum_values_in_use(session, tenant_id, current, before, field)
        reasons += [{"path": f"fields.{name}", "message": problem} for problem in problems]
    if reasons:
        raise Conflict("The change would make stored records invalid.", reasons)


def _added_problems(field: FieldDefinition, has_records: bool) -> list[str]:
    if field.required and has_records:
        return ["a new field cannot be required while records exist"]
    return []


def _change_problems(
    before: FieldDefinition, after: FieldDefinition, has_records: bool
) -> list[str]:
    problems: list[str] = []
    if (before.type, before.referenced_entity_type) != (after.type, after.referenced_entity_type):
        problems.append(f"cannot change type from {before.type} to {after.type}")
    tightened = [
        ("required", after.required and not before.required),
        ("non-nullable", before.nullable and not after.nullable),
        ("unique", after.unique and not before.unique),
    ]
    if has_records:
        problems += [f"cannot become {what} while records exist" for what, yes in tightened if yes]
    if (after.length_limit or 0) < (before.length_limit or 0):
        problems.append("maxLength can only grow")
    if _tighter(before.min, after.min, 1) or _tighter(before.max, after.max, -1):
        problems.append("min and max can only be relaxed")
    return problems


def _tighter(before: Any, after: Any, direction: int) -> bool:
    """Whether a bound now admits less: a new bound, a min moved up (direction 1) or a max
    moved down (direction -1)."""
    if after is None:
        return False
    return before is None or (after - before) * direction > 0


async def _dropped_enum_values_in_use(
    session: AsyncSession,
    tenant_id: int,
    current: CustomType,
    before: FieldDefinition | None,
    after: FieldDefinition,
) -> list[str]:
    if before is None or after.type is not FieldType.ENUM or before.type is not FieldType.ENUM:
        return []
    dropped = [v for v in before.enum_values or () if v not in (after.enum_values or ())]
    return [
        f"enum value {value!r} is in use"
        for value in dropped
        if await repo.value_taken(session, tenant_id, current.id, after.name, value, None)
    ]
