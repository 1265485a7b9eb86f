from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.wip import Wip
    from ..models.wip_total import WipTotal


T = TypeVar("T", bound="WipCollection")


@_attrs_define
class WipCollection:
    """
    Attributes:
        wips (list[Wip]):
        total (WipTotal):
        page_info (PageInfo):
    """

    wips: list[Wip]
    total: WipTotal
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wips = []
        for wips_item_data in self.wips:
            wips_item = wips_item_data.to_dict()
            wips.append(wips_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wips": wips,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.wip import Wip
        from ..models.wip_total import WipTotal

        d = dict(src_dict)
        wips = []
        _wips = d.pop("wips")
        for wips_item_data in _wips:
            wips_item = Wip.from_dict(wips_item_data)

            wips.append(wips_item)

        total = WipTotal.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        wip_collection = cls(
            wips=wips,
            total=total,
            page_info=page_info,
        )

        wip_collection.additional_properties = d
        return wip_collection

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
