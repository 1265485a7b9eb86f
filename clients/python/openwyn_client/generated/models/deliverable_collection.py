from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deliverable import Deliverable
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="DeliverableCollection")


@_attrs_define
class DeliverableCollection:
    """
    Attributes:
        deliverables (list[Deliverable]):
        total (Total):
        page_info (PageInfo):
    """

    deliverables: list[Deliverable]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deliverables = []
        for deliverables_item_data in self.deliverables:
            deliverables_item = deliverables_item_data.to_dict()
            deliverables.append(deliverables_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliverables": deliverables,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deliverable import Deliverable
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        deliverables = []
        _deliverables = d.pop("deliverables")
        for deliverables_item_data in _deliverables:
            deliverables_item = Deliverable.from_dict(deliverables_item_data)

            deliverables.append(deliverables_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        deliverable_collection = cls(
            deliverables=deliverables,
            total=total,
            page_info=page_info,
        )

        deliverable_collection.additional_properties = d
        return deliverable_collection

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
