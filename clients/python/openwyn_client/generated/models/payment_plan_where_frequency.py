from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.payment_plan_where_frequency_eq import PaymentPlanWhereFrequencyEq
from ..models.payment_plan_where_frequency_gt import PaymentPlanWhereFrequencyGt
from ..models.payment_plan_where_frequency_gte import PaymentPlanWhereFrequencyGte
from ..models.payment_plan_where_frequency_in_item import (
    PaymentPlanWhereFrequencyInItem,
)
from ..models.payment_plan_where_frequency_lt import PaymentPlanWhereFrequencyLt
from ..models.payment_plan_where_frequency_lte import PaymentPlanWhereFrequencyLte
from ..models.payment_plan_where_frequency_neq import PaymentPlanWhereFrequencyNeq
from ..models.payment_plan_where_frequency_nin_item import (
    PaymentPlanWhereFrequencyNinItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentPlanWhereFrequency")


@_attrs_define
class PaymentPlanWhereFrequency:
    """
    Attributes:
        field_eq (PaymentPlanWhereFrequencyEq | Unset):
        field_neq (PaymentPlanWhereFrequencyNeq | Unset):
        field_gt (PaymentPlanWhereFrequencyGt | Unset):
        field_gte (PaymentPlanWhereFrequencyGte | Unset):
        field_lt (PaymentPlanWhereFrequencyLt | Unset):
        field_lte (PaymentPlanWhereFrequencyLte | Unset):
        field_in_ (list[PaymentPlanWhereFrequencyInItem] | Unset):
        field_nin (list[PaymentPlanWhereFrequencyNinItem] | Unset):
        field_is_null (bool | Unset):
        field_like (str | Unset):
        field_nlike (str | Unset):
        field_ilike (str | Unset):
        field_nilike (str | Unset):
        field_regex (str | Unset):
        field_iregex (str | Unset):
    """

    field_eq: PaymentPlanWhereFrequencyEq | Unset = UNSET
    field_neq: PaymentPlanWhereFrequencyNeq | Unset = UNSET
    field_gt: PaymentPlanWhereFrequencyGt | Unset = UNSET
    field_gte: PaymentPlanWhereFrequencyGte | Unset = UNSET
    field_lt: PaymentPlanWhereFrequencyLt | Unset = UNSET
    field_lte: PaymentPlanWhereFrequencyLte | Unset = UNSET
    field_in_: list[PaymentPlanWhereFrequencyInItem] | Unset = UNSET
    field_nin: list[PaymentPlanWhereFrequencyNinItem] | Unset = UNSET
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
        field_eq: PaymentPlanWhereFrequencyEq | Unset
        if isinstance(_field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = PaymentPlanWhereFrequencyEq(_field_eq)

        _field_neq = d.pop("_neq", UNSET)
        field_neq: PaymentPlanWhereFrequencyNeq | Unset
        if isinstance(_field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = PaymentPlanWhereFrequencyNeq(_field_neq)

        _field_gt = d.pop("_gt", UNSET)
        field_gt: PaymentPlanWhereFrequencyGt | Unset
        if isinstance(_field_gt, Unset):
            field_gt = UNSET
        else:
            field_gt = PaymentPlanWhereFrequencyGt(_field_gt)

        _field_gte = d.pop("_gte", UNSET)
        field_gte: PaymentPlanWhereFrequencyGte | Unset
        if isinstance(_field_gte, Unset):
            field_gte = UNSET
        else:
            field_gte = PaymentPlanWhereFrequencyGte(_field_gte)

        _field_lt = d.pop("_lt", UNSET)
        field_lt: PaymentPlanWhereFrequencyLt | Unset
        if isinstance(_field_lt, Unset):
            field_lt = UNSET
        else:
            field_lt = PaymentPlanWhereFrequencyLt(_field_lt)

        _field_lte = d.pop("_lte", UNSET)
        field_lte: PaymentPlanWhereFrequencyLte | Unset
        if isinstance(_field_lte, Unset):
            field_lte = UNSET
        else:
            field_lte = PaymentPlanWhereFrequencyLte(_field_lte)

        _field_in_ = d.pop("_in", UNSET)
        field_in_: list[PaymentPlanWhereFrequencyInItem] | Unset = UNSET
        if _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:
                field_in_item = PaymentPlanWhereFrequencyInItem(field_in_item_data)

                field_in_.append(field_in_item)

        _field_nin = d.pop("_nin", UNSET)
        field_nin: list[PaymentPlanWhereFrequencyNinItem] | Unset = UNSET
        if _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:
                field_nin_item = PaymentPlanWhereFrequencyNinItem(field_nin_item_data)

                field_nin.append(field_nin_item)

        field_is_null = d.pop("_is_null", UNSET)

        field_like = d.pop("_like", UNSET)

        field_nlike = d.pop("_nlike", UNSET)

        field_ilike = d.pop("_ilike", UNSET)

        field_nilike = d.pop("_nilike", UNSET)

        field_regex = d.pop("_regex", UNSET)

        field_iregex = d.pop("_iregex", UNSET)

        payment_plan_where_frequency = cls(
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

        return payment_plan_where_frequency
