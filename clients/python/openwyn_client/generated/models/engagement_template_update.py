from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EngagementTemplateUpdate")


@_attrs_define
class EngagementTemplateUpdate:
    """
    Attributes:
        pms_ref (None | str | Unset):
        name (str | Unset):
        engagement_name_template (str | Unset):
        body (str | Unset):
        active (bool | Unset):
    """

    pms_ref: None | str | Unset = UNSET
    name: str | Unset = UNSET
    engagement_name_template: str | Unset = UNSET
    body: str | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        name = self.name

        engagement_name_template = self.engagement_name_template

        body = self.body

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if name is not UNSET:
            field_dict["name"] = name
        if engagement_name_template is not UNSET:
            field_dict["engagementNameTemplate"] = engagement_name_template
        if body is not UNSET:
            field_dict["body"] = body
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        name = d.pop("name", UNSET)

        engagement_name_template = d.pop("engagementNameTemplate", UNSET)

        body = d.pop("body", UNSET)

        active = d.pop("active", UNSET)

        engagement_template_update = cls(
            pms_ref=pms_ref,
            name=name,
            engagement_name_template=engagement_name_template,
            body=body,
            active=active,
        )

        return engagement_template_update
