"""The two kinds of record type behind one interface: standard entities and custom types.

A standard type is a directory resource (its systemRef is the entity's ``pmsRef``) and writes
through the same service as the REST family, so references, uniqueness and rules are the same.
A custom type stores its attributes in a JSON document validated by the type's field models.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol, get_args

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

import openwyn.directory  # noqa: F401 - registers every standard type
from openwyn.errors import Conflict, ErrorDetail, NotFound, ValidationFailed
from openwyn.kit import repository as kit_repo
from openwyn.kit import system_refs
from openwyn.kit.json import iso_timestamp
from openwyn.kit.resource import REGISTRY, Resource
from openwyn.records import custom_types
from openwyn.records import repository as repo
from openwyn.records.custom_types import CustomType
from openwyn.records.fields import FieldDefinition, FieldType, Reference, shown_value, stored_value
from openwyn.web import outbox, service

# Entity fields that travel beside `attributes` in a record, not inside it.
_RECORD_KEYS = ("id", "pmsRef", "active", "version", "createdAt", "updatedAt")


@dataclass(frozen=True)
class Written:
    record: dict[str, Any]
    changed: bool


class RecordKind(Protocol):
    @property
    def name(self) -> str: ...

    async def read(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> dict[str, Any]: ...

    async def find_id(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> int | None: ...

    async def system_ref_of(
        self, session: AsyncSession, tenant_id: int, record_id: int
    ) -> str | None: ...

    async def create(
        self, session: AsyncSession, tenant_id: int, system_ref: str, attributes: dict[str, Any]
    ) -> Written: ...

    async def update(
        self, session: AsyncSession, tenant_id: int, record_id: int, attributes: dict[str, Any]
    ) -> Written: ...

    async def remove(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> dict[str, Any] | None: ...


def validation_error(error: ValidationError, prefix: str = "attributes") -> ValidationFailed:
    details: list[ErrorDetail] = [
        {"path": ".".join([prefix, *(str(part) for part in e["loc"])]), "message": e["msg"]}
        for e in error.errors()
    ]
    return ValidationFailed("The record's attributes are not valid.", details)


def _parsed(model: type[BaseModel], attributes: dict[str, Any]) -> BaseModel:
    try:
        return model.model_validate(attributes)
    except ValidationError as error:
        raise validation_error(error) from None


def sent_values(parsed: BaseModel) -> dict[str, Any]:
    """`parsed.model_dump(exclude_unset=True, by_alias=True)`, read straight from the model
    where no field that was set holds a model of its own (an address): the dump took a third
    of validating a record, and a sync's records seldom send one."""
    order, dumped = _fields_of(type(parsed))
    sent = parsed.model_fields_set
    if dumped is None or not dumped.isdisjoint(sent):
        return parsed.model_dump(exclude_unset=True, by_alias=True)
    return {name: getattr(parsed, name) for name in sorted(sent, key=order.__getitem__)}


@cache
def _fields_of(model: type[BaseModel]) -> tuple[dict[str, int], frozenset[str] | None]:
    """The model's fields' order, and those a dump turns into plain values (None: every one,
    for a model whose dump renames or serializes fields)."""
    order = {name: index for index, name in enumerate(model.model_fields)}
    decorators = model.__pydantic_decorators__
    renamed = any(info.alias or info.serialization_alias for info in model.model_fields.values())
    if renamed or decorators.field_serializers or decorators.model_serializers:
        return order, None
    if model.model_computed_fields:
        return order, None
    dumped = frozenset(
        name for name, info in model.model_fields.items() if _holds_a_model(info.annotation)
    )
    return order, dumped


def _holds_a_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_a_model(argument) for argument in get_args(annotation))


def validated(model: type[BaseModel], attributes: dict[str, Any]) -> dict[str, Any]:
    """The attributes sent, validated, as Python values (custom references still unresolved)."""
    parsed = _parsed(model, attributes)
    # In definition order, so stored documents and answers list attributes the same way.
    return {
        name: getattr(parsed, name)
        for name in model.model_fields
        if name in parsed.model_fields_set
    }


@dataclass(frozen=True)
class StandardKind:
    resource: Resource

    @property
    def name(self) -> str:
        return self.resource.key

    def record(self, item: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": self.name,
            "systemRef": system_refs.shown(item["pmsRef"]),
            "id": item["id"],
            "active": item.get("active", True),
            "version": item["version"],
            "createdAt": item["createdAt"],
            "updatedAt": item["updatedAt"],
            "attributes": {k: v for k, v in item.items() if k not in _RECORD_KEYS},
        }

    async def find_id(self, session: AsyncSession, tenant_id: int, system_ref: str) -> int | None:
        return await service.find_id(session, self.resource, tenant_id, {"pmsRef": system_ref})

    async def system_ref_of(
        self, session: AsyncSession, tenant_id: int, record_id: int
    ) -> str | None:
        item = await service.get(session, self.resource, tenant_id, record_id)
        pms_ref: str | None = item["pmsRef"]
        return pms_ref

    async def read(self, session: AsyncSession, tenant_id: int, system_ref: str) -> dict[str, Any]:
        row_id = await self._existing(session, tenant_id, system_ref)
        return self.record(await service.get(session, self.resource, tenant_id, row_id))

    async def _existing(self, session: AsyncSession, tenant_id: int, system_ref: str) -> int:
        row_id = await self.find_id(session, tenant_id, system_ref)
        if row_id is None:
            raise NotFound(f"No {self.name} record with systemRef {system_ref!r}.")
        return row_id

    def write_values(self, attributes: dict[str, Any], creating: bool) -> dict[str, Any]:
        if "pmsRef" in attributes:
            raise ValidationFailed.at("attributes.pmsRef", "is the record's systemRef; send that")
        models = self.resource.models
        parsed = _parsed(models.create if creating else models.update, attributes)
        # The same plain values the REST family hands the service (addresses as dicts).
        return sent_values(parsed)

    async def create(
        self, session: AsyncSession, tenant_id: int, system_ref: str, attributes: dict[str, Any]
    ) -> Written:
        values = self.write_values(attributes, creating=True) | {"pmsRef": system_ref}
        item = await service.create(session, self.resource, tenant_id, values)
        return Written(self.record(item), changed=True)

    async def update(
        self, session: AsyncSession, tenant_id: int, record_id: int, attributes: dict[str, Any]
    ) -> Written:
        values = self.write_values(attributes, creating=False)
        result = await service.apply_update(
            session, self.resource, tenant_id, record_id, values, None
        )
        return Written(self.record(result.item), changed=result.changed)

    async def remove(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> dict[str, Any] | None:
        """Deactivate where the entity has `active`; otherwise delete (None)."""
        row_id = await self._existing(session, tenant_id, system_ref)
        if self.resource.has_active:
            item = await service.set_active(session, self.resource, tenant_id, row_id, False)
            return self.record(item)
        await service.delete(session, self.resource, tenant_id, row_id, None)
        return None


@dataclass(frozen=True)
class CustomKind:
    type: CustomType

    @property
    def name(self) -> str:
        return self.type.name

    def record(self, row: Any) -> dict[str, Any]:
        fields = self.type.field_map
        attributes = {
            name: shown_value(fields[name], value) if name in fields else value
            for name, value in row.data.items()
        }
        return {
            "type": self.name,
            "systemRef": system_refs.shown(row.system_ref),
            "id": row.id,
            "active": row.active,
            "version": row.version,
            "createdAt": iso_timestamp(row.created_at),
            "updatedAt": iso_timestamp(row.updated_at),
            "attributes": attributes,
        }

    async def find_id(self, session: AsyncSession, tenant_id: int, system_ref: str) -> int | None:
        row = await repo.record_by_ref(session, tenant_id, self.type.id, system_ref)
        return None if row is None else int(row.id)

    async def system_ref_of(
        self, session: AsyncSession, tenant_id: int, record_id: int
    ) -> str | None:
        row = await repo.record_by_id(session, tenant_id, self.type.id, record_id)
        return str(row.system_ref)

    async def _row(self, session: AsyncSession, tenant_id: int, system_ref: str) -> Any:
        row = await repo.record_by_ref(session, tenant_id, self.type.id, system_ref)
        if row is None:
            raise NotFound(f"No {self.name} record with systemRef {system_ref!r}.")
        return row

    async def read(self, session: AsyncSession, tenant_id: int, system_ref: str) -> dict[str, Any]:
        return self.record(await self._row(session, tenant_id, system_ref))

    def _writable(self) -> None:
        if not self.type.active:
            raise Conflict(f"The record type {self.name!r} is deactivated; reactivate it first.")

    async def _document(
        self, session: AsyncSession, tenant_id: int, values: dict[str, Any]
    ) -> dict[str, Any]:
        """Validated values as stored: references resolved to ids, decimals exact strings."""
        fields = self.type.field_map
        document: dict[str, Any] = {}
        for name, value in values.items():
            field = fields[name]
            if isinstance(value, Reference):
                value = await _resolve_reference(session, tenant_id, field, value)
            document[name] = stored_value(field, value)
        return document

    async def _check_unique(
        self, session: AsyncSession, tenant_id: int, document: dict[str, Any], row_id: int | None
    ) -> None:
        for field in self.type.fields:
            value = document.get(field.name)
            if not field.unique or value is None or isinstance(value, dict | list):
                continue
            if await repo.value_taken(session, tenant_id, self.type.id, field.name, value, row_id):
                raise Conflict(
                    f"Another {self.name} record has this {field.name}.",
                    [{"path": f"attributes.{field.name}", "message": "is already taken"}],
                )

    async def create(
        self, session: AsyncSession, tenant_id: int, system_ref: str, attributes: dict[str, Any]
    ) -> Written:
        self._writable()
        values = validated(self.type.models.create, attributes)
        document = await self._document(session, tenant_id, values)
        await self._check_unique(session, tenant_id, document, None)
        row = {"type_id": self.type.id, "system_ref": system_ref, "data": document, "active": True}
        await kit_repo.insert_row(session, repo.RECORDS, tenant_id, row)
        record = await self.read(session, tenant_id, system_ref)
        await self._event(session, tenant_id, outbox.CREATE, record, system_ref)
        return Written(record, changed=True)

    async def _event(
        self,
        session: AsyncSession,
        tenant_id: int,
        operation: str,
        record: dict[str, Any],
        system_ref: str,
        previous: dict[str, Any] | None = None,
    ) -> None:
        await outbox.record(session, tenant_id, self.name, operation, record, previous, system_ref)

    async def update(
        self, session: AsyncSession, tenant_id: int, record_id: int, attributes: dict[str, Any]
    ) -> Written:
        self._writable()
        values = validated(self.type.models.update, attributes)
        current = await repo.record_by_id(
            session, tenant_id, self.type.id, record_id, for_update=True
        )
        merged = current.data | await self._document(session, tenant_id, values)
        missing = [f.name for f in self.type.fields if f.required and merged.get(f.name) is None]
        if missing:
            raise ValidationFailed(
                "A required attribute cannot be null.",
                [{"path": f"attributes.{name}", "message": "is required"} for name in missing],
            )
        if merged == current.data:
            return Written(self.record(current), changed=False)
        await self._check_unique(session, tenant_id, merged, record_id)
        await kit_repo.update_row(
            session, repo.RECORDS, tenant_id, record_id, {"data": merged}, None
        )
        record = await self.read(session, tenant_id, current.system_ref)
        before = self.record(current)["attributes"]
        previous = {k: before.get(k) for k in merged if merged[k] != current.data.get(k)}
        await self._event(session, tenant_id, outbox.UPDATE, record, current.system_ref, previous)
        return Written(record, changed=True)

    async def remove(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> dict[str, Any] | None:
        # Deactivating a record is a write: a deactivated type's records are read-only.
        self._writable()
        row = await self._row(session, tenant_id, system_ref)
        if not row.active:
            return self.record(row)
        values = {"active": False}
        await kit_repo.update_row(session, repo.RECORDS, tenant_id, row.id, values, None)
        record = await self.read(session, tenant_id, system_ref)
        # A record's DELETE is its deactivation: subscribers of `<type>.DELETE` hear of it, with
        # the record as it now stands (still readable, `active: false`).
        await self._event(session, tenant_id, outbox.DELETE, record, system_ref, {"active": True})
        return record


async def _resolve_reference(
    session: AsyncSession, tenant_id: int, field: FieldDefinition, ref: Reference
) -> int:
    assert field.type is FieldType.REFERENCE and field.referenced_entity_type is not None
    target = await kind_of(session, tenant_id, field.referenced_entity_type)
    if ref.id is not None:
        found = ref.id if await target_has_id(session, tenant_id, target, ref.id) else None
    else:
        found = await target.find_id(session, tenant_id, ref.system_ref or "")
    if found is None:
        what = ref.id if ref.id is not None else repr(ref.system_ref)
        raise ValidationFailed.at(f"attributes.{field.name}", f"no {target.name} record {what}")
    return found


async def target_has_id(
    session: AsyncSession, tenant_id: int, target: RecordKind, record_id: int
) -> bool:
    if isinstance(target, StandardKind):
        found = await kit_repo.existing_ids(session, target.resource.table, tenant_id, [record_id])
        return bool(found)
    assert isinstance(target, CustomKind)
    return await repo.record_id_exists(session, tenant_id, target.type.id, record_id)


class WrittenThroughKind(RecordKind, Protocol):
    """A standard type read-only to the generic service but written through its own (invoices
    through the invoice service and the ledger): discovery describes it from its resource and
    the model that validates a new record's attributes."""

    @property
    def resource(self) -> Resource: ...

    @property
    def create_model(self) -> type[BaseModel]: ...


# Each written-through type registers its kind here.
WRITERS: dict[str, WrittenThroughKind] = {}


async def kind_of(session: AsyncSession, tenant_id: int, name: str) -> RecordKind:
    """The record type named `name` for this tenant (404 if there is none)."""
    if name in WRITERS:
        return WRITERS[name]
    if name in REGISTRY and not REGISTRY[name].read_only:
        return StandardKind(REGISTRY[name])
    if name in REGISTRY:  # a view (projects): read through the read family, never written
        raise NotFound(f"No record type named {name!r}.")
    return CustomKind(await custom_types.get(session, tenant_id, name))
