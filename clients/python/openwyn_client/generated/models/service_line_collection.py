from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.service_line import ServiceLine
    from ..models.total import Total


T = TypeVar("T", bound="ServiceLineCollection")


@_attrs_define
class ServiceLineCollection:
    """
    Attributes:
        service_lines (list[ServiceLine]):
        total (Total):
        page_info (PageInfo):
    """

    service_lines: list[ServiceLine]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_lines = []
        for service_lines_item_data in self.service_lines:
            service_lines_item = service_lines_item_data.to_dict()
            service_lines.append(service_lines_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceLines": service_lines,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.service_line import ServiceLine
        from ..models.total import Total

        d = dict(src_dict)
        service_lines = []
        _service_lines = d.pop("serviceLines")
        for service_lines_item_data in _service_lines:
            service_lines_item = ServiceLine.from_dict(service_lines_item_data)

            service_lines.append(service_lines_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        service_line_collection = cls(
            service_lines=service_lines,
            total=total,
            page_info=page_info,
        )

        service_line_collection.additional_properties = d
        return service_line_collection

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
