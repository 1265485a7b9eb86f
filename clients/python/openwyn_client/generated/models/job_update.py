from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_update_fee_type_type_0 import JobUpdateFeeTypeType0
from ..models.job_update_status import JobUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_rate import JobRate
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """
    Attributes:
        pms_ref (None | str | Unset):
        job_ref (None | str | Unset):
        name (str | Unset):
        client_id (int | ReferenceType1 | ReferenceType2 | Unset): An id, or {"pmsRef": ...} or {"systemRef": ...}
            naming the object by its id in the practice management system.
        job_template_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        service_line_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        partner_staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        manager_staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        status (JobUpdateStatus | Unset):
        start_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        fee_type (JobUpdateFeeTypeType0 | None | Unset):
        budget (float | None | str | Unset):
        fixed_fee (float | None | str | Unset):
        rates (list[JobRate] | None | Unset):
    """

    pms_ref: None | str | Unset = UNSET
    job_ref: None | str | Unset = UNSET
    name: str | Unset = UNSET
    client_id: int | ReferenceType1 | ReferenceType2 | Unset = UNSET
    job_template_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    service_line_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    partner_staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    manager_staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    status: JobUpdateStatus | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    fee_type: JobUpdateFeeTypeType0 | None | Unset = UNSET
    budget: float | None | str | Unset = UNSET
    fixed_fee: float | None | str | Unset = UNSET
    rates: list[JobRate] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        job_ref: None | str | Unset
        if isinstance(self.job_ref, Unset):
            job_ref = UNSET
        else:
            job_ref = self.job_ref

        name = self.name

        client_id: dict[str, Any] | int | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        elif isinstance(self.client_id, ReferenceType1) or isinstance(
            self.client_id, ReferenceType2
        ):
            client_id = self.client_id.to_dict()
        else:
            client_id = self.client_id

        job_template_id: dict[str, Any] | int | None | Unset
        if isinstance(self.job_template_id, Unset):
            job_template_id = UNSET
        elif isinstance(self.job_template_id, ReferenceType1) or isinstance(
            self.job_template_id, ReferenceType2
        ):
            job_template_id = self.job_template_id.to_dict()
        else:
            job_template_id = self.job_template_id

        service_line_id: dict[str, Any] | int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        elif isinstance(self.service_line_id, ReferenceType1) or isinstance(
            self.service_line_id, ReferenceType2
        ):
            service_line_id = self.service_line_id.to_dict()
        else:
            service_line_id = self.service_line_id

        partner_staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.partner_staff_id, Unset):
            partner_staff_id = UNSET
        elif isinstance(self.partner_staff_id, ReferenceType1) or isinstance(
            self.partner_staff_id, ReferenceType2
        ):
            partner_staff_id = self.partner_staff_id.to_dict()
        else:
            partner_staff_id = self.partner_staff_id

        manager_staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.manager_staff_id, Unset):
            manager_staff_id = UNSET
        elif isinstance(self.manager_staff_id, ReferenceType1) or isinstance(
            self.manager_staff_id, ReferenceType2
        ):
            manager_staff_id = self.manager_staff_id.to_dict()
        else:
            manager_staff_id = self.manager_staff_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        fee_type: None | str | Unset
        if isinstance(self.fee_type, Unset):
            fee_type = UNSET
        elif isinstance(self.fee_type, JobUpdateFeeTypeType0):
            fee_type = self.fee_type.value
        else:
            fee_type = self.fee_type

        budget: float | None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        fixed_fee: float | None | str | Unset
        if isinstance(self.fixed_fee, Unset):
            fixed_fee = UNSET
        else:
            fixed_fee = self.fixed_fee

        rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.rates, Unset):
            rates = UNSET
        elif isinstance(self.rates, list):
            rates = []
            for rates_type_0_item_data in self.rates:
                rates_type_0_item = rates_type_0_item_data.to_dict()
                rates.append(rates_type_0_item)

        else:
            rates = self.rates

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if job_ref is not UNSET:
            field_dict["jobRef"] = job_ref
        if name is not UNSET:
            field_dict["name"] = name
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if job_template_id is not UNSET:
            field_dict["jobTemplateId"] = job_template_id
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if budget is not UNSET:
            field_dict["budget"] = budget
        if fixed_fee is not UNSET:
            field_dict["fixedFee"] = fixed_fee
        if rates is not UNSET:
            field_dict["rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_rate import JobRate
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_job_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_ref = _parse_job_ref(d.pop("jobRef", UNSET))

        name = d.pop("name", UNSET)

        def _parse_client_id(
            data: object,
        ) -> int | ReferenceType1 | ReferenceType2 | Unset:
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
            return cast(int | ReferenceType1 | ReferenceType2 | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_job_template_id(
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

        job_template_id = _parse_job_template_id(d.pop("jobTemplateId", UNSET))

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

        def _parse_partner_staff_id(
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

        partner_staff_id = _parse_partner_staff_id(d.pop("partnerStaffId", UNSET))

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

        _status = d.pop("status", UNSET)
        status: JobUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobUpdateStatus(_status)

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

        def _parse_fee_type(data: object) -> JobUpdateFeeTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_type_0 = JobUpdateFeeTypeType0(data)

                return fee_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobUpdateFeeTypeType0 | None | Unset, data)

        fee_type = _parse_fee_type(d.pop("feeType", UNSET))

        def _parse_budget(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_fixed_fee(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        fixed_fee = _parse_fixed_fee(d.pop("fixedFee", UNSET))

        def _parse_rates(data: object) -> list[JobRate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rates_type_0 = []
                _rates_type_0 = data
                for rates_type_0_item_data in _rates_type_0:
                    rates_type_0_item = JobRate.from_dict(rates_type_0_item_data)

                    rates_type_0.append(rates_type_0_item)

                return rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobRate] | None | Unset, data)

        rates = _parse_rates(d.pop("rates", UNSET))

        job_update = cls(
            pms_ref=pms_ref,
            job_ref=job_ref,
            name=name,
            client_id=client_id,
            job_template_id=job_template_id,
            service_line_id=service_line_id,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            status=status,
            start_date=start_date,
            due_date=due_date,
            end_date=end_date,
            fee_type=fee_type,
            budget=budget,
            fixed_fee=fixed_fee,
            rates=rates,
        )

        return job_update
