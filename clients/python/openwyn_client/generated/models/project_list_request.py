from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.project_list_request_fee_type_type_0 import ProjectListRequestFeeTypeType0
from ..models.project_list_request_status_type_0 import ProjectListRequestStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectListRequest")


@_attrs_define
class ProjectListRequest:
    """
    Attributes:
        page_size (int | None | Unset):
        limit (int | None | Unset): A synonym of pageSize.
        page (int | None | Unset): Zero-based page index.
        cursor (None | str | Unset): endCursor of the previous answer, instead of page.
        id (int | None | Unset):
        pms_ref (None | str | Unset):
        job_ref (None | str | Unset):
        name (None | str | Unset):
        client_id (int | None | Unset):
        job_template_id (int | None | Unset):
        service_line_id (int | None | Unset):
        partner_staff_id (int | None | Unset):
        manager_staff_id (int | None | Unset):
        status (None | ProjectListRequestStatusType0 | Unset):
        start_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        fee_type (None | ProjectListRequestFeeTypeType0 | Unset):
        budget (float | None | str | Unset):
        fixed_fee (float | None | str | Unset):
        hours_logged (float | None | str | Unset):
        wip_value (float | None | str | Unset):
        wip_outstanding (float | None | str | Unset):
        billed_amount (float | None | str | Unset):
        write_off_amount (float | None | str | Unset):
        invoiced_amount (float | None | str | Unset):
        collected_amount (float | None | str | Unset):
        budget_used_percent (float | None | str | Unset):
        realization_percent (float | None | str | Unset):
        last_activity_at (datetime.datetime | None | Unset):
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
    job_ref: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    job_template_id: int | None | Unset = UNSET
    service_line_id: int | None | Unset = UNSET
    partner_staff_id: int | None | Unset = UNSET
    manager_staff_id: int | None | Unset = UNSET
    status: None | ProjectListRequestStatusType0 | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    fee_type: None | ProjectListRequestFeeTypeType0 | Unset = UNSET
    budget: float | None | str | Unset = UNSET
    fixed_fee: float | None | str | Unset = UNSET
    hours_logged: float | None | str | Unset = UNSET
    wip_value: float | None | str | Unset = UNSET
    wip_outstanding: float | None | str | Unset = UNSET
    billed_amount: float | None | str | Unset = UNSET
    write_off_amount: float | None | str | Unset = UNSET
    invoiced_amount: float | None | str | Unset = UNSET
    collected_amount: float | None | str | Unset = UNSET
    budget_used_percent: float | None | str | Unset = UNSET
    realization_percent: float | None | str | Unset = UNSET
    last_activity_at: datetime.datetime | None | Unset = UNSET
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

        job_ref: None | str | Unset
        if isinstance(self.job_ref, Unset):
            job_ref = UNSET
        else:
            job_ref = self.job_ref

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProjectListRequestStatusType0):
            status = self.status.value
        else:
            status = self.status

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
        elif isinstance(self.fee_type, ProjectListRequestFeeTypeType0):
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

        hours_logged: float | None | str | Unset
        if isinstance(self.hours_logged, Unset):
            hours_logged = UNSET
        else:
            hours_logged = self.hours_logged

        wip_value: float | None | str | Unset
        if isinstance(self.wip_value, Unset):
            wip_value = UNSET
        else:
            wip_value = self.wip_value

        wip_outstanding: float | None | str | Unset
        if isinstance(self.wip_outstanding, Unset):
            wip_outstanding = UNSET
        else:
            wip_outstanding = self.wip_outstanding

        billed_amount: float | None | str | Unset
        if isinstance(self.billed_amount, Unset):
            billed_amount = UNSET
        else:
            billed_amount = self.billed_amount

        write_off_amount: float | None | str | Unset
        if isinstance(self.write_off_amount, Unset):
            write_off_amount = UNSET
        else:
            write_off_amount = self.write_off_amount

        invoiced_amount: float | None | str | Unset
        if isinstance(self.invoiced_amount, Unset):
            invoiced_amount = UNSET
        else:
            invoiced_amount = self.invoiced_amount

        collected_amount: float | None | str | Unset
        if isinstance(self.collected_amount, Unset):
            collected_amount = UNSET
        else:
            collected_amount = self.collected_amount

        budget_used_percent: float | None | str | Unset
        if isinstance(self.budget_used_percent, Unset):
            budget_used_percent = UNSET
        else:
            budget_used_percent = self.budget_used_percent

        realization_percent: float | None | str | Unset
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

        def _parse_job_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_ref = _parse_job_ref(d.pop("jobRef", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

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

        def _parse_status(data: object) -> None | ProjectListRequestStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProjectListRequestStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectListRequestStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_fee_type(
            data: object,
        ) -> None | ProjectListRequestFeeTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_type_0 = ProjectListRequestFeeTypeType0(data)

                return fee_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectListRequestFeeTypeType0 | Unset, data)

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

        def _parse_hours_logged(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        hours_logged = _parse_hours_logged(d.pop("hoursLogged", UNSET))

        def _parse_wip_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        wip_value = _parse_wip_value(d.pop("wipValue", UNSET))

        def _parse_wip_outstanding(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        wip_outstanding = _parse_wip_outstanding(d.pop("wipOutstanding", UNSET))

        def _parse_billed_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        billed_amount = _parse_billed_amount(d.pop("billedAmount", UNSET))

        def _parse_write_off_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        write_off_amount = _parse_write_off_amount(d.pop("writeOffAmount", UNSET))

        def _parse_invoiced_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        invoiced_amount = _parse_invoiced_amount(d.pop("invoicedAmount", UNSET))

        def _parse_collected_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        collected_amount = _parse_collected_amount(d.pop("collectedAmount", UNSET))

        def _parse_budget_used_percent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        budget_used_percent = _parse_budget_used_percent(
            d.pop("budgetUsedPercent", UNSET)
        )

        def _parse_realization_percent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

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

        project_list_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
            id=id,
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
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        return project_list_request
