from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliverableDownload")


@_attrs_define
class DeliverableDownload:
    """
    Attributes:
        file_id (int):
        contact_id (int):
        downloaded_at (datetime.datetime):
        ip (str):
    """

    file_id: int
    contact_id: int
    downloaded_at: datetime.datetime
    ip: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        contact_id = self.contact_id

        downloaded_at = self.downloaded_at.isoformat()

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "contactId": contact_id,
                "downloadedAt": downloaded_at,
                "ip": ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_id = d.pop("fileId")

        contact_id = d.pop("contactId")

        downloaded_at = datetime.datetime.fromisoformat(d.pop("downloadedAt"))

        ip = d.pop("ip")

        deliverable_download = cls(
            file_id=file_id,
            contact_id=contact_id,
            downloaded_at=downloaded_at,
            ip=ip,
        )

        deliverable_download.additional_properties = d
        return deliverable_download

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
