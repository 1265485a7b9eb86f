from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aging import Aging


T = TypeVar("T", bound="ClientBalance")


@_attrs_define
class ClientBalance:
    """
    Attributes:
        client_id (int):
        currency (str):
        outstanding (float):
        unapplied_credit (float):
        aging (Aging):
    """

    client_id: int
    currency: str
    outstanding: float
    unapplied_credit: float
    aging: Aging
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        currency = self.currency

        outstanding = self.outstanding

        unapplied_credit = self.unapplied_credit

        aging = self.aging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "currency": currency,
                "outstanding": outstanding,
                "unappliedCredit": unapplied_credit,
                "aging": aging,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aging import Aging

        d = dict(src_dict)
        client_id = d.pop("clientId")

        currency = d.pop("currency")

        outstanding = d.pop("outstanding")

        unapplied_credit = d.pop("unappliedCredit")

        aging = Aging.from_dict(d.pop("aging"))

        client_balance = cls(
            client_id=client_id,
            currency=currency,
            outstanding=outstanding,
            unapplied_credit=unapplied_credit,
            aging=aging,
        )

        client_balance.additional_properties = d
        return client_balance

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
