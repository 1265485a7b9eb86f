from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.staff_create_staff_type_type_0 import StaffCreateStaffTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="StaffCreate")


@_attrs_define
class StaffCreate:
    """
    Attributes:
        first_name (str):
        last_name (str):
        pms_ref (None | str | Unset):
        email (None | str | Unset):
        title (None | str | Unset):
        staff_type (None | StaffCreateStaffTypeType0 | Unset):
        dept_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        office_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        manager_staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        billing_rate (float | None | str | Unset):
        cost_rate (float | None | str | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        active (bool | Unset):
    """

    first_name: str
    last_name: str
    pms_ref: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    staff_type: None | StaffCreateStaffTypeType0 | Unset = UNSET
    dept_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    office_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    manager_staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    billing_rate: float | None | str | Unset = UNSET
    cost_rate: float | None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        first_name = self.first_name

        last_name = self.last_name

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        staff_type: None | str | Unset
        if isinstance(self.staff_type, Unset):
            staff_type = UNSET
        elif isinstance(self.staff_type, StaffCreateStaffTypeType0):
            staff_type = self.staff_type.value
        else:
            staff_type = self.staff_type

        dept_id: dict[str, Any] | int | None | Unset
        if isinstance(self.dept_id, Unset):
            dept_id = UNSET
        elif isinstance(self.dept_id, ReferenceType1) or isinstance(
            self.dept_id, ReferenceType2
        ):
            dept_id = self.dept_id.to_dict()
        else:
            dept_id = self.dept_id

        office_id: dict[str, Any] | int | None | Unset
        if isinstance(self.office_id, Unset):
            office_id = UNSET
        elif isinstance(self.office_id, ReferenceType1) or isinstance(
            self.office_id, ReferenceType2
        ):
            office_id = self.office_id.to_dict()
        else:
            office_id = self.office_id

        manager_staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.manager_staff_id, Unset):
            manager_staff_id = UNSET
        elif isinstance(self.manager_staff_id, ReferenceType1) or isinstance(
            self.manager_staff_id, ReferenceType2
        ):
            manager_staff_id = self.manager_staff_id.to_dict()
        else:
            manager_staff_id = self.manager_staff_id

        billing_rate: float | None | str | Unset
        if isinstance(self.billing_rate, Unset):
            billing_rate = UNSET
        else:
            billing_rate = self.billing_rate

        cost_rate: float | None | str | Unset
        if isinstance(self.cost_rate, Unset):
            cost_rate = UNSET
        else:
            cost_rate = self.cost_rate

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

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if staff_type is not UNSET:
            field_dict["staffType"] = staff_type
        if dept_id is not UNSET:
            field_dict["deptId"] = dept_id
        if office_id is not UNSET:
            field_dict["officeId"] = office_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if billing_rate is not UNSET:
            field_dict["billingRate"] = billing_rate
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_staff_type(data: object) -> None | StaffCreateStaffTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                staff_type_type_0 = StaffCreateStaffTypeType0(data)

                return staff_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StaffCreateStaffTypeType0 | Unset, data)

        staff_type = _parse_staff_type(d.pop("staffType", UNSET))

        def _parse_dept_id(
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

        dept_id = _parse_dept_id(d.pop("deptId", UNSET))

        def _parse_office_id(
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

        office_id = _parse_office_id(d.pop("officeId", UNSET))

        def _parse_manager_staff_id(
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

        manager_staff_id = _parse_manager_staff_id(d.pop("managerStaffId", UNSET))

        def _parse_billing_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        billing_rate = _parse_billing_rate(d.pop("billingRate", UNSET))

        def _parse_cost_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cost_rate = _parse_cost_rate(d.pop("costRate", UNSET))

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

        active = d.pop("active", UNSET)

        staff_create = cls(
            first_name=first_name,
            last_name=last_name,
            pms_ref=pms_ref,
            email=email,
            title=title,
            staff_type=staff_type,
            dept_id=dept_id,
            office_id=office_id,
            manager_staff_id=manager_staff_id,
            billing_rate=billing_rate,
            cost_rate=cost_rate,
            start_date=start_date,
            end_date=end_date,
            active=active,
        )

        return staff_create
