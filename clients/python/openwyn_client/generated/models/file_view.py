from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileView")


@_attrs_define
class FileView:
    """
    Attributes:
        id (int):
        name (str):
        content_type (str):
        size (int):
        sha256 (str):
        record_type (None | str):
        record_id (int | None):
        system_ref (None | str):
        description (None | str):
        created_at (str):
    """

    id: int
    name: str
    content_type: str
    size: int
    sha256: str
    record_type: None | str
    record_id: int | None
    system_ref: None | str
    description: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        content_type = self.content_type

        size = self.size

        sha256 = self.sha256

        record_type: None | str
        record_type = self.record_type

        record_id: int | None
        record_id = self.record_id

        system_ref: None | str
        system_ref = self.system_ref

        description: None | str
        description = self.description

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "contentType": content_type,
                "size": size,
                "sha256": sha256,
                "recordType": record_type,
                "recordId": record_id,
                "systemRef": system_ref,
                "description": description,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        content_type = d.pop("contentType")

        size = d.pop("size")

        sha256 = d.pop("sha256")

        def _parse_record_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        record_type = _parse_record_type(d.pop("recordType"))

        def _parse_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        record_id = _parse_record_id(d.pop("recordId"))

        def _parse_system_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        system_ref = _parse_system_ref(d.pop("systemRef"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        created_at = d.pop("createdAt")

        file_view = cls(
            id=id,
            name=name,
            content_type=content_type,
            size=size,
            sha256=sha256,
            record_type=record_type,
            record_id=record_id,
            system_ref=system_ref,
            description=description,
            created_at=created_at,
        )

        file_view.additional_properties = d
        return file_view

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
