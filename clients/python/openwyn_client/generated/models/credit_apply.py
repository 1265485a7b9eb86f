from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditApply")


@_attrs_define
class CreditApply:
    """The invoice to apply the credit to and, optionally, how much of it (by default as much
    as both the credit's unapplied amount and the invoice's outstanding amount allow).

        Attributes:
            invoice_id (int):
            amount (float | None | str | Unset):
    """

    invoice_id: int
    amount: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceId": invoice_id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        credit_apply = cls(
            invoice_id=invoice_id,
            amount=amount,
        )

        return credit_apply
