from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.deliverable_where_release_eq import DeliverableWhereReleaseEq
from ..models.deliverable_where_release_gt import DeliverableWhereReleaseGt
from ..models.deliverable_where_release_gte import DeliverableWhereReleaseGte
from ..models.deliverable_where_release_in_item import DeliverableWhereReleaseInItem
from ..models.deliverable_where_release_lt import DeliverableWhereReleaseLt
from ..models.deliverable_where_release_lte import DeliverableWhereReleaseLte
from ..models.deliverable_where_release_neq import DeliverableWhereReleaseNeq
from ..models.deliverable_where_release_nin_item import DeliverableWhereReleaseNinItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliverableWhereRelease")


@_attrs_define
class DeliverableWhereRelease:
    """
    Attributes:
        field_eq (DeliverableWhereReleaseEq | Unset):
        field_neq (DeliverableWhereReleaseNeq | Unset):
        field_gt (DeliverableWhereReleaseGt | Unset):
        field_gte (DeliverableWhereReleaseGte | Unset):
        field_lt (DeliverableWhereReleaseLt | Unset):
        field_lte (DeliverableWhereReleaseLte | Unset):
        field_in_ (list[DeliverableWhereReleaseInItem] | Unset):
        field_nin (list[DeliverableWhereReleaseNinItem] | Unset):
        field_is_null (bool | Unset):
        field_like (str | Unset):
        field_nlike (str | Unset):
        field_ilike (str | Unset):
        field_nilike (str | Unset):
        field_regex (str | Unset):
        field_iregex (str | Unset):
    """

    field_eq: DeliverableWhereReleaseEq | Unset = UNSET
    field_neq: DeliverableWhereReleaseNeq | Unset = UNSET
    field_gt: DeliverableWhereReleaseGt | Unset = UNSET
    field_gte: DeliverableWhereReleaseGte | Unset = UNSET
    field_lt: DeliverableWhereReleaseLt | Unset = UNSET
    field_lte: DeliverableWhereReleaseLte | Unset = UNSET
    field_in_: list[DeliverableWhereReleaseInItem] | Unset = UNSET
    field_nin: list[DeliverableWhereReleaseNinItem] | Unset = UNSET
    field_is_null: bool | Unset = UNSET
    field_like: str | Unset = UNSET
    field_nlike: str | Unset = UNSET
    field_ilike: str | Unset = UNSET
    field_nilike: str | Unset = UNSET
    field_regex: str | Unset = UNSET
    field_iregex: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_eq: str | Unset = UNSET
        if not isinstance(self.field_eq, Unset):
            field_eq = self.field_eq.value

        field_neq: str | Unset = UNSET
        if not isinstance(self.field_neq, Unset):
            field_neq = self.field_neq.value

        field_gt: str | Unset = UNSET
        if not isinstance(self.field_gt, Unset):
            field_gt = self.field_gt.value

        field_gte: str | Unset = UNSET
        if not isinstance(self.field_gte, Unset):
            field_gte = self.field_gte.value

        field_lt: str | Unset = UNSET
        if not isinstance(self.field_lt, Unset):
            field_lt = self.field_lt.value

        field_lte: str | Unset = UNSET
        if not isinstance(self.field_lte, Unset):
            field_lte = self.field_lte.value

        field_in_: list[str] | Unset = UNSET
        if not isinstance(self.field_in_, Unset):
            field_in_ = []
            for field_in_item_data in self.field_in_:
                field_in_item = field_in_item_data.value
                field_in_.append(field_in_item)

        field_nin: list[str] | Unset = UNSET
        if not isinstance(self.field_nin, Unset):
            field_nin = []
            for field_nin_item_data in self.field_nin:
                field_nin_item = field_nin_item_data.value
                field_nin.append(field_nin_item)

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
        _field_eq = d.pop("_eq", UNSET)
        field_eq: DeliverableWhereReleaseEq | Unset
        if isinstance(_field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = DeliverableWhereReleaseEq(_field_eq)

        _field_neq = d.pop("_neq", UNSET)
        field_neq: DeliverableWhereReleaseNeq | Unset
        if isinstance(_field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = DeliverableWhereReleaseNeq(_field_neq)

        _field_gt = d.pop("_gt", UNSET)
        field_gt: DeliverableWhereReleaseGt | Unset
        if isinstance(_field_gt, Unset):
            field_gt = UNSET
        else:
            field_gt = DeliverableWhereReleaseGt(_field_gt)

        _field_gte = d.pop("_gte", UNSET)
        field_gte: DeliverableWhereReleaseGte | Unset
        if isinstance(_field_gte, Unset):
            field_gte = UNSET
        else:
            field_gte = DeliverableWhereReleaseGte(_field_gte)

        _field_lt = d.pop("_lt", UNSET)
        field_lt: DeliverableWhereReleaseLt | Unset
        if isinstance(_field_lt, Unset):
            field_lt = UNSET
        else:
            field_lt = DeliverableWhereReleaseLt(_field_lt)

        _field_lte = d.pop("_lte", UNSET)
        field_lte: DeliverableWhereReleaseLte | Unset
        if isinstance(_field_lte, Unset):
            field_lte = UNSET
        else:
            field_lte = DeliverableWhereReleaseLte(_field_lte)

        _field_in_ = d.pop("_in", UNSET)
        field_in_: list[DeliverableWhereReleaseInItem] | Unset = UNSET
        if _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:
                field_in_item = DeliverableWhereReleaseInItem(field_in_item_data)

                field_in_.append(field_in_item)

        _field_nin = d.pop("_nin", UNSET)
        field_nin: list[DeliverableWhereReleaseNinItem] | Unset = UNSET
        if _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:
                field_nin_item = DeliverableWhereReleaseNinItem(field_nin_item_data)

                field_nin.append(field_nin_item)

        field_is_null = d.pop("_is_null", UNSET)

        field_like = d.pop("_like", UNSET)

        field_nlike = d.pop("_nlike", UNSET)

        field_ilike = d.pop("_ilike", UNSET)

        field_nilike = d.pop("_nilike", UNSET)

        field_regex = d.pop("_regex", UNSET)

        field_iregex = d.pop("_iregex", UNSET)

        deliverable_where_release = cls(
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

        return deliverable_where_release
