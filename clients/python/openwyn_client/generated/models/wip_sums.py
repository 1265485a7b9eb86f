from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WipSums")


@_attrs_define
class WipSums:
    """
    Attributes:
        value (float):
        outstanding_amount (float):
        billed_amount (float):
        write_off_amount (float):
        hours (float):
    """

    value: float
    outstanding_amount: float
    billed_amount: float
    write_off_amount: float
    hours: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        outstanding_amount = self.outstanding_amount

        billed_amount = self.billed_amount

        write_off_amount = self.write_off_amount

        hours = self.hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "outstandingAmount": outstanding_amount,
                "billedAmount": billed_amount,
                "writeOffAmount": write_off_amount,
                "hours": hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        outstanding_amount = d.pop("outstandingAmount")

        billed_amount = d.pop("billedAmount")

        write_off_amount = d.pop("writeOffAmount")

        hours = d.pop("hours")

        wip_sums = cls(
            value=value,
            outstanding_amount=outstanding_amount,
            billed_amount=billed_amount,
            write_off_amount=write_off_amount,
            hours=hours,
        )

        wip_sums.additional_properties = d
        return wip_sums

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
