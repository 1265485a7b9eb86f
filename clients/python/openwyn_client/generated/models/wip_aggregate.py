from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.wip_sums import WipSums


T = TypeVar("T", bound="WipAggregate")


@_attrs_define
class WipAggregate:
    """
    Attributes:
        count (int):
        sum_ (WipSums):
    """

    count: int
    sum_: WipSums
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        sum_ = self.sum_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "sum": sum_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wip_sums import WipSums

        d = dict(src_dict)
        count = d.pop("count")

        sum_ = WipSums.from_dict(d.pop("sum"))

        wip_aggregate = cls(
            count=count,
            sum_=sum_,
        )

        wip_aggregate.additional_properties = d
        return wip_aggregate

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
