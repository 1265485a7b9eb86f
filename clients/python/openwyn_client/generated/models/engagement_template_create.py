from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EngagementTemplateCreate")


@_attrs_define
class EngagementTemplateCreate:
    """
    Attributes:
        name (str):
        engagement_name_template (str):
        body (str):
        pms_ref (None | str | Unset):
        active (bool | Unset):
    """

    name: str
    engagement_name_template: str
    body: str
    pms_ref: None | str | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        engagement_name_template = self.engagement_name_template

        body = self.body

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "engagementNameTemplate": engagement_name_template,
                "body": body,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        engagement_name_template = d.pop("engagementNameTemplate")

        body = d.pop("body")

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        active = d.pop("active", UNSET)

        engagement_template_create = cls(
            name=name,
            engagement_name_template=engagement_name_template,
            body=body,
            pms_ref=pms_ref,
            active=active,
        )

        return engagement_template_create
