from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_message_status import OutboundMessageStatus

if TYPE_CHECKING:
    from ..models.attachment_view import AttachmentView


T = TypeVar("T", bound="OutboundMessageView")


@_attrs_define
class OutboundMessageView:
    """
    Attributes:
        id (int):
        to (list[str]):
        cc (list[str]):
        subject (str):
        text (str):
        html (None | str):
        attachments (list[AttachmentView]):
        status (OutboundMessageStatus): QUEUED until the worker settles it: SENT, FAILED after its last attempt, or
            CAPTURED
            (kept, never sent) when no SMTP server is configured.
        attempts (int):
        last_error (None | str):
        related_type (None | str):
        related_id (int | None):
        created_at (str):
        sent_at (None | str):
        version (int):
    """

    id: int
    to: list[str]
    cc: list[str]
    subject: str
    text: str
    html: None | str
    attachments: list[AttachmentView]
    status: OutboundMessageStatus
    attempts: int
    last_error: None | str
    related_type: None | str
    related_id: int | None
    created_at: str
    sent_at: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to = self.to

        cc = self.cc

        subject = self.subject

        text = self.text

        html: None | str
        html = self.html

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        status = self.status.value

        attempts = self.attempts

        last_error: None | str
        last_error = self.last_error

        related_type: None | str
        related_type = self.related_type

        related_id: int | None
        related_id = self.related_id

        created_at = self.created_at

        sent_at: None | str
        sent_at = self.sent_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "to": to,
                "cc": cc,
                "subject": subject,
                "text": text,
                "html": html,
                "attachments": attachments,
                "status": status,
                "attempts": attempts,
                "lastError": last_error,
                "relatedType": related_type,
                "relatedId": related_id,
                "createdAt": created_at,
                "sentAt": sent_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment_view import AttachmentView

        d = dict(src_dict)
        id = d.pop("id")

        to = cast(list[str], d.pop("to"))

        cc = cast(list[str], d.pop("cc"))

        subject = d.pop("subject")

        text = d.pop("text")

        def _parse_html(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        html = _parse_html(d.pop("html"))

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = AttachmentView.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        status = OutboundMessageStatus(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("lastError"))

        def _parse_related_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        related_type = _parse_related_type(d.pop("relatedType"))

        def _parse_related_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        related_id = _parse_related_id(d.pop("relatedId"))

        created_at = d.pop("createdAt")

        def _parse_sent_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_at = _parse_sent_at(d.pop("sentAt"))

        version = d.pop("version")

        outbound_message_view = cls(
            id=id,
            to=to,
            cc=cc,
            subject=subject,
            text=text,
            html=html,
            attachments=attachments,
            status=status,
            attempts=attempts,
            last_error=last_error,
            related_type=related_type,
            related_id=related_id,
            created_at=created_at,
            sent_at=sent_at,
            version=version,
        )

        outbound_message_view.additional_properties = d
        return outbound_message_view

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
