from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wip_source import WipSource
from ..models.wip_status import WipStatus
from ..models.wip_type import WipType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wip")


@_attrs_define
class Wip:
    """
    Attributes:
        id (int):
        type_ (WipType):
        client_id (int):
        job_id (int):
        logged_date (datetime.date):
        value (float):
        currency (str):
        billable (bool):
        approved (bool):
        billed_amount (float):
        write_off_amount (float):
        outstanding_amount (float):
        status (WipStatus):
        source (WipSource):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        pms_ref (None | str | Unset):
        staff_id (int | None | Unset):
        hours (float | None | Unset):
        rate (float | None | Unset):
        notes (None | str | Unset):
        task_code (None | str | Unset):
        service_line_id (int | None | Unset):
        receipt_file_id (int | None | Unset):
        write_off_reason (None | str | Unset):
        draft_invoice_id (int | None | Unset):
        invoice_id (int | None | Unset):
    """

    id: int
    type_: WipType
    client_id: int
    job_id: int
    logged_date: datetime.date
    value: float
    currency: str
    billable: bool
    approved: bool
    billed_amount: float
    write_off_amount: float
    outstanding_amount: float
    status: WipStatus
    source: WipSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    pms_ref: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    hours: float | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    task_code: None | str | Unset = UNSET
    service_line_id: int | None | Unset = UNSET
    receipt_file_id: int | None | Unset = UNSET
    write_off_reason: None | str | Unset = UNSET
    draft_invoice_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        client_id = self.client_id

        job_id = self.job_id

        logged_date = self.logged_date.isoformat()

        value = self.value

        currency = self.currency

        billable = self.billable

        approved = self.approved

        billed_amount = self.billed_amount

        write_off_amount = self.write_off_amount

        outstanding_amount = self.outstanding_amount

        status = self.status.value

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

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

        service_line_id: int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = self.service_line_id

        receipt_file_id: int | None | Unset
        if isinstance(self.receipt_file_id, Unset):
            receipt_file_id = UNSET
        else:
            receipt_file_id = self.receipt_file_id

        write_off_reason: None | str | Unset
        if isinstance(self.write_off_reason, Unset):
            write_off_reason = UNSET
        else:
            write_off_reason = self.write_off_reason

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "clientId": client_id,
                "jobId": job_id,
                "loggedDate": logged_date,
                "value": value,
                "currency": currency,
                "billable": billable,
                "approved": approved,
                "billedAmount": billed_amount,
                "writeOffAmount": write_off_amount,
                "outstandingAmount": outstanding_amount,
                "status": status,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
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
        if notes is not UNSET:
            field_dict["notes"] = notes
        if task_code is not UNSET:
            field_dict["taskCode"] = task_code
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if receipt_file_id is not UNSET:
            field_dict["receiptFileId"] = receipt_file_id
        if write_off_reason is not UNSET:
            field_dict["writeOffReason"] = write_off_reason
        if draft_invoice_id is not UNSET:
            field_dict["draftInvoiceId"] = draft_invoice_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = WipType(d.pop("type"))

        client_id = d.pop("clientId")

        job_id = d.pop("jobId")

        logged_date = datetime.date.fromisoformat(d.pop("loggedDate"))

        value = d.pop("value")

        currency = d.pop("currency")

        billable = d.pop("billable")

        approved = d.pop("approved")

        billed_amount = d.pop("billedAmount")

        write_off_amount = d.pop("writeOffAmount")

        outstanding_amount = d.pop("outstandingAmount")

        status = WipStatus(d.pop("status"))

        source = WipSource(d.pop("source"))

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

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staffId", UNSET))

        def _parse_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

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

        def _parse_service_line_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_receipt_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        receipt_file_id = _parse_receipt_file_id(d.pop("receiptFileId", UNSET))

        def _parse_write_off_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        write_off_reason = _parse_write_off_reason(d.pop("writeOffReason", UNSET))

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

        wip = cls(
            id=id,
            type_=type_,
            client_id=client_id,
            job_id=job_id,
            logged_date=logged_date,
            value=value,
            currency=currency,
            billable=billable,
            approved=approved,
            billed_amount=billed_amount,
            write_off_amount=write_off_amount,
            outstanding_amount=outstanding_amount,
            status=status,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            pms_ref=pms_ref,
            staff_id=staff_id,
            hours=hours,
            rate=rate,
            notes=notes,
            task_code=task_code,
            service_line_id=service_line_id,
            receipt_file_id=receipt_file_id,
            write_off_reason=write_off_reason,
            draft_invoice_id=draft_invoice_id,
            invoice_id=invoice_id,
        )

        wip.additional_properties = d
        return wip

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
