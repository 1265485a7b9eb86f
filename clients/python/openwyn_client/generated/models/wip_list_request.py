from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.wip_list_request_type_type_0 import WipListRequestTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="WipListRequest")


@_attrs_define
class WipListRequest:
    """`POST /gql/v1/wip`'s simple filters (money-work.md §2); dates are inclusive, on
    `loggedDate`.

        Attributes:
            page_size (int | None | Unset):
            limit (int | None | Unset): A synonym of pageSize.
            page (int | None | Unset): Zero-based page index.
            cursor (None | str | Unset): endCursor of the previous answer, instead of page.
            client_id (int | None | Unset):
            job_id (int | None | Unset):
            staff_id (int | None | Unset):
            type_ (None | Unset | WipListRequestTypeType0):
            start_date (datetime.date | None | Unset):
            end_date (datetime.date | None | Unset):
            approved (bool | None | Unset):
    """

    page_size: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    type_: None | Unset | WipListRequestTypeType0 = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    approved: bool | None | Unset = UNSET

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

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WipListRequestTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

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
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if approved is not UNSET:
            field_dict["approved"] = approved

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

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staffId", UNSET))

        def _parse_type_(data: object) -> None | Unset | WipListRequestTypeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = WipListRequestTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WipListRequestTypeType0, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        approved = _parse_approved(d.pop("approved", UNSET))

        wip_list_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
            client_id=client_id,
            job_id=job_id,
            staff_id=staff_id,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            approved=approved,
        )

        return wip_list_request
