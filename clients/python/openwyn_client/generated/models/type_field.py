from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TypeField")


@_attrs_define
class TypeField:
    """
    Attributes:
        name (str):
        type_ (str):
        required (bool):
        nullable (bool):
        unique (bool):
        description (None | str):
        rank (int | None):
        max_length (int | None):
        min_ (float | int | None):
        max_ (float | int | None):
        enum_values (list[str] | None):
        referenced_entity_type (None | str):
        filterable (bool | None | Unset): Standard types only.
        sortable (bool | None | Unset): Standard types only.
    """

    name: str
    type_: str
    required: bool
    nullable: bool
    unique: bool
    description: None | str
    rank: int | None
    max_length: int | None
    min_: float | int | None
    max_: float | int | None
    enum_values: list[str] | None
    referenced_entity_type: None | str
    filterable: bool | None | Unset = UNSET
    sortable: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        required = self.required

        nullable = self.nullable

        unique = self.unique

        description: None | str
        description = self.description

        rank: int | None
        rank = self.rank

        max_length: int | None
        max_length = self.max_length

        min_: float | int | None
        min_ = self.min_

        max_: float | int | None
        max_ = self.max_

        enum_values: list[str] | None
        if isinstance(self.enum_values, list):
            enum_values = self.enum_values

        else:
            enum_values = self.enum_values

        referenced_entity_type: None | str
        referenced_entity_type = self.referenced_entity_type

        filterable: bool | None | Unset
        if isinstance(self.filterable, Unset):
            filterable = UNSET
        else:
            filterable = self.filterable

        sortable: bool | None | Unset
        if isinstance(self.sortable, Unset):
            sortable = UNSET
        else:
            sortable = self.sortable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "required": required,
                "nullable": nullable,
                "unique": unique,
                "description": description,
                "rank": rank,
                "maxLength": max_length,
                "min": min_,
                "max": max_,
                "enumValues": enum_values,
                "referencedEntityType": referenced_entity_type,
            }
        )
        if filterable is not UNSET:
            field_dict["filterable"] = filterable
        if sortable is not UNSET:
            field_dict["sortable"] = sortable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        required = d.pop("required")

        nullable = d.pop("nullable")

        unique = d.pop("unique")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rank = _parse_rank(d.pop("rank"))

        def _parse_max_length(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_length = _parse_max_length(d.pop("maxLength"))

        def _parse_min_(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        min_ = _parse_min_(d.pop("min"))

        def _parse_max_(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        max_ = _parse_max_(d.pop("max"))

        def _parse_enum_values(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enum_values_type_0 = cast(list[str], data)

                return enum_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        enum_values = _parse_enum_values(d.pop("enumValues"))

        def _parse_referenced_entity_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referenced_entity_type = _parse_referenced_entity_type(
            d.pop("referencedEntityType")
        )

        def _parse_filterable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        filterable = _parse_filterable(d.pop("filterable", UNSET))

        def _parse_sortable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sortable = _parse_sortable(d.pop("sortable", UNSET))

        type_field = cls(
            name=name,
            type_=type_,
            required=required,
            nullable=nullable,
            unique=unique,
            description=description,
            rank=rank,
            max_length=max_length,
            min_=min_,
            max_=max_,
            enum_values=enum_values,
            referenced_entity_type=referenced_entity_type,
            filterable=filterable,
            sortable=sortable,
        )

        type_field.additional_properties = d
        return type_field

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
