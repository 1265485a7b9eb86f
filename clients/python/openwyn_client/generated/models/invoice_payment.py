from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoicePayment")


@_attrs_define
class InvoicePayment:
    """
    Attributes:
        id (int):
        amount (float):
        payment_date (datetime.date):
        payment_method (str):
        status (str):
    """

    id: int
    amount: float
    payment_date: datetime.date
    payment_method: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        payment_method = self.payment_method

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "paymentDate": payment_date,
                "paymentMethod": payment_method,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        payment_method = d.pop("paymentMethod")

        status = d.pop("status")

        invoice_payment = cls(
            id=id,
            amount=amount,
            payment_date=payment_date,
            payment_method=payment_method,
            status=status,
        )

        invoice_payment.additional_properties = d
        return invoice_payment

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
