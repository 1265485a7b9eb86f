from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EngagementTemplate")


@_attrs_define
class EngagementTemplate:
    """
    Attributes:
        id (int):
        name (str):
        engagement_name_template (str):
        active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        pms_ref (None | str | Unset):
    """

    id: int
    name: str
    engagement_name_template: str
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    pms_ref: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        engagement_name_template = self.engagement_name_template

        active = self.active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "engagementNameTemplate": engagement_name_template,
                "active": active,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        engagement_name_template = d.pop("engagementNameTemplate")

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        engagement_template = cls(
            id=id,
            name=name,
            engagement_name_template=engagement_name_template,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            pms_ref=pms_ref,
        )

        engagement_template.additional_properties = d
        return engagement_template

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
