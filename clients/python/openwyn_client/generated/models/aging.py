from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Aging")


@_attrs_define
class Aging:
    """
    Attributes:
        current (float):
        days_1_to_30 (float):
        days_31_to_60 (float):
        days_61_to_90 (float):
        over90 (float):
    """

    current: float
    days_1_to_30: float
    days_31_to_60: float
    days_61_to_90: float
    over90: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        days_1_to_30 = self.days_1_to_30

        days_31_to_60 = self.days_31_to_60

        days_61_to_90 = self.days_61_to_90

        over90 = self.over90

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "days1To30": days_1_to_30,
                "days31To60": days_31_to_60,
                "days61To90": days_61_to_90,
                "over90": over90,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current = d.pop("current")

        days_1_to_30 = d.pop("days1To30")

        days_31_to_60 = d.pop("days31To60")

        days_61_to_90 = d.pop("days61To90")

        over90 = d.pop("over90")

        aging = cls(
            current=current,
            days_1_to_30=days_1_to_30,
            days_31_to_60=days_31_to_60,
            days_61_to_90=days_61_to_90,
            over90=over90,
        )

        aging.additional_properties = d
        return aging

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
