from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_request_detail_on_complete_job_status_type_0 import (
    ClientRequestDetailOnCompleteJobStatusType0,
)
from ..models.client_request_detail_status import ClientRequestDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_request_contact import ClientRequestContact
    from ..models.client_request_item import ClientRequestItem


T = TypeVar("T", bound="ClientRequestDetail")


@_attrs_define
class ClientRequestDetail:
    """
    Attributes:
        id (int):
        client_id (int):
        job_id (int):
        status (ClientRequestDetailStatus):
        due_date (datetime.date):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        contacts (list[ClientRequestContact]):
        items (list[ClientRequestItem]):
        pms_ref (None | str | Unset):
        reviewer_staff_id (int | None | Unset):
        on_complete_job_status (ClientRequestDetailOnCompleteJobStatusType0 | None | Unset):
        sent_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    id: int
    client_id: int
    job_id: int
    status: ClientRequestDetailStatus
    due_date: datetime.date
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    contacts: list[ClientRequestContact]
    items: list[ClientRequestItem]
    pms_ref: None | str | Unset = UNSET
    reviewer_staff_id: int | None | Unset = UNSET
    on_complete_job_status: (
        ClientRequestDetailOnCompleteJobStatusType0 | None | Unset
    ) = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        job_id = self.job_id

        status = self.status.value

        due_date = self.due_date.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        reviewer_staff_id: int | None | Unset
        if isinstance(self.reviewer_staff_id, Unset):
            reviewer_staff_id = UNSET
        else:
            reviewer_staff_id = self.reviewer_staff_id

        on_complete_job_status: None | str | Unset
        if isinstance(self.on_complete_job_status, Unset):
            on_complete_job_status = UNSET
        elif isinstance(
            self.on_complete_job_status, ClientRequestDetailOnCompleteJobStatusType0
        ):
            on_complete_job_status = self.on_complete_job_status.value
        else:
            on_complete_job_status = self.on_complete_job_status

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "jobId": job_id,
                "status": status,
                "dueDate": due_date,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "contacts": contacts,
                "items": items,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if reviewer_staff_id is not UNSET:
            field_dict["reviewerStaffId"] = reviewer_staff_id
        if on_complete_job_status is not UNSET:
            field_dict["onCompleteJobStatus"] = on_complete_job_status
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_request_contact import ClientRequestContact
        from ..models.client_request_item import ClientRequestItem

        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("clientId")

        job_id = d.pop("jobId")

        status = ClientRequestDetailStatus(d.pop("status"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ClientRequestContact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ClientRequestItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_reviewer_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewer_staff_id = _parse_reviewer_staff_id(d.pop("reviewerStaffId", UNSET))

        def _parse_on_complete_job_status(
            data: object,
        ) -> ClientRequestDetailOnCompleteJobStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_complete_job_status_type_0 = (
                    ClientRequestDetailOnCompleteJobStatusType0(data)
                )

                return on_complete_job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ClientRequestDetailOnCompleteJobStatusType0 | None | Unset, data
            )

        on_complete_job_status = _parse_on_complete_job_status(
            d.pop("onCompleteJobStatus", UNSET)
        )

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sentAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        client_request_detail = cls(
            id=id,
            client_id=client_id,
            job_id=job_id,
            status=status,
            due_date=due_date,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            contacts=contacts,
            items=items,
            pms_ref=pms_ref,
            reviewer_staff_id=reviewer_staff_id,
            on_complete_job_status=on_complete_job_status,
            sent_at=sent_at,
            completed_at=completed_at,
        )

        client_request_detail.additional_properties = d
        return client_request_detail

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
