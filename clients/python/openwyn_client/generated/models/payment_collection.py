from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.payment_read import PaymentRead
    from ..models.payment_total import PaymentTotal


T = TypeVar("T", bound="PaymentCollection")


@_attrs_define
class PaymentCollection:
    """
    Attributes:
        payments (list[PaymentRead]):
        total (PaymentTotal):
        page_info (PageInfo):
    """

    payments: list[PaymentRead]
    total: PaymentTotal
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payments": payments,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.payment_read import PaymentRead
        from ..models.payment_total import PaymentTotal

        d = dict(src_dict)
        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = PaymentRead.from_dict(payments_item_data)

            payments.append(payments_item)

        total = PaymentTotal.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        payment_collection = cls(
            payments=payments,
            total=total,
            page_info=page_info,
        )

        payment_collection.additional_properties = d
        return payment_collection

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
