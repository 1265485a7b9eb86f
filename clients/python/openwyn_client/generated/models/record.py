from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_attributes import RecordAttributes
    from ..models.record_system_ref_type_1 import RecordSystemRefType1


T = TypeVar("T", bound="Record")


@_attrs_define
class Record:
    """
    Attributes:
        type_ (str):
        system_ref (RecordSystemRefType1 | str): As it was sent: a string or an object.
        id (int):
        active (bool):
        version (int):
        created_at (str):
        updated_at (str):
        attributes (RecordAttributes):
    """

    type_: str
    system_ref: RecordSystemRefType1 | str
    id: int
    active: bool
    version: int
    created_at: str
    updated_at: str
    attributes: RecordAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_system_ref_type_1 import RecordSystemRefType1

        type_ = self.type_

        system_ref: dict[str, Any] | str
        if isinstance(self.system_ref, RecordSystemRefType1):
            system_ref = self.system_ref.to_dict()
        else:
            system_ref = self.system_ref

        id = self.id

        active = self.active

        version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "systemRef": system_ref,
                "id": id,
                "active": active,
                "version": version,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.record_attributes import RecordAttributes
        from ..models.record_system_ref_type_1 import RecordSystemRefType1

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_system_ref(data: object) -> RecordSystemRefType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_ref_type_1 = RecordSystemRefType1.from_dict(data)

                return system_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordSystemRefType1 | str, data)

        system_ref = _parse_system_ref(d.pop("systemRef"))

        id = d.pop("id")

        active = d.pop("active")

        version = d.pop("version")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        attributes = RecordAttributes.from_dict(d.pop("attributes"))

        record = cls(
            type_=type_,
            system_ref=system_ref,
            id=id,
            active=active,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            attributes=attributes,
        )

        record.additional_properties = d
        return record

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
