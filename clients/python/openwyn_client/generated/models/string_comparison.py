from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StringComparison")


@_attrs_define
class StringComparison:
    """
    Attributes:
        field_eq (str | Unset):
        field_neq (str | Unset):
        field_gt (str | Unset):
        field_gte (str | Unset):
        field_lt (str | Unset):
        field_lte (str | Unset):
        field_in_ (list[str] | Unset):
        field_nin (list[str] | Unset):
        field_is_null (bool | Unset):
        field_like (str | Unset):
        field_nlike (str | Unset):
        field_ilike (str | Unset):
        field_nilike (str | Unset):
        field_regex (str | Unset):
        field_iregex (str | Unset):
    """

    field_eq: str | Unset = UNSET
    field_neq: str | Unset = UNSET
    field_gt: str | Unset = UNSET
    field_gte: str | Unset = UNSET
    field_lt: str | Unset = UNSET
    field_lte: str | Unset = UNSET
    field_in_: list[str] | Unset = UNSET
    field_nin: list[str] | Unset = UNSET
    field_is_null: bool | Unset = UNSET
    field_like: str | Unset = UNSET
    field_nlike: str | Unset = UNSET
    field_ilike: str | Unset = UNSET
    field_nilike: str | Unset = UNSET
    field_regex: str | Unset = UNSET
    field_iregex: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq = self.field_eq

        field_neq = self.field_neq

        field_gt = self.field_gt

        field_gte = self.field_gte

        field_lt = self.field_lt

        field_lte = self.field_lte

        field_in_: list[str] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = self.field_in_

        field_nin: list[str] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = self.field_nin

        field_is_null = self.field_is_null

        field_like = self.field_like

        field_nlike = self.field_nlike

        field_ilike = self.field_ilike

        field_nilike = self.field_nilike

        field_regex = self.field_regex

        field_iregex = self.field_iregex

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
        if field_like is not UNSET:
            field_dict["_like"] = field_like
        if field_nlike is not UNSET:
            field_dict["_nlike"] = field_nlike
        if field_ilike is not UNSET:
            field_dict["_ilike"] = field_ilike
        if field_nilike is not UNSET:
            field_dict["_nilike"] = field_nilike
        if field_regex is not UNSET:
            field_dict["_regex"] = field_regex
        if field_iregex is not UNSET:
            field_dict["_iregex"] = field_iregex

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

        field_in_ = cast(list[str], d.pop("_in", UNSET))

        field_nin = cast(list[str], d.pop("_nin", UNSET))

        field_is_null = d.pop("_is_null", UNSET)

        field_like = d.pop("_like", UNSET)

        field_nlike = d.pop("_nlike", UNSET)

        field_ilike = d.pop("_ilike", UNSET)

        field_nilike = d.pop("_nilike", UNSET)

        field_regex = d.pop("_regex", UNSET)

        field_iregex = d.pop("_iregex", UNSET)

        string_comparison = cls(
            field_eq=field_eq,
            field_neq=field_neq,
            field_gt=field_gt,
            field_gte=field_gte,
            field_lt=field_lt,
            field_lte=field_lte,
            field_in_=field_in_,
            field_nin=field_nin,
            field_is_null=field_is_null,
            field_like=field_like,
            field_nlike=field_nlike,
            field_ilike=field_ilike,
            field_nilike=field_nilike,
            field_regex=field_regex,
            field_iregex=field_iregex,
        )

        return string_comparison
