from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AllocationIn")


@_attrs_define
class AllocationIn:
    """
    Attributes:
        invoice_id (int):
        amount (float | str): An exact amount with at most two decimals, as a number or a numeric string.
    """

    invoice_id: int
    amount: float | str

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        amount: float | str
        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceId": invoice_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        allocation_in = cls(
            invoice_id=invoice_id,
            amount=amount,
        )

        return allocation_in
