from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BooleanComparison")


@_attrs_define
class BooleanComparison:
    """
    Attributes:
        field_eq (bool | Unset):
        field_neq (bool | Unset):
        field_in_ (list[bool] | Unset):
        field_nin (list[bool] | Unset):
        field_is_null (bool | Unset):
    """

    field_eq: bool | Unset = UNSET
    field_neq: bool | Unset = UNSET
    field_in_: list[bool] | Unset = UNSET
    field_nin: list[bool] | Unset = UNSET
    field_is_null: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq = self.field_eq

        field_neq = self.field_neq

        field_in_: list[bool] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = self.field_in_

        field_nin: list[bool] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = self.field_nin

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
        field_eq = d.pop("_eq", UNSET)

        field_neq = d.pop("_neq", UNSET)

        field_in_ = cast(list[bool], d.pop("_in", UNSET))

        field_nin = cast(list[bool], d.pop("_nin", UNSET))

        field_is_null = d.pop("_is_null", UNSET)

        boolean_comparison = cls(
            field_eq=field_eq,
            field_neq=field_neq,
            field_in_=field_in_,
            field_nin=field_nin,
            field_is_null=field_is_null,
        )

        return boolean_comparison
