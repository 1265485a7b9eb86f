from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Credit")


@_attrs_define
class Credit:
    """
    Attributes:
        id (int):
        ar_tran_id (str):
        client_id (int):
        amount (float):
        applied_amount (float):
        unapplied_amount (float):
        currency (str):
        reason (None | str):
        reversed_by_ar_tran_id (None | str):
        created_at (datetime.datetime):
    """

    id: int
    ar_tran_id: str
    client_id: int
    amount: float
    applied_amount: float
    unapplied_amount: float
    currency: str
    reason: None | str
    reversed_by_ar_tran_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ar_tran_id = self.ar_tran_id

        client_id = self.client_id

        amount = self.amount

        applied_amount = self.applied_amount

        unapplied_amount = self.unapplied_amount

        currency = self.currency

        reason: None | str
        reason = self.reason

        reversed_by_ar_tran_id: None | str
        reversed_by_ar_tran_id = self.reversed_by_ar_tran_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arTranId": ar_tran_id,
                "clientId": client_id,
                "amount": amount,
                "appliedAmount": applied_amount,
                "unappliedAmount": unapplied_amount,
                "currency": currency,
                "reason": reason,
                "reversedByArTranId": reversed_by_ar_tran_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        ar_tran_id = d.pop("arTranId")

        client_id = d.pop("clientId")

        amount = d.pop("amount")

        applied_amount = d.pop("appliedAmount")

        unapplied_amount = d.pop("unappliedAmount")

        currency = d.pop("currency")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_reversed_by_ar_tran_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reversed_by_ar_tran_id = _parse_reversed_by_ar_tran_id(
            d.pop("reversedByArTranId")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        credit = cls(
            id=id,
            ar_tran_id=ar_tran_id,
            client_id=client_id,
            amount=amount,
            applied_amount=applied_amount,
            unapplied_amount=unapplied_amount,
            currency=currency,
            reason=reason,
            reversed_by_ar_tran_id=reversed_by_ar_tran_id,
            created_at=created_at,
        )

        credit.additional_properties = d
        return credit

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
