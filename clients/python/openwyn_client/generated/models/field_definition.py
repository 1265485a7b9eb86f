from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.field_type import FieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldDefinition")


@_attrs_define
class FieldDefinition:
    """One field of a custom type, as clients define it and as discovery shows it.

    Attributes:
        name (str):
        type_ (FieldType):
        required (bool | Unset):  Default: False.
        nullable (bool | Unset):  Default: True.
        unique (bool | Unset):  Default: False.
        description (None | str | Unset):
        rank (int | None | Unset):
        max_length (int | None | Unset):
        min_ (float | None | str | Unset):
        max_ (float | None | str | Unset):
        enum_values (list[str] | None | Unset):
        referenced_entity_type (None | str | Unset):
    """

    name: str
    type_: FieldType
    required: bool | Unset = False
    nullable: bool | Unset = True
    unique: bool | Unset = False
    description: None | str | Unset = UNSET
    rank: int | None | Unset = UNSET
    max_length: int | None | Unset = UNSET
    min_: float | None | str | Unset = UNSET
    max_: float | None | str | Unset = UNSET
    enum_values: list[str] | None | Unset = UNSET
    referenced_entity_type: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        required = self.required

        nullable = self.nullable

        unique = self.unique

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        max_length: int | None | Unset
        if isinstance(self.max_length, Unset):
            max_length = UNSET
        else:
            max_length = self.max_length

        min_: float | None | str | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        enum_values: list[str] | None | Unset
        if isinstance(self.enum_values, Unset):
            enum_values = UNSET
        elif isinstance(self.enum_values, list):
            enum_values = self.enum_values

        else:
            enum_values = self.enum_values

        referenced_entity_type: None | str | Unset
        if isinstance(self.referenced_entity_type, Unset):
            referenced_entity_type = UNSET
        else:
            referenced_entity_type = self.referenced_entity_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if unique is not UNSET:
            field_dict["unique"] = unique
        if description is not UNSET:
            field_dict["description"] = description
        if rank is not UNSET:
            field_dict["rank"] = rank
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if enum_values is not UNSET:
            field_dict["enumValues"] = enum_values
        if referenced_entity_type is not UNSET:
            field_dict["referencedEntityType"] = referenced_entity_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = FieldType(d.pop("type"))

        required = d.pop("required", UNSET)

        nullable = d.pop("nullable", UNSET)

        unique = d.pop("unique", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_max_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_length = _parse_max_length(d.pop("maxLength", UNSET))

        def _parse_min_(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_enum_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enum_values_type_0 = cast(list[str], data)

                return enum_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enum_values = _parse_enum_values(d.pop("enumValues", UNSET))

        def _parse_referenced_entity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referenced_entity_type = _parse_referenced_entity_type(
            d.pop("referencedEntityType", UNSET)
        )

        field_definition = cls(
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
        )

        return field_definition
