from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.history_list_request_activity_type_type_0 import (
    HistoryListRequestActivityTypeType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryListRequest")


@_attrs_define
class HistoryListRequest:
    """`POST /gql/v1/draft_invoice_histories`'s equality filters.

    Attributes:
        page_size (int | None | Unset):
        limit (int | None | Unset): A synonym of pageSize.
        page (int | None | Unset): Zero-based page index.
        cursor (None | str | Unset): endCursor of the previous answer, instead of page.
        client_id (int | None | Unset):
        draft_invoice_id (int | None | Unset):
        invoice_id (int | None | Unset):
        job_id (int | None | Unset):
        activity_type (HistoryListRequestActivityTypeType0 | None | Unset):
        active (bool | None | Unset):
    """

    page_size: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    draft_invoice_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    activity_type: HistoryListRequestActivityTypeType0 | None | Unset = UNSET
    active: bool | None | Unset = UNSET

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

        draft_invoice_id: int | None | Unset
        if isinstance(self.draft_invoice_id, Unset):
            draft_invoice_id = UNSET
        else:
            draft_invoice_id = self.draft_invoice_id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        activity_type: None | str | Unset
        if isinstance(self.activity_type, Unset):
            activity_type = UNSET
        elif isinstance(self.activity_type, HistoryListRequestActivityTypeType0):
            activity_type = self.activity_type.value
        else:
            activity_type = self.activity_type

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

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
        if draft_invoice_id is not UNSET:
            field_dict["draftInvoiceId"] = draft_invoice_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type
        if active is not UNSET:
            field_dict["active"] = active

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

        def _parse_draft_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        draft_invoice_id = _parse_draft_invoice_id(d.pop("draftInvoiceId", UNSET))

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId", UNSET))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_activity_type(
            data: object,
        ) -> HistoryListRequestActivityTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_type_type_0 = HistoryListRequestActivityTypeType0(data)

                return activity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryListRequestActivityTypeType0 | None | Unset, data)

        activity_type = _parse_activity_type(d.pop("activityType", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        history_list_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
            client_id=client_id,
            draft_invoice_id=draft_invoice_id,
            invoice_id=invoice_id,
            job_id=job_id,
            activity_type=activity_type,
            active=active,
        )

        return history_list_request
