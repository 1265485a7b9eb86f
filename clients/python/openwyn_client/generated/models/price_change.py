from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PriceChange")


@_attrs_define
class PriceChange:
    """
    Attributes:
        description (str):
        price (float | str): An exact amount with at most two decimals, as a number or a numeric string.
    """

    description: str
    price: float | str

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        price: float | str
        price = self.price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "price": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_price(data: object) -> float | str:
            return cast(float | str, data)

        price = _parse_price(d.pop("price"))

        price_change = cls(
            description=description,
            price=price,
        )

        return price_change
