from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftInvoiceHistoryEntry")


@_attrs_define
class DraftInvoiceHistoryEntry:
    """
    Attributes:
        id (int):
        draft_invoice_id (int):
        client_id (int):
        invoice_id (int | None):
        job_id (int | None):
        activity_type (str):
        actor_staff_id (int | None):
        comment (None | str):
        active (bool):
        created_at (str):
    """

    id: int
    draft_invoice_id: int
    client_id: int
    invoice_id: int | None
    job_id: int | None
    activity_type: str
    actor_staff_id: int | None
    comment: None | str
    active: bool
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        draft_invoice_id = self.draft_invoice_id

        client_id = self.client_id

        invoice_id: int | None
        invoice_id = self.invoice_id

        job_id: int | None
        job_id = self.job_id

        activity_type = self.activity_type

        actor_staff_id: int | None
        actor_staff_id = self.actor_staff_id

        comment: None | str
        comment = self.comment

        active = self.active

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "draftInvoiceId": draft_invoice_id,
                "clientId": client_id,
                "invoiceId": invoice_id,
                "jobId": job_id,
                "activityType": activity_type,
                "actorStaffId": actor_staff_id,
                "comment": comment,
                "active": active,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        draft_invoice_id = d.pop("draftInvoiceId")

        client_id = d.pop("clientId")

        def _parse_invoice_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId"))

        def _parse_job_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        job_id = _parse_job_id(d.pop("jobId"))

        activity_type = d.pop("activityType")

        def _parse_actor_staff_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actor_staff_id = _parse_actor_staff_id(d.pop("actorStaffId"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        active = d.pop("active")

        created_at = d.pop("createdAt")

        draft_invoice_history_entry = cls(
            id=id,
            draft_invoice_id=draft_invoice_id,
            client_id=client_id,
            invoice_id=invoice_id,
            job_id=job_id,
            activity_type=activity_type,
            actor_staff_id=actor_staff_id,
            comment=comment,
            active=active,
            created_at=created_at,
        )

        draft_invoice_history_entry.additional_properties = d
        return draft_invoice_history_entry

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
