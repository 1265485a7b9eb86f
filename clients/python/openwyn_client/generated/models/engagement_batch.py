from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.engagement_create import EngagementCreate


T = TypeVar("T", bound="EngagementBatch")


@_attrs_define
class EngagementBatch:
    """
    Attributes:
        engagements (list[EngagementCreate]):
    """

    engagements: list[EngagementCreate]

    def to_dict(self) -> dict[str, Any]:
        engagements = []
        for engagements_item_data in self.engagements:
            engagements_item = engagements_item_data.to_dict()
            engagements.append(engagements_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "engagements": engagements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.engagement_create import EngagementCreate

        d = dict(src_dict)
        engagements = []
        _engagements = d.pop("engagements")
        for engagements_item_data in _engagements:
            engagements_item = EngagementCreate.from_dict(engagements_item_data)

            engagements.append(engagements_item)

        engagement_batch = cls(
            engagements=engagements,
        )

        return engagement_batch
