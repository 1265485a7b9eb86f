from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DateComparison")


@_attrs_define
class DateComparison:
    """
    Attributes:
        field_eq (datetime.date | Unset):
        field_neq (datetime.date | Unset):
        field_gt (datetime.date | Unset):
        field_gte (datetime.date | Unset):
        field_lt (datetime.date | Unset):
        field_lte (datetime.date | Unset):
        field_in_ (list[datetime.date] | Unset):
        field_nin (list[datetime.date] | Unset):
        field_is_null (bool | Unset):
    """

    field_eq: datetime.date | Unset = UNSET
    field_neq: datetime.date | Unset = UNSET
    field_gt: datetime.date | Unset = UNSET
    field_gte: datetime.date | Unset = UNSET
    field_lt: datetime.date | Unset = UNSET
    field_lte: datetime.date | Unset = UNSET
    field_in_: list[datetime.date] | Unset = UNSET
    field_nin: list[datetime.date] | Unset = UNSET
    field_is_null: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq: str | Unset = UNSET
        if not isinstance(self.field_eq, Unset):
            field_eq = self.field_eq.isoformat()

        field_neq: str | Unset = UNSET
        if not isinstance(self.field_neq, Unset):
            field_neq = self.field_neq.isoformat()

        field_gt: str | Unset = UNSET
        if not isinstance(self.field_gt, Unset):
            field_gt = self.field_gt.isoformat()

        field_gte: str | Unset = UNSET
        if not isinstance(self.field_gte, Unset):
            field_gte = self.field_gte.isoformat()

        field_lt: str | Unset = UNSET
        if not isinstance(self.field_lt, Unset):
            field_lt = self.field_lt.isoformat()

        field_lte: str | Unset = UNSET
        if not isinstance(self.field_lte, Unset):
            field_lte = self.field_lte.isoformat()

        field_in_: list[str] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = []
            for field_in_item_data in self.field_in_:
                field_in_item = field_in_item_data.isoformat()
                field_in_.append(field_in_item)

        field_nin: list[str] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = []
            for field_nin_item_data in self.field_nin:
                field_nin_item = field_nin_item_data.isoformat()
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
        _field_eq = d.pop("_eq", UNSET)
        field_eq: datetime.date | Unset
        if isinstance(_field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = datetime.date.fromisoformat(_field_eq)

        _field_neq = d.pop("_neq", UNSET)
        field_neq: datetime.date | Unset
        if isinstance(_field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = datetime.date.fromisoformat(_field_neq)

        _field_gt = d.pop("_gt", UNSET)
        field_gt: datetime.date | Unset
        if isinstance(_field_gt, Unset):
            field_gt = UNSET
        else:
            field_gt = datetime.date.fromisoformat(_field_gt)

        _field_gte = d.pop("_gte", UNSET)
        field_gte: datetime.date | Unset
        if isinstance(_field_gte, Unset):
            field_gte = UNSET
        else:
            field_gte = datetime.date.fromisoformat(_field_gte)

        _field_lt = d.pop("_lt", UNSET)
        field_lt: datetime.date | Unset
        if isinstance(_field_lt, Unset):
            field_lt = UNSET
        else:
            field_lt = datetime.date.fromisoformat(_field_lt)

        _field_lte = d.pop("_lte", UNSET)
        field_lte: datetime.date | Unset
        if isinstance(_field_lte, Unset):
            field_lte = UNSET
        else:
            field_lte = datetime.date.fromisoformat(_field_lte)

        _field_in_ = d.pop("_in", UNSET)
        field_in_: list[datetime.date] | Unset = UNSET
        if _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:
                field_in_item = datetime.date.fromisoformat(field_in_item_data)

                field_in_.append(field_in_item)

        _field_nin = d.pop("_nin", UNSET)
        field_nin: list[datetime.date] | Unset = UNSET
        if _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:
                field_nin_item = datetime.date.fromisoformat(field_nin_item_data)

                field_nin.append(field_nin_item)

        field_is_null = d.pop("_is_null", UNSET)

        date_comparison = cls(
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

        return date_comparison
