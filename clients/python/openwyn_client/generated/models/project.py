from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_fee_type_type_0 import ProjectFeeTypeType0
from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_rates_type_0_item import ProjectRatesType0Item


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """
    Attributes:
        id (int):
        name (str):
        client_id (int):
        status (ProjectStatus):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        pms_ref (None | str | Unset):
        job_ref (None | str | Unset):
        job_template_id (int | None | Unset):
        service_line_id (int | None | Unset):
        partner_staff_id (int | None | Unset):
        manager_staff_id (int | None | Unset):
        start_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        fee_type (None | ProjectFeeTypeType0 | Unset):
        budget (float | None | Unset):
        fixed_fee (float | None | Unset):
        rates (list[ProjectRatesType0Item] | None | Unset):
        hours_logged (float | None | Unset):
        wip_value (float | None | Unset):
        wip_outstanding (float | None | Unset):
        billed_amount (float | None | Unset):
        write_off_amount (float | None | Unset):
        invoiced_amount (float | None | Unset):
        collected_amount (float | None | Unset):
        budget_used_percent (float | None | Unset):
        realization_percent (float | None | Unset):
        last_activity_at (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    client_id: int
    status: ProjectStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    pms_ref: None | str | Unset = UNSET
    job_ref: None | str | Unset = UNSET
    job_template_id: int | None | Unset = UNSET
    service_line_id: int | None | Unset = UNSET
    partner_staff_id: int | None | Unset = UNSET
    manager_staff_id: int | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    fee_type: None | ProjectFeeTypeType0 | Unset = UNSET
    budget: float | None | Unset = UNSET
    fixed_fee: float | None | Unset = UNSET
    rates: list[ProjectRatesType0Item] | None | Unset = UNSET
    hours_logged: float | None | Unset = UNSET
    wip_value: float | None | Unset = UNSET
    wip_outstanding: float | None | Unset = UNSET
    billed_amount: float | None | Unset = UNSET
    write_off_amount: float | None | Unset = UNSET
    invoiced_amount: float | None | Unset = UNSET
    collected_amount: float | None | Unset = UNSET
    budget_used_percent: float | None | Unset = UNSET
    realization_percent: float | None | Unset = UNSET
    last_activity_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        client_id = self.client_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

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

        job_template_id: int | None | Unset
        if isinstance(self.job_template_id, Unset):
            job_template_id = UNSET
        else:
            job_template_id = self.job_template_id

        service_line_id: int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = self.service_line_id

        partner_staff_id: int | None | Unset
        if isinstance(self.partner_staff_id, Unset):
            partner_staff_id = UNSET
        else:
            partner_staff_id = self.partner_staff_id

        manager_staff_id: int | None | Unset
        if isinstance(self.manager_staff_id, Unset):
            manager_staff_id = UNSET
        else:
            manager_staff_id = self.manager_staff_id

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
        elif isinstance(self.fee_type, ProjectFeeTypeType0):
            fee_type = self.fee_type.value
        else:
            fee_type = self.fee_type

        budget: float | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        fixed_fee: float | None | Unset
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

        hours_logged: float | None | Unset
        if isinstance(self.hours_logged, Unset):
            hours_logged = UNSET
        else:
            hours_logged = self.hours_logged

        wip_value: float | None | Unset
        if isinstance(self.wip_value, Unset):
            wip_value = UNSET
        else:
            wip_value = self.wip_value

        wip_outstanding: float | None | Unset
        if isinstance(self.wip_outstanding, Unset):
            wip_outstanding = UNSET
        else:
            wip_outstanding = self.wip_outstanding

        billed_amount: float | None | Unset
        if isinstance(self.billed_amount, Unset):
            billed_amount = UNSET
        else:
            billed_amount = self.billed_amount

        write_off_amount: float | None | Unset
        if isinstance(self.write_off_amount, Unset):
            write_off_amount = UNSET
        else:
            write_off_amount = self.write_off_amount

        invoiced_amount: float | None | Unset
        if isinstance(self.invoiced_amount, Unset):
            invoiced_amount = UNSET
        else:
            invoiced_amount = self.invoiced_amount

        collected_amount: float | None | Unset
        if isinstance(self.collected_amount, Unset):
            collected_amount = UNSET
        else:
            collected_amount = self.collected_amount

        budget_used_percent: float | None | Unset
        if isinstance(self.budget_used_percent, Unset):
            budget_used_percent = UNSET
        else:
            budget_used_percent = self.budget_used_percent

        realization_percent: float | None | Unset
        if isinstance(self.realization_percent, Unset):
            realization_percent = UNSET
        else:
            realization_percent = self.realization_percent

        last_activity_at: None | str | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = self.last_activity_at.isoformat()
        else:
            last_activity_at = self.last_activity_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "clientId": client_id,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if job_ref is not UNSET:
            field_dict["jobRef"] = job_ref
        if job_template_id is not UNSET:
            field_dict["jobTemplateId"] = job_template_id
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
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
        if hours_logged is not UNSET:
            field_dict["hoursLogged"] = hours_logged
        if wip_value is not UNSET:
            field_dict["wipValue"] = wip_value
        if wip_outstanding is not UNSET:
            field_dict["wipOutstanding"] = wip_outstanding
        if billed_amount is not UNSET:
            field_dict["billedAmount"] = billed_amount
        if write_off_amount is not UNSET:
            field_dict["writeOffAmount"] = write_off_amount
        if invoiced_amount is not UNSET:
            field_dict["invoicedAmount"] = invoiced_amount
        if collected_amount is not UNSET:
            field_dict["collectedAmount"] = collected_amount
        if budget_used_percent is not UNSET:
            field_dict["budgetUsedPercent"] = budget_used_percent
        if realization_percent is not UNSET:
            field_dict["realizationPercent"] = realization_percent
        if last_activity_at is not UNSET:
            field_dict["lastActivityAt"] = last_activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_rates_type_0_item import ProjectRatesType0Item

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        client_id = d.pop("clientId")

        status = ProjectStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

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

        def _parse_job_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_template_id = _parse_job_template_id(d.pop("jobTemplateId", UNSET))

        def _parse_service_line_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_partner_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_staff_id = _parse_partner_staff_id(d.pop("partnerStaffId", UNSET))

        def _parse_manager_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manager_staff_id = _parse_manager_staff_id(d.pop("managerStaffId", UNSET))

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

        def _parse_fee_type(data: object) -> None | ProjectFeeTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_type_0 = ProjectFeeTypeType0(data)

                return fee_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectFeeTypeType0 | Unset, data)

        fee_type = _parse_fee_type(d.pop("feeType", UNSET))

        def _parse_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_fixed_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fixed_fee = _parse_fixed_fee(d.pop("fixedFee", UNSET))

        def _parse_rates(data: object) -> list[ProjectRatesType0Item] | None | Unset:
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
                    rates_type_0_item = ProjectRatesType0Item.from_dict(
                        rates_type_0_item_data
                    )

                    rates_type_0.append(rates_type_0_item)

                return rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectRatesType0Item] | None | Unset, data)

        rates = _parse_rates(d.pop("rates", UNSET))

        def _parse_hours_logged(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours_logged = _parse_hours_logged(d.pop("hoursLogged", UNSET))

        def _parse_wip_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        wip_value = _parse_wip_value(d.pop("wipValue", UNSET))

        def _parse_wip_outstanding(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        wip_outstanding = _parse_wip_outstanding(d.pop("wipOutstanding", UNSET))

        def _parse_billed_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        billed_amount = _parse_billed_amount(d.pop("billedAmount", UNSET))

        def _parse_write_off_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        write_off_amount = _parse_write_off_amount(d.pop("writeOffAmount", UNSET))

        def _parse_invoiced_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        invoiced_amount = _parse_invoiced_amount(d.pop("invoicedAmount", UNSET))

        def _parse_collected_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        collected_amount = _parse_collected_amount(d.pop("collectedAmount", UNSET))

        def _parse_budget_used_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget_used_percent = _parse_budget_used_percent(
            d.pop("budgetUsedPercent", UNSET)
        )

        def _parse_realization_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        realization_percent = _parse_realization_percent(
            d.pop("realizationPercent", UNSET)
        )

        def _parse_last_activity_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_activity_at = _parse_last_activity_at(d.pop("lastActivityAt", UNSET))

        project = cls(
            id=id,
            name=name,
            client_id=client_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            pms_ref=pms_ref,
            job_ref=job_ref,
            job_template_id=job_template_id,
            service_line_id=service_line_id,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            start_date=start_date,
            due_date=due_date,
            end_date=end_date,
            fee_type=fee_type,
            budget=budget,
            fixed_fee=fixed_fee,
            rates=rates,
            hours_logged=hours_logged,
            wip_value=wip_value,
            wip_outstanding=wip_outstanding,
            billed_amount=billed_amount,
            write_off_amount=write_off_amount,
            invoiced_amount=invoiced_amount,
            collected_amount=collected_amount,
            budget_used_percent=budget_used_percent,
            realization_percent=realization_percent,
            last_activity_at=last_activity_at,
        )

        project.additional_properties = d
        return project

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
