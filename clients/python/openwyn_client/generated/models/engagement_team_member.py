from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EngagementTeamMember")


@_attrs_define
class EngagementTeamMember:
    """
    Attributes:
        staff_id (int):
        name (None | str):
        role (str):
        allocation (float | None):
    """

    staff_id: int
    name: None | str
    role: str
    allocation: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        name: None | str
        name = self.name

        role = self.role

        allocation: float | None
        allocation = self.allocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staffId": staff_id,
                "name": name,
                "role": role,
                "allocation": allocation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        staff_id = d.pop("staffId")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        role = d.pop("role")

        def _parse_allocation(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        allocation = _parse_allocation(d.pop("allocation"))

        engagement_team_member = cls(
            staff_id=staff_id,
            name=name,
            role=role,
            allocation=allocation,
        )

        engagement_team_member.additional_properties = d
        return engagement_team_member

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
