from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.wip_create_type import WipCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="WipCreate")


@_attrs_define
class WipCreate:
    """
    Attributes:
        type_ (WipCreateType):
        job_id (int | ReferenceType1 | ReferenceType2): An id, or {"pmsRef": ...} or {"systemRef": ...} naming the
            object by its id in the practice management system.
        logged_date (datetime.date):
        pms_ref (None | str | Unset):
        staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        hours (float | None | str | Unset):
        rate (float | None | str | Unset):
        amount (float | str | Unset): An exact amount with at most two decimals, as a number or a numeric string.
        billable (bool | Unset):
        approved (bool | Unset):
        notes (None | str | Unset):
        task_code (None | str | Unset):
        service_line_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        receipt_file_id (int | None | Unset):
    """

    type_: WipCreateType
    job_id: int | ReferenceType1 | ReferenceType2
    logged_date: datetime.date
    pms_ref: None | str | Unset = UNSET
    staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    hours: float | None | str | Unset = UNSET
    rate: float | None | str | Unset = UNSET
    amount: float | str | Unset = UNSET
    billable: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    task_code: None | str | Unset = UNSET
    service_line_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    receipt_file_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        type_ = self.type_.value

        job_id: dict[str, Any] | int
        if isinstance(self.job_id, ReferenceType1) or isinstance(
            self.job_id, ReferenceType2
        ):
            job_id = self.job_id.to_dict()
        else:
            job_id = self.job_id

        logged_date = self.logged_date.isoformat()

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        elif isinstance(self.staff_id, ReferenceType1) or isinstance(
            self.staff_id, ReferenceType2
        ):
            staff_id = self.staff_id.to_dict()
        else:
            staff_id = self.staff_id

        hours: float | None | str | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        rate: float | None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        amount: float | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        billable = self.billable

        approved = self.approved

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        task_code: None | str | Unset
        if isinstance(self.task_code, Unset):
            task_code = UNSET
        else:
            task_code = self.task_code

        service_line_id: dict[str, Any] | int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        elif isinstance(self.service_line_id, ReferenceType1) or isinstance(
            self.service_line_id, ReferenceType2
        ):
            service_line_id = self.service_line_id.to_dict()
        else:
            service_line_id = self.service_line_id

        receipt_file_id: int | None | Unset
        if isinstance(self.receipt_file_id, Unset):
            receipt_file_id = UNSET
        else:
            receipt_file_id = self.receipt_file_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "jobId": job_id,
                "loggedDate": logged_date,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if hours is not UNSET:
            field_dict["hours"] = hours
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if billable is not UNSET:
            field_dict["billable"] = billable
        if approved is not UNSET:
            field_dict["approved"] = approved
        if notes is not UNSET:
            field_dict["notes"] = notes
        if task_code is not UNSET:
            field_dict["taskCode"] = task_code
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if receipt_file_id is not UNSET:
            field_dict["receiptFileId"] = receipt_file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)
        type_ = WipCreateType(d.pop("type"))

        def _parse_job_id(data: object) -> int | ReferenceType1 | ReferenceType2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | ReferenceType1 | ReferenceType2, data)

        job_id = _parse_job_id(d.pop("jobId"))

        logged_date = datetime.date.fromisoformat(d.pop("loggedDate"))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_staff_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        staff_id = _parse_staff_id(d.pop("staffId", UNSET))

        def _parse_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        def _parse_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_amount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        billable = d.pop("billable", UNSET)

        approved = d.pop("approved", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_task_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_code = _parse_task_code(d.pop("taskCode", UNSET))

        def _parse_service_line_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_receipt_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        receipt_file_id = _parse_receipt_file_id(d.pop("receiptFileId", UNSET))

        wip_create = cls(
            type_=type_,
            job_id=job_id,
            logged_date=logged_date,
            pms_ref=pms_ref,
            staff_id=staff_id,
            hours=hours,
            rate=rate,
            amount=amount,
            billable=billable,
            approved=approved,
            notes=notes,
            task_code=task_code,
            service_line_id=service_line_id,
            receipt_file_id=receipt_file_id,
        )

        return wip_create
