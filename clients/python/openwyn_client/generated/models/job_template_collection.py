from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_template import JobTemplate
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="JobTemplateCollection")


@_attrs_define
class JobTemplateCollection:
    """
    Attributes:
        job_templates (list[JobTemplate]):
        total (Total):
        page_info (PageInfo):
    """

    job_templates: list[JobTemplate]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_templates = []
        for job_templates_item_data in self.job_templates:
            job_templates_item = job_templates_item_data.to_dict()
            job_templates.append(job_templates_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobTemplates": job_templates,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_template import JobTemplate
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        job_templates = []
        _job_templates = d.pop("jobTemplates")
        for job_templates_item_data in _job_templates:
            job_templates_item = JobTemplate.from_dict(job_templates_item_data)

            job_templates.append(job_templates_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        job_template_collection = cls(
            job_templates=job_templates,
            total=total,
            page_info=page_info,
        )

        job_template_collection.additional_properties = d
        return job_template_collection

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
