from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.payment_plan import PaymentPlan
    from ..models.total import Total


T = TypeVar("T", bound="PaymentPlanCollection")


@_attrs_define
class PaymentPlanCollection:
    """
    Attributes:
        payment_plans (list[PaymentPlan]):
        total (Total):
        page_info (PageInfo):
    """

    payment_plans: list[PaymentPlan]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_plans = []
        for payment_plans_item_data in self.payment_plans:
            payment_plans_item = payment_plans_item_data.to_dict()
            payment_plans.append(payment_plans_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentPlans": payment_plans,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.payment_plan import PaymentPlan
        from ..models.total import Total

        d = dict(src_dict)
        payment_plans = []
        _payment_plans = d.pop("paymentPlans")
        for payment_plans_item_data in _payment_plans:
            payment_plans_item = PaymentPlan.from_dict(payment_plans_item_data)

            payment_plans.append(payment_plans_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        payment_plan_collection = cls(
            payment_plans=payment_plans,
            total=total,
            page_info=page_info,
        )

        payment_plan_collection.additional_properties = d
        return payment_plan_collection

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
