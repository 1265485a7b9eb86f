from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.type_field import TypeField


T = TypeVar("T", bound="RecordType")


@_attrs_define
class RecordType:
    """A type records can be written as: a standard entity or a tenant's custom type.

    Attributes:
        name (str):
        display_name (None | str):
        description (None | str):
        is_custom (bool):
        active (bool):
        records_url (str): Where its records are searched.
        schema_url (str):
        fields (list[TypeField]):
        id (int | None | Unset): Custom types only, as below.
        version (int | None | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    name: str
    display_name: None | str
    description: None | str
    is_custom: bool
    active: bool
    records_url: str
    schema_url: str
    fields: list[TypeField]
    id: int | None | Unset = UNSET
    version: int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        is_custom = self.is_custom

        active = self.active

        records_url = self.records_url

        schema_url = self.schema_url

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "displayName": display_name,
                "description": description,
                "isCustom": is_custom,
                "active": active,
                "recordsUrl": records_url,
                "schemaUrl": schema_url,
                "fields": fields,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.type_field import TypeField

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        is_custom = d.pop("isCustom")

        active = d.pop("active")

        records_url = d.pop("recordsUrl")

        schema_url = d.pop("schemaUrl")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = TypeField.from_dict(fields_item_data)

            fields.append(fields_item)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        record_type = cls(
            name=name,
            display_name=display_name,
            description=description,
            is_custom=is_custom,
            active=active,
            records_url=records_url,
            schema_url=schema_url,
            fields=fields,
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        record_type.additional_properties = d
        return record_type

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
