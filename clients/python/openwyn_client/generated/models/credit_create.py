from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreditCreate")


@_attrs_define
class CreditCreate:
    """A credit memo for a client: what the firm owes back, kept as unapplied credit.

    Attributes:
        client_id (int):
        amount (float | str): An exact amount with at most two decimals, as a number or a numeric string.
        reason (str):
    """

    client_id: int
    amount: float | str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        amount: float | str
        amount = self.amount

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "amount": amount,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        reason = d.pop("reason")

        credit_create = cls(
            client_id=client_id,
            amount=amount,
            reason=reason,
        )

        return credit_create
