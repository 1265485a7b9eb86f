from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegerComparison")


@_attrs_define
class IntegerComparison:
    """
    Attributes:
        field_eq (int | Unset):
        field_neq (int | Unset):
        field_gt (int | Unset):
        field_gte (int | Unset):
        field_lt (int | Unset):
        field_lte (int | Unset):
        field_in_ (list[int] | Unset):
        field_nin (list[int] | Unset):
        field_is_null (bool | Unset):
    """

    field_eq: int | Unset = UNSET
    field_neq: int | Unset = UNSET
    field_gt: int | Unset = UNSET
    field_gte: int | Unset = UNSET
    field_lt: int | Unset = UNSET
    field_lte: int | Unset = UNSET
    field_in_: list[int] | Unset = UNSET
    field_nin: list[int] | Unset = UNSET
    field_is_null: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq = self.field_eq

        field_neq = self.field_neq

        field_gt = self.field_gt

        field_gte = self.field_gte

        field_lt = self.field_lt

        field_lte = self.field_lte

        field_in_: list[int] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = self.field_in_

        field_nin: list[int] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = self.field_nin

        field_is_null = self.field_is_null

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if field_eq is not UNSET:
            field_dict["_eq"] = field_eq
        if field_neq is not UNSET:
            field_dict["_neq"] = field_neq
        if field_gt is not UNSET:
            field_dict["_gt"] = field_gt
        if field_gte is not UNSET:
            field_dict["_gte"] = field_gte
        if field_lt is not UNSET:
            field_dict["_lt"] = field_lt
        if field_lte is not UNSET:
            field_dict["_lte"] = field_lte
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

        field_gt = d.pop("_gt", UNSET)

        field_gte = d.pop("_gte", UNSET)

        field_lt = d.pop("_lt", UNSET)

        field_lte = d.pop("_lte", UNSET)

        field_in_ = cast(list[int], d.pop("_in", UNSET))

        field_nin = cast(list[int], d.pop("_nin", UNSET))

        field_is_null = d.pop("_is_null", UNSET)

        integer_comparison = cls(
            field_eq=field_eq,
            field_neq=field_neq,
            field_gt=field_gt,
            field_gte=field_gte,
            field_lt=field_lt,
            field_lte=field_lte,
            field_in_=field_in_,
            field_nin=field_nin,
            field_is_null=field_is_null,
        )

        return integer_comparison
