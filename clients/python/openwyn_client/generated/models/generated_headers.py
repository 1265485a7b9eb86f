from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GeneratedHeaders")


@_attrs_define
class GeneratedHeaders:
    """
    Attributes:
        webhook_id (str):
        webhook_timestamp (str):
        webhook_signature (str):
        content_type (str):
    """

    webhook_id: str
    webhook_timestamp: str
    webhook_signature: str
    content_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        webhook_timestamp = self.webhook_timestamp

        webhook_signature = self.webhook_signature

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook-id": webhook_id,
                "webhook-timestamp": webhook_timestamp,
                "webhook-signature": webhook_signature,
                "content-type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhook_id = d.pop("webhook-id")

        webhook_timestamp = d.pop("webhook-timestamp")

        webhook_signature = d.pop("webhook-signature")

        content_type = d.pop("content-type")

        generated_headers = cls(
            webhook_id=webhook_id,
            webhook_timestamp=webhook_timestamp,
            webhook_signature=webhook_signature,
            content_type=content_type,
        )

        generated_headers.additional_properties = d
        return generated_headers

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
