from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.engagement_batch_engagements_item_type_1 import (
        EngagementBatchEngagementsItemType1,
    )
    from ..models.engagement_create import EngagementCreate


T = TypeVar("T", bound="EngagementBatch")


@_attrs_define
class EngagementBatch:
    """Each engagement is checked alone (`service.create_many`), so that a malformed one fails
    alone, as a record of a records batch does.

        Attributes:
            engagements (list[EngagementBatchEngagementsItemType1 | EngagementCreate]):
    """

    engagements: list[EngagementBatchEngagementsItemType1 | EngagementCreate]

    def to_dict(self) -> dict[str, Any]:
        from ..models.engagement_create import EngagementCreate

        engagements = []
        for engagements_item_data in self.engagements:
            engagements_item: dict[str, Any]
            if isinstance(engagements_item_data, EngagementCreate):
                engagements_item = engagements_item_data.to_dict()
            else:
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
        from ..models.engagement_batch_engagements_item_type_1 import (
            EngagementBatchEngagementsItemType1,
        )
        from ..models.engagement_create import EngagementCreate

        d = dict(src_dict)
        engagements = []
        _engagements = d.pop("engagements")
        for engagements_item_data in _engagements:

            def _parse_engagements_item(
                data: object,
            ) -> EngagementBatchEngagementsItemType1 | EngagementCreate:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    engagements_item_type_0 = EngagementCreate.from_dict(data)

                    return engagements_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                engagements_item_type_1 = EngagementBatchEngagementsItemType1.from_dict(
                    data
                )

                return engagements_item_type_1

            engagements_item = _parse_engagements_item(engagements_item_data)

            engagements.append(engagements_item)

        engagement_batch = cls(
            engagements=engagements,
        )

        return engagement_batch
