from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        id (int):
        staff_id (int | None):
        entity_type (str):
        operation (str): CREATE, UPDATE, DELETE, or a workflow operation of the catalog (e.g. POSTED of invoice).
        delivery_url (str):
        description (None | str):
        filter_expression (None | str):
        active (bool):
        status (str):
        is_internal (bool):
        version (int):
        created_at (str):
        updated_at (str):
    """

    id: int
    staff_id: int | None
    entity_type: str
    operation: str
    delivery_url: str
    description: None | str
    filter_expression: None | str
    active: bool
    status: str
    is_internal: bool
    version: int
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        staff_id: int | None
        staff_id = self.staff_id

        entity_type = self.entity_type

        operation = self.operation

        delivery_url = self.delivery_url

        description: None | str
        description = self.description

        filter_expression: None | str
        filter_expression = self.filter_expression

        active = self.active

        status = self.status

        is_internal = self.is_internal

        version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "staffId": staff_id,
                "entityType": entity_type,
                "operation": operation,
                "deliveryUrl": delivery_url,
                "description": description,
                "filterExpression": filter_expression,
                "active": active,
                "status": status,
                "isInternal": is_internal,
                "version": version,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_staff_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        staff_id = _parse_staff_id(d.pop("staffId"))

        entity_type = d.pop("entityType")

        operation = d.pop("operation")

        delivery_url = d.pop("deliveryUrl")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_filter_expression(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filter_expression = _parse_filter_expression(d.pop("filterExpression"))

        active = d.pop("active")

        status = d.pop("status")

        is_internal = d.pop("isInternal")

        version = d.pop("version")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        subscription = cls(
            id=id,
            staff_id=staff_id,
            entity_type=entity_type,
            operation=operation,
            delivery_url=delivery_url,
            description=description,
            filter_expression=filter_expression,
            active=active,
            status=status,
            is_internal=is_internal,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        subscription.additional_properties = d
        return subscription

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
