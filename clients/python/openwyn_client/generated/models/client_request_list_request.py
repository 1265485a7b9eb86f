from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.client_request_list_request_on_complete_job_status_type_0 import (
    ClientRequestListRequestOnCompleteJobStatusType0,
)
from ..models.client_request_list_request_status_type_0 import (
    ClientRequestListRequestStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientRequestListRequest")


@_attrs_define
class ClientRequestListRequest:
    """
    Attributes:
        page_size (int | None | Unset):
        limit (int | None | Unset): A synonym of pageSize.
        page (int | None | Unset): Zero-based page index.
        cursor (None | str | Unset): endCursor of the previous answer, instead of page.
        id (int | None | Unset):
        pms_ref (None | str | Unset):
        client_id (int | None | Unset):
        job_id (int | None | Unset):
        reviewer_staff_id (int | None | Unset):
        status (ClientRequestListRequestStatusType0 | None | Unset):
        due_date (datetime.date | None | Unset):
        on_complete_job_status (ClientRequestListRequestOnCompleteJobStatusType0 | None | Unset):
        sent_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        version (int | None | Unset):
    """

    page_size: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    pms_ref: None | str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    reviewer_staff_id: int | None | Unset = UNSET
    status: ClientRequestListRequestStatusType0 | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    on_complete_job_status: (
        ClientRequestListRequestOnCompleteJobStatusType0 | None | Unset
    ) = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        reviewer_staff_id: int | None | Unset
        if isinstance(self.reviewer_staff_id, Unset):
            reviewer_staff_id = UNSET
        else:
            reviewer_staff_id = self.reviewer_staff_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ClientRequestListRequestStatusType0):
            status = self.status.value
        else:
            status = self.status

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        on_complete_job_status: None | str | Unset
        if isinstance(self.on_complete_job_status, Unset):
            on_complete_job_status = UNSET
        elif isinstance(
            self.on_complete_job_status,
            ClientRequestListRequestOnCompleteJobStatusType0,
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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if reviewer_staff_id is not UNSET:
            field_dict["reviewerStaffId"] = reviewer_staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if on_complete_job_status is not UNSET:
            field_dict["onCompleteJobStatus"] = on_complete_job_status
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(d.pop("pageSize", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_reviewer_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewer_staff_id = _parse_reviewer_staff_id(d.pop("reviewerStaffId", UNSET))

        def _parse_status(
            data: object,
        ) -> ClientRequestListRequestStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ClientRequestListRequestStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientRequestListRequestStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_on_complete_job_status(
            data: object,
        ) -> ClientRequestListRequestOnCompleteJobStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_complete_job_status_type_0 = (
                    ClientRequestListRequestOnCompleteJobStatusType0(data)
                )

                return on_complete_job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ClientRequestListRequestOnCompleteJobStatusType0 | None | Unset, data
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

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        client_request_list_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
            id=id,
            pms_ref=pms_ref,
            client_id=client_id,
            job_id=job_id,
            reviewer_staff_id=reviewer_staff_id,
            status=status,
            due_date=due_date,
            on_complete_job_status=on_complete_job_status,
            sent_at=sent_at,
            completed_at=completed_at,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        return client_request_list_request
