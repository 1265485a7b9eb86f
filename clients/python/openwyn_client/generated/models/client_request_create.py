from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.client_request_create_on_complete_job_status_type_0 import (
    ClientRequestCreateOnCompleteJobStatusType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_in import ItemIn


T = TypeVar("T", bound="ClientRequestCreate")


@_attrs_define
class ClientRequestCreate:
    """`dueInDays` or `dueDate`, one of them.

    Attributes:
        client_id (int):
        job_id (int):
        contact_ids (list[int]):
        items (list[ItemIn]):
        due_in_days (int | None | Unset):
        due_date (datetime.date | None | Unset):
        reviewer_staff_id (int | None | Unset):
        on_complete_job_status (ClientRequestCreateOnCompleteJobStatusType0 | None | Unset):
    """

    client_id: int
    job_id: int
    contact_ids: list[int]
    items: list[ItemIn]
    due_in_days: int | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    reviewer_staff_id: int | None | Unset = UNSET
    on_complete_job_status: (
        ClientRequestCreateOnCompleteJobStatusType0 | None | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        job_id = self.job_id

        contact_ids = self.contact_ids

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        due_in_days: int | None | Unset
        if isinstance(self.due_in_days, Unset):
            due_in_days = UNSET
        else:
            due_in_days = self.due_in_days

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        reviewer_staff_id: int | None | Unset
        if isinstance(self.reviewer_staff_id, Unset):
            reviewer_staff_id = UNSET
        else:
            reviewer_staff_id = self.reviewer_staff_id

        on_complete_job_status: None | str | Unset
        if isinstance(self.on_complete_job_status, Unset):
            on_complete_job_status = UNSET
        elif isinstance(
            self.on_complete_job_status, ClientRequestCreateOnCompleteJobStatusType0
        ):
            on_complete_job_status = self.on_complete_job_status.value
        else:
            on_complete_job_status = self.on_complete_job_status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "jobId": job_id,
                "contactIds": contact_ids,
                "items": items,
            }
        )
        if due_in_days is not UNSET:
            field_dict["dueInDays"] = due_in_days
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if reviewer_staff_id is not UNSET:
            field_dict["reviewerStaffId"] = reviewer_staff_id
        if on_complete_job_status is not UNSET:
            field_dict["onCompleteJobStatus"] = on_complete_job_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_in import ItemIn

        d = dict(src_dict)
        client_id = d.pop("clientId")

        job_id = d.pop("jobId")

        contact_ids = cast(list[int], d.pop("contactIds"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ItemIn.from_dict(items_item_data)

            items.append(items_item)

        def _parse_due_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_in_days = _parse_due_in_days(d.pop("dueInDays", UNSET))

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        def _parse_reviewer_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewer_staff_id = _parse_reviewer_staff_id(d.pop("reviewerStaffId", UNSET))

        def _parse_on_complete_job_status(
            data: object,
        ) -> ClientRequestCreateOnCompleteJobStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_complete_job_status_type_0 = (
                    ClientRequestCreateOnCompleteJobStatusType0(data)
                )

                return on_complete_job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ClientRequestCreateOnCompleteJobStatusType0 | None | Unset, data
            )

        on_complete_job_status = _parse_on_complete_job_status(
            d.pop("onCompleteJobStatus", UNSET)
        )

        client_request_create = cls(
            client_id=client_id,
            job_id=job_id,
            contact_ids=contact_ids,
            items=items,
            due_in_days=due_in_days,
            due_date=due_date,
            reviewer_staff_id=reviewer_staff_id,
            on_complete_job_status=on_complete_job_status,
        )

        return client_request_create
