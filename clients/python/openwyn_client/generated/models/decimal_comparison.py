from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecimalComparison")


@_attrs_define
class DecimalComparison:
    """
    Attributes:
        field_eq (float | Literal[0] | str | Unset):
        field_neq (float | Literal[0] | str | Unset):
        field_gt (float | Literal[0] | str | Unset):
        field_gte (float | Literal[0] | str | Unset):
        field_lt (float | Literal[0] | str | Unset):
        field_lte (float | Literal[0] | str | Unset):
        field_in_ (list[float | Literal[0] | str] | Unset):
        field_nin (list[float | Literal[0] | str] | Unset):
        field_is_null (bool | Unset):
    """

    field_eq: float | Literal[0] | str | Unset = UNSET
    field_neq: float | Literal[0] | str | Unset = UNSET
    field_gt: float | Literal[0] | str | Unset = UNSET
    field_gte: float | Literal[0] | str | Unset = UNSET
    field_lt: float | Literal[0] | str | Unset = UNSET
    field_lte: float | Literal[0] | str | Unset = UNSET
    field_in_: list[float | Literal[0] | str] | Unset = UNSET
    field_nin: list[float | Literal[0] | str] | Unset = UNSET
    field_is_null: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq: float | Literal[0] | str | Unset
        if isinstance(self.field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = self.field_eq

        field_neq: float | Literal[0] | str | Unset
        if isinstance(self.field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = self.field_neq

        field_gt: float | Literal[0] | str | Unset
        if isinstance(self.field_gt, Unset):
            field_gt = UNSET
        else:
            field_gt = self.field_gt

        field_gte: float | Literal[0] | str | Unset
        if isinstance(self.field_gte, Unset):
            field_gte = UNSET
        else:
            field_gte = self.field_gte

        field_lt: float | Literal[0] | str | Unset
        if isinstance(self.field_lt, Unset):
            field_lt = UNSET
        else:
            field_lt = self.field_lt

        field_lte: float | Literal[0] | str | Unset
        if isinstance(self.field_lte, Unset):
            field_lte = UNSET
        else:
            field_lte = self.field_lte

        field_in_: list[float | Literal[0] | str] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = []
            for field_in_item_data in self.field_in_:
                field_in_item: float | Literal[0] | str
                field_in_item = field_in_item_data
                field_in_.append(field_in_item)

        field_nin: list[float | Literal[0] | str] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = []
            for field_nin_item_data in self.field_nin:
                field_nin_item: float | Literal[0] | str
                field_nin_item = field_nin_item_data
                field_nin.append(field_nin_item)

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

        def _parse_field_eq(data: object) -> float | Literal[0] | str | Unset:
            if isinstance(data, Unset):
                return data
            field_eq_type_0 = cast(Literal[0], data)
            if field_eq_type_0 != 0:
                raise ValueError(
                    f"_eq_type_0 must match const 0, got '{field_eq_type_0}'"
                )
            return field_eq_type_0
            return cast(float | Literal[0] | str | Unset, data)

        field_eq = _parse_field_eq(d.pop("_eq", UNSET))

        def _parse_field_neq(data: object) -> float | Literal[0] | str | Unset:
            if isinstance(data, Unset):
                return data
            field_neq_type_0 = cast(Literal[0], data)
            if field_neq_type_0 != 0:
                raise ValueError(
                    f"_neq_type_0 must match const 0, got '{field_neq_type_0}'"
                )
            return field_neq_type_0
            return cast(float | Literal[0] | str | Unset, data)

        field_neq = _parse_field_neq(d.pop("_neq", UNSET))

        def _parse_field_gt(data: object) -> float | Literal[0] | str | Unset:
            if isinstance(data, Unset):
                return data
            field_gt_type_0 = cast(Literal[0], data)
            if field_gt_type_0 != 0:
                raise ValueError(
                    f"_gt_type_0 must match const 0, got '{field_gt_type_0}'"
                )
            return field_gt_type_0
            return cast(float | Literal[0] | str | Unset, data)

        field_gt = _parse_field_gt(d.pop("_gt", UNSET))

        def _parse_field_gte(data: object) -> float | Literal[0] | str | Unset:
            if isinstance(data, Unset):
                return data
            field_gte_type_0 = cast(Literal[0], data)
            if field_gte_type_0 != 0:
                raise ValueError(
                    f"_gte_type_0 must match const 0, got '{field_gte_type_0}'"
                )
            return field_gte_type_0
            return cast(float | Literal[0] | str | Unset, data)

        field_gte = _parse_field_gte(d.pop("_gte", UNSET))

        def _parse_field_lt(data: object) -> float | Literal[0] | str | Unset:
            if isinstance(data, Unset):
                return data
            field_lt_type_0 = cast(Literal[0], data)
            if field_lt_type_0 != 0:
                raise ValueError(
                    f"_lt_type_0 must match const 0, got '{field_lt_type_0}'"
                )
            return field_lt_type_0
            return cast(float | Literal[0] | str | Unset, data)

        field_lt = _parse_field_lt(d.pop("_lt", UNSET))

        def _parse_field_lte(data: object) -> float | Literal[0] | str | Unset:
            if isinstance(data, Unset):
                return data
            field_lte_type_0 = cast(Literal[0], data)
            if field_lte_type_0 != 0:
                raise ValueError(
                    f"_lte_type_0 must match const 0, got '{field_lte_type_0}'"
                )
            return field_lte_type_0
            return cast(float | Literal[0] | str | Unset, data)

        field_lte = _parse_field_lte(d.pop("_lte", UNSET))

        _field_in_ = d.pop("_in", UNSET)
        field_in_: list[float | Literal[0] | str] | Unset = UNSET
        if _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:

                def _parse_field_in_item(data: object) -> float | Literal[0] | str:
                    field_in_item_type_0 = cast(Literal[0], data)
                    if field_in_item_type_0 != 0:
                        raise ValueError(
                            f"_in_item_type_0 must match const 0, got '{field_in_item_type_0}'"
                        )
                    return field_in_item_type_0
                    return cast(float | Literal[0] | str, data)

                field_in_item = _parse_field_in_item(field_in_item_data)

                field_in_.append(field_in_item)

        _field_nin = d.pop("_nin", UNSET)
        field_nin: list[float | Literal[0] | str] | Unset = UNSET
        if _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:

                def _parse_field_nin_item(data: object) -> float | Literal[0] | str:
                    field_nin_item_type_0 = cast(Literal[0], data)
                    if field_nin_item_type_0 != 0:
                        raise ValueError(
                            f"_nin_item_type_0 must match const 0, got '{field_nin_item_type_0}'"
                        )
                    return field_nin_item_type_0
                    return cast(float | Literal[0] | str, data)

                field_nin_item = _parse_field_nin_item(field_nin_item_data)

                field_nin.append(field_nin_item)

        field_is_null = d.pop("_is_null", UNSET)

        decimal_comparison = cls(
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

        return decimal_comparison
