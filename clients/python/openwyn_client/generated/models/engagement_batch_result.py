from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engagement import Engagement
    from ..models.engagement_batch_result_error_type_0 import (
        EngagementBatchResultErrorType0,
    )


T = TypeVar("T", bound="EngagementBatchResult")


@_attrs_define
class EngagementBatchResult:
    """
    Attributes:
        index (int):
        status (str):
        engagement (Engagement | None | Unset):
        error (EngagementBatchResultErrorType0 | None | Unset):
    """

    index: int
    status: str
    engagement: Engagement | None | Unset = UNSET
    error: EngagementBatchResultErrorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.engagement import Engagement
        from ..models.engagement_batch_result_error_type_0 import (
            EngagementBatchResultErrorType0,
        )

        index = self.index

        status = self.status

        engagement: dict[str, Any] | None | Unset
        if isinstance(self.engagement, Unset):
            engagement = UNSET
        elif isinstance(self.engagement, Engagement):
            engagement = self.engagement.to_dict()
        else:
            engagement = self.engagement

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EngagementBatchResultErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "status": status,
            }
        )
        if engagement is not UNSET:
            field_dict["engagement"] = engagement
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.engagement import Engagement
        from ..models.engagement_batch_result_error_type_0 import (
            EngagementBatchResultErrorType0,
        )

        d = dict(src_dict)
        index = d.pop("index")

        status = d.pop("status")

        def _parse_engagement(data: object) -> Engagement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engagement_type_0 = Engagement.from_dict(data)

                return engagement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Engagement | None | Unset, data)

        engagement = _parse_engagement(d.pop("engagement", UNSET))

        def _parse_error(
            data: object,
        ) -> EngagementBatchResultErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = EngagementBatchResultErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EngagementBatchResultErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        engagement_batch_result = cls(
            index=index,
            status=status,
            engagement=engagement,
            error=error,
        )

        engagement_batch_result.additional_properties = d
        return engagement_batch_result

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
