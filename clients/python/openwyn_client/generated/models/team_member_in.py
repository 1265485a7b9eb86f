from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberIn")


@_attrs_define
class TeamMemberIn:
    """
    Attributes:
        staff_id (int):
        role (str):
        allocation (float | None | str | Unset):
    """

    staff_id: int
    role: str
    allocation: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        role = self.role

        allocation: float | None | str | Unset
        if isinstance(self.allocation, Unset):
            allocation = UNSET
        else:
            allocation = self.allocation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "staffId": staff_id,
                "role": role,
            }
        )
        if allocation is not UNSET:
            field_dict["allocation"] = allocation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        staff_id = d.pop("staffId")

        role = d.pop("role")

        def _parse_allocation(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        allocation = _parse_allocation(d.pop("allocation", UNSET))

        team_member_in = cls(
            staff_id=staff_id,
            role=role,
            allocation=allocation,
        )

        return team_member_in
