from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engagement_settings import EngagementSettings
    from ..models.meta import Meta


T = TypeVar("T", bound="EngagementSettingsSavedEnvelope")


@_attrs_define
class EngagementSettingsSavedEnvelope:
    """
    Attributes:
        data (EngagementSettings): `engagements` settings: with `executionRequiresSignedPdf`, an engagement executed
            without the client needs `fileId`, a PDF the firm uploaded.
        meta (Meta):
        error (None | Unset):
    """

    data: EngagementSettings
    meta: Meta
    error: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.engagement_settings import EngagementSettings
        from ..models.meta import Meta

        d = dict(src_dict)
        data = EngagementSettings.from_dict(d.pop("data"))

        meta = Meta.from_dict(d.pop("meta"))

        error = d.pop("error", UNSET)

        engagement_settings_saved_envelope = cls(
            data=data,
            meta=meta,
            error=error,
        )

        engagement_settings_saved_envelope.additional_properties = d
        return engagement_settings_saved_envelope

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
