from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatementMovement")


@_attrs_define
class StatementMovement:
    """
    Attributes:
        ar_tran_id (str):
        kind (str):
        date (datetime.date):
        amount (float):
        invoice_id (int | None):
        payment_id (int | None):
        credit_id (None | str):
        reverses_ar_tran_id (None | str):
        memo (None | str):
    """

    ar_tran_id: str
    kind: str
    date: datetime.date
    amount: float
    invoice_id: int | None
    payment_id: int | None
    credit_id: None | str
    reverses_ar_tran_id: None | str
    memo: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ar_tran_id = self.ar_tran_id

        kind = self.kind

        date = self.date.isoformat()

        amount = self.amount

        invoice_id: int | None
        invoice_id = self.invoice_id

        payment_id: int | None
        payment_id = self.payment_id

        credit_id: None | str
        credit_id = self.credit_id

        reverses_ar_tran_id: None | str
        reverses_ar_tran_id = self.reverses_ar_tran_id

        memo: None | str
        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arTranId": ar_tran_id,
                "kind": kind,
                "date": date,
                "amount": amount,
                "invoiceId": invoice_id,
                "paymentId": payment_id,
                "creditId": credit_id,
                "reversesArTranId": reverses_ar_tran_id,
                "memo": memo,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ar_tran_id = d.pop("arTranId")

        kind = d.pop("kind")

        date = datetime.date.fromisoformat(d.pop("date"))

        amount = d.pop("amount")

        def _parse_invoice_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId"))

        def _parse_payment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payment_id = _parse_payment_id(d.pop("paymentId"))

        def _parse_credit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        credit_id = _parse_credit_id(d.pop("creditId"))

        def _parse_reverses_ar_tran_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reverses_ar_tran_id = _parse_reverses_ar_tran_id(d.pop("reversesArTranId"))

        def _parse_memo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memo = _parse_memo(d.pop("memo"))

        statement_movement = cls(
            ar_tran_id=ar_tran_id,
            kind=kind,
            date=date,
            amount=amount,
            invoice_id=invoice_id,
            payment_id=payment_id,
            credit_id=credit_id,
            reverses_ar_tran_id=reverses_ar_tran_id,
            memo=memo,
        )

        statement_movement.additional_properties = d
        return statement_movement

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
