from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="TimeEntryCreate")


@_attrs_define
class TimeEntryCreate:
    """`POST /api/v1/time-entries`: a TIME WIP.

    Attributes:
        staff_id (int | ReferenceType1 | ReferenceType2): An id, or {"pmsRef": ...} or {"systemRef": ...} naming the
            object by its id in the practice management system.
        job_id (int | ReferenceType1 | ReferenceType2): An id, or {"pmsRef": ...} or {"systemRef": ...} naming the
            object by its id in the practice management system.
        logged_date (datetime.date):
        hours (float | str): Hours, more than 0 and at most 24, in steps of 0.01.
        notes (None | str | Unset):
        task_code (None | str | Unset):
        billable (bool | Unset):  Default: True.
        rate (float | None | str | Unset):
        pms_ref (None | str | Unset):
    """

    staff_id: int | ReferenceType1 | ReferenceType2
    job_id: int | ReferenceType1 | ReferenceType2
    logged_date: datetime.date
    hours: float | str
    notes: None | str | Unset = UNSET
    task_code: None | str | Unset = UNSET
    billable: bool | Unset = True
    rate: float | None | str | Unset = UNSET
    pms_ref: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        staff_id: dict[str, Any] | int
        if isinstance(self.staff_id, ReferenceType1) or isinstance(
            self.staff_id, ReferenceType2
        ):
            staff_id = self.staff_id.to_dict()
        else:
            staff_id = self.staff_id

        job_id: dict[str, Any] | int
        if isinstance(self.job_id, ReferenceType1) or isinstance(
            self.job_id, ReferenceType2
        ):
            job_id = self.job_id.to_dict()
        else:
            job_id = self.job_id

        logged_date = self.logged_date.isoformat()

        hours: float | str
        hours = self.hours

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

        billable = self.billable

        rate: float | None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "staffId": staff_id,
                "jobId": job_id,
                "loggedDate": logged_date,
                "hours": hours,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if task_code is not UNSET:
            field_dict["taskCode"] = task_code
        if billable is not UNSET:
            field_dict["billable"] = billable
        if rate is not UNSET:
            field_dict["rate"] = rate
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)

        def _parse_staff_id(data: object) -> int | ReferenceType1 | ReferenceType2:
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

        staff_id = _parse_staff_id(d.pop("staffId"))

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

        def _parse_hours(data: object) -> float | str:
            return cast(float | str, data)

        hours = _parse_hours(d.pop("hours"))

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

        billable = d.pop("billable", UNSET)

        def _parse_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        time_entry_create = cls(
            staff_id=staff_id,
            job_id=job_id,
            logged_date=logged_date,
            hours=hours,
            notes=notes,
            task_code=task_code,
            billable=billable,
            rate=rate,
            pms_ref=pms_ref,
        )

        return time_entry_create
