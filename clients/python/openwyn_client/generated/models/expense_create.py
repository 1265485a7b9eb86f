from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="ExpenseCreate")


@_attrs_define
class ExpenseCreate:
    """`POST /api/v1/expenses`: an EXPENSE WIP.

    Attributes:
        job_id (int | ReferenceType1 | ReferenceType2): An id, or {"pmsRef": ...} or {"systemRef": ...} naming the
            object by its id in the practice management system.
        logged_date (datetime.date):
        amount (float | str): An exact amount with at most two decimals, as a number or a numeric string.
        notes (str):
        staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        billable (bool | Unset):  Default: True.
        receipt_file_id (int | None | Unset):
        pms_ref (None | str | Unset):
    """

    job_id: int | ReferenceType1 | ReferenceType2
    logged_date: datetime.date
    amount: float | str
    notes: str
    staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    billable: bool | Unset = True
    receipt_file_id: int | None | Unset = UNSET
    pms_ref: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        job_id: dict[str, Any] | int
        if isinstance(self.job_id, ReferenceType1) or isinstance(
            self.job_id, ReferenceType2
        ):
            job_id = self.job_id.to_dict()
        else:
            job_id = self.job_id

        logged_date = self.logged_date.isoformat()

        amount: float | str
        amount = self.amount

        notes = self.notes

        staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        elif isinstance(self.staff_id, ReferenceType1) or isinstance(
            self.staff_id, ReferenceType2
        ):
            staff_id = self.staff_id.to_dict()
        else:
            staff_id = self.staff_id

        billable = self.billable

        receipt_file_id: int | None | Unset
        if isinstance(self.receipt_file_id, Unset):
            receipt_file_id = UNSET
        else:
            receipt_file_id = self.receipt_file_id

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "loggedDate": logged_date,
                "amount": amount,
                "notes": notes,
            }
        )
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if billable is not UNSET:
            field_dict["billable"] = billable
        if receipt_file_id is not UNSET:
            field_dict["receiptFileId"] = receipt_file_id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)

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

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        notes = d.pop("notes")

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

        billable = d.pop("billable", UNSET)

        def _parse_receipt_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        receipt_file_id = _parse_receipt_file_id(d.pop("receiptFileId", UNSET))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        expense_create = cls(
            job_id=job_id,
            logged_date=logged_date,
            amount=amount,
            notes=notes,
            staff_id=staff_id,
            billable=billable,
            receipt_file_id=receipt_file_id,
            pms_ref=pms_ref,
        )

        return expense_create
