from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MapComparison")


@_attrs_define
class MapComparison:
    """
    Attributes:
        field_eq (bool | float | str | Unset):
        field_neq (bool | float | str | Unset):
        field_in_ (list[bool | float | str] | Unset):
        field_nin (list[bool | float | str] | Unset):
        field_is_null (bool | Unset):
    """

    field_eq: bool | float | str | Unset = UNSET
    field_neq: bool | float | str | Unset = UNSET
    field_in_: list[bool | float | str] | Unset = UNSET
    field_nin: list[bool | float | str] | Unset = UNSET
    field_is_null: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq: bool | float | str | Unset
        if isinstance(self.field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = self.field_eq

        field_neq: bool | float | str | Unset
        if isinstance(self.field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = self.field_neq

        field_in_: list[bool | float | str] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = []
            for field_in_item_data in self.field_in_:
                field_in_item: bool | float | str
                field_in_item = field_in_item_data
                field_in_.append(field_in_item)

        field_nin: list[bool | float | str] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = []
            for field_nin_item_data in self.field_nin:
                field_nin_item: bool | float | str
                field_nin_item = field_nin_item_data
                field_nin.append(field_nin_item)

        field_is_null = self.field_is_null

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if field_eq is not UNSET:
            field_dict["_eq"] = field_eq
        if field_neq is not UNSET:
            field_dict["_neq"] = field_neq
        if field_in_ is not UNSET:
            field_dict["_in"] = field_in_
        if field_nin is not UNSET:
            field_dict["_nin"] = field_nin
        if field_is_null is not UNSET:
            field_dict["_is_null"] = field_is_null

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_field_eq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        field_eq = _parse_field_eq(d.pop("_eq", UNSET))

        def _parse_field_neq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        field_neq = _parse_field_neq(d.pop("_neq", UNSET))

        _field_in_ = d.pop("_in", UNSET)
        field_in_: list[bool | float | str] | Unset = UNSET
        if _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:

                def _parse_field_in_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                field_in_item = _parse_field_in_item(field_in_item_data)

                field_in_.append(field_in_item)

        _field_nin = d.pop("_nin", UNSET)
        field_nin: list[bool | float | str] | Unset = UNSET
        if _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:

                def _parse_field_nin_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                field_nin_item = _parse_field_nin_item(field_nin_item_data)

                field_nin.append(field_nin_item)

        field_is_null = d.pop("_is_null", UNSET)

        map_comparison = cls(
            field_eq=field_eq,
            field_neq=field_neq,
            field_in_=field_in_,
            field_nin=field_nin,
            field_is_null=field_is_null,
        )

        return map_comparison
