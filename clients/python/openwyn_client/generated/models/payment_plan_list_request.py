from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.payment_plan_list_request_frequency_type_0 import (
    PaymentPlanListRequestFrequencyType0,
)
from ..models.payment_plan_list_request_kind_type_0 import (
    PaymentPlanListRequestKindType0,
)
from ..models.payment_plan_list_request_payment_method_type_0 import (
    PaymentPlanListRequestPaymentMethodType0,
)
from ..models.payment_plan_list_request_status_type_0 import (
    PaymentPlanListRequestStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentPlanListRequest")


@_attrs_define
class PaymentPlanListRequest:
    """
    Attributes:
        page_size (int | None | Unset):
        limit (int | None | Unset): A synonym of pageSize.
        page (int | None | Unset): Zero-based page index.
        cursor (None | str | Unset): endCursor of the previous answer, instead of page.
        id (int | None | Unset):
        client_id (int | None | Unset):
        kind (None | PaymentPlanListRequestKindType0 | Unset):
        amount (float | None | str | Unset):
        frequency (None | PaymentPlanListRequestFrequencyType0 | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        payment_method (None | PaymentPlanListRequestPaymentMethodType0 | Unset):
        status (None | PaymentPlanListRequestStatusType0 | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        version (int | None | Unset):
    """

    page_size: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    client_id: int | None | Unset = UNSET
    kind: None | PaymentPlanListRequestKindType0 | Unset = UNSET
    amount: float | None | str | Unset = UNSET
    frequency: None | PaymentPlanListRequestFrequencyType0 | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    payment_method: None | PaymentPlanListRequestPaymentMethodType0 | Unset = UNSET
    status: None | PaymentPlanListRequestStatusType0 | Unset = UNSET
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

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, PaymentPlanListRequestKindType0):
            kind = self.kind.value
        else:
            kind = self.kind

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(self.frequency, PaymentPlanListRequestFrequencyType0):
            frequency = self.frequency.value
        else:
            frequency = self.frequency

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

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentPlanListRequestPaymentMethodType0):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentPlanListRequestStatusType0):
            status = self.status.value
        else:
            status = self.status

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
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if amount is not UNSET:
            field_dict["amount"] = amount
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if status is not UNSET:
            field_dict["status"] = status
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

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_kind(data: object) -> None | PaymentPlanListRequestKindType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = PaymentPlanListRequestKindType0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentPlanListRequestKindType0 | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_frequency(
            data: object,
        ) -> None | PaymentPlanListRequestFrequencyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                frequency_type_0 = PaymentPlanListRequestFrequencyType0(data)

                return frequency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentPlanListRequestFrequencyType0 | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

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

        def _parse_payment_method(
            data: object,
        ) -> None | PaymentPlanListRequestPaymentMethodType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_0 = PaymentPlanListRequestPaymentMethodType0(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentPlanListRequestPaymentMethodType0 | Unset, data)

        payment_method = _parse_payment_method(d.pop("paymentMethod", UNSET))

        def _parse_status(
            data: object,
        ) -> None | PaymentPlanListRequestStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PaymentPlanListRequestStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentPlanListRequestStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        payment_plan_list_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
            id=id,
            client_id=client_id,
            kind=kind,
            amount=amount,
            frequency=frequency,
            start_date=start_date,
            end_date=end_date,
            payment_method=payment_method,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        return payment_plan_list_request
