from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.event_previous_type_0 import EventPreviousType0


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        id (str): evt_ and 24 hex digits; deliveries carry it as webhook-id.
        type_ (str): `<entityType>.<operation>`.
        entity_type (str):
        operation (str): CREATE, UPDATE, DELETE, or a workflow operation of the catalog (e.g. POSTED of invoice).
        tenant (str):
        occurred_at (str):
        entity_id (int):
        system_ref (None | str):
        data (EventData): The object after the change (before a delete).
        previous (EventPreviousType0 | None): The changed fields' former values.
    """

    id: str
    type_: str
    entity_type: str
    operation: str
    tenant: str
    occurred_at: str
    entity_id: int
    system_ref: None | str
    data: EventData
    previous: EventPreviousType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_previous_type_0 import EventPreviousType0

        id = self.id

        type_ = self.type_

        entity_type = self.entity_type

        operation = self.operation

        tenant = self.tenant

        occurred_at = self.occurred_at

        entity_id = self.entity_id

        system_ref: None | str
        system_ref = self.system_ref

        data = self.data.to_dict()

        previous: dict[str, Any] | None
        if isinstance(self.previous, EventPreviousType0):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "entityType": entity_type,
                "operation": operation,
                "tenant": tenant,
                "occurredAt": occurred_at,
                "entityId": entity_id,
                "systemRef": system_ref,
                "data": data,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_data import EventData
        from ..models.event_previous_type_0 import EventPreviousType0

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        entity_type = d.pop("entityType")

        operation = d.pop("operation")

        tenant = d.pop("tenant")

        occurred_at = d.pop("occurredAt")

        entity_id = d.pop("entityId")

        def _parse_system_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        system_ref = _parse_system_ref(d.pop("systemRef"))

        data = EventData.from_dict(d.pop("data"))

        def _parse_previous(data: object) -> EventPreviousType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_0 = EventPreviousType0.from_dict(data)

                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventPreviousType0 | None, data)

        previous = _parse_previous(d.pop("previous"))

        event = cls(
            id=id,
            type_=type_,
            entity_type=entity_type,
            operation=operation,
            tenant=tenant,
            occurred_at=occurred_at,
            entity_id=entity_id,
            system_ref=system_ref,
            data=data,
            previous=previous,
        )

        event.additional_properties = d
        return event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
