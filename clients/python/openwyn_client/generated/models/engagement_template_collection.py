from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.engagement_template import EngagementTemplate
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="EngagementTemplateCollection")


@_attrs_define
class EngagementTemplateCollection:
    """
    Attributes:
        engagement_templates (list[EngagementTemplate]):
        total (Total):
        page_info (PageInfo):
    """

    engagement_templates: list[EngagementTemplate]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engagement_templates = []
        for engagement_templates_item_data in self.engagement_templates:
            engagement_templates_item = engagement_templates_item_data.to_dict()
            engagement_templates.append(engagement_templates_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "engagementTemplates": engagement_templates,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.engagement_template import EngagementTemplate
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        engagement_templates = []
        _engagement_templates = d.pop("engagementTemplates")
        for engagement_templates_item_data in _engagement_templates:
            engagement_templates_item = EngagementTemplate.from_dict(
                engagement_templates_item_data
            )

            engagement_templates.append(engagement_templates_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        engagement_template_collection = cls(
            engagement_templates=engagement_templates,
            total=total,
            page_info=page_info,
        )

        engagement_template_collection.additional_properties = d
        return engagement_template_collection

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
