from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.client_where import ClientWhere
    from ..models.date_comparison import DateComparison
    from ..models.decimal_comparison import DecimalComparison
    from ..models.integer_comparison import IntegerComparison
    from ..models.job_where import JobWhere
    from ..models.project_where import ProjectWhere
    from ..models.staff_where import StaffWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison
    from ..models.wip_where_source import WipWhereSource
    from ..models.wip_where_status import WipWhereStatus
    from ..models.wip_where_type import WipWhereType


T = TypeVar("T", bound="WipWhere")


@_attrs_define
class WipWhere:
    """A boolean expression over Wip fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[WipWhere] | Unset):
        field_or_ (list[WipWhere] | Unset):
        field_not_ (WipWhere | Unset): A boolean expression over Wip fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        type_ (WipWhereType | Unset):
        client_id (IntegerComparison | Unset):
        job_id (IntegerComparison | Unset):
        staff_id (IntegerComparison | Unset):
        logged_date (DateComparison | Unset):
        hours (DecimalComparison | Unset):
        rate (DecimalComparison | Unset):
        value (DecimalComparison | Unset):
        currency (StringComparison | Unset):
        billable (BooleanComparison | Unset):
        approved (BooleanComparison | Unset):
        notes (StringComparison | Unset):
        task_code (StringComparison | Unset):
        service_line_id (IntegerComparison | Unset):
        receipt_file_id (IntegerComparison | Unset):
        billed_amount (DecimalComparison | Unset):
        write_off_amount (DecimalComparison | Unset):
        write_off_reason (StringComparison | Unset):
        outstanding_amount (DecimalComparison | Unset):
        status (WipWhereStatus | Unset):
        draft_invoice_id (IntegerComparison | Unset):
        invoice_id (IntegerComparison | Unset):
        source (WipWhereSource | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        job (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
        staff (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        project (ProjectWhere | Unset): A boolean expression over Project fields and relations; keys are ANDed.
    """

    field_and_: list[WipWhere] | Unset = UNSET
    field_or_: list[WipWhere] | Unset = UNSET
    field_not_: WipWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    type_: WipWhereType | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    job_id: IntegerComparison | Unset = UNSET
    staff_id: IntegerComparison | Unset = UNSET
    logged_date: DateComparison | Unset = UNSET
    hours: DecimalComparison | Unset = UNSET
    rate: DecimalComparison | Unset = UNSET
    value: DecimalComparison | Unset = UNSET
    currency: StringComparison | Unset = UNSET
    billable: BooleanComparison | Unset = UNSET
    approved: BooleanComparison | Unset = UNSET
    notes: StringComparison | Unset = UNSET
    task_code: StringComparison | Unset = UNSET
    service_line_id: IntegerComparison | Unset = UNSET
    receipt_file_id: IntegerComparison | Unset = UNSET
    billed_amount: DecimalComparison | Unset = UNSET
    write_off_amount: DecimalComparison | Unset = UNSET
    write_off_reason: StringComparison | Unset = UNSET
    outstanding_amount: DecimalComparison | Unset = UNSET
    status: WipWhereStatus | Unset = UNSET
    draft_invoice_id: IntegerComparison | Unset = UNSET
    invoice_id: IntegerComparison | Unset = UNSET
    source: WipWhereSource | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
    job: JobWhere | Unset = UNSET
    staff: StaffWhere | Unset = UNSET
    project: ProjectWhere | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_and_, Unset):
            field_and_ = []
            for field_and_item_data in self.field_and_:
                field_and_item = field_and_item_data.to_dict()
                field_and_.append(field_and_item)

        field_or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_or_, Unset):
            field_or_ = []
            for field_or_item_data in self.field_or_:
                field_or_item = field_or_item_data.to_dict()
                field_or_.append(field_or_item)

        field_not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_not_, Unset):
            field_not_ = self.field_not_.to_dict()

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        pms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pms_ref, Unset):
            pms_ref = self.pms_ref.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        job_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = self.job_id.to_dict()

        staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_id, Unset):
            staff_id = self.staff_id.to_dict()

        logged_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logged_date, Unset):
            logged_date = self.logged_date.to_dict()

        hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = self.hours.to_dict()

        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        billable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billable, Unset):
            billable = self.billable.to_dict()

        approved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved, Unset):
            approved = self.approved.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        task_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_code, Unset):
            task_code = self.task_code.to_dict()

        service_line_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_line_id, Unset):
            service_line_id = self.service_line_id.to_dict()

        receipt_file_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_file_id, Unset):
            receipt_file_id = self.receipt_file_id.to_dict()

        billed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billed_amount, Unset):
            billed_amount = self.billed_amount.to_dict()

        write_off_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_amount, Unset):
            write_off_amount = self.write_off_amount.to_dict()

        write_off_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_reason, Unset):
            write_off_reason = self.write_off_reason.to_dict()

        outstanding_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outstanding_amount, Unset):
            outstanding_amount = self.outstanding_amount.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        draft_invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_invoice_id, Unset):
            draft_invoice_id = self.draft_invoice_id.to_dict()

        invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = self.invoice_id.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if field_and_ is not UNSET:
            field_dict["_and"] = field_and_
        if field_or_ is not UNSET:
            field_dict["_or"] = field_or_
        if field_not_ is not UNSET:
            field_dict["_not"] = field_not_
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if logged_date is not UNSET:
            field_dict["loggedDate"] = logged_date
        if hours is not UNSET:
            field_dict["hours"] = hours
        if rate is not UNSET:
            field_dict["rate"] = rate
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
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
        if billed_amount is not UNSET:
            field_dict["billedAmount"] = billed_amount
        if write_off_amount is not UNSET:
            field_dict["writeOffAmount"] = write_off_amount
        if write_off_reason is not UNSET:
            field_dict["writeOffReason"] = write_off_reason
        if outstanding_amount is not UNSET:
            field_dict["outstandingAmount"] = outstanding_amount
        if status is not UNSET:
            field_dict["status"] = status
        if draft_invoice_id is not UNSET:
            field_dict["draftInvoiceId"] = draft_invoice_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if source is not UNSET:
            field_dict["source"] = source
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if client is not UNSET:
            field_dict["client"] = client
        if job is not UNSET:
            field_dict["job"] = job
        if staff is not UNSET:
            field_dict["staff"] = staff
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.decimal_comparison import DecimalComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.job_where import JobWhere
        from ..models.project_where import ProjectWhere
        from ..models.staff_where import StaffWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison
        from ..models.wip_where_source import WipWhereSource
        from ..models.wip_where_status import WipWhereStatus
        from ..models.wip_where_type import WipWhereType

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[WipWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = WipWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[WipWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = WipWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: WipWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = WipWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _pms_ref = d.pop("pmsRef", UNSET)
        pms_ref: StringComparison | Unset
        if isinstance(_pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = StringComparison.from_dict(_pms_ref)

        _type_ = d.pop("type", UNSET)
        type_: WipWhereType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WipWhereType.from_dict(_type_)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _job_id = d.pop("jobId", UNSET)
        job_id: IntegerComparison | Unset
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = IntegerComparison.from_dict(_job_id)

        _staff_id = d.pop("staffId", UNSET)
        staff_id: IntegerComparison | Unset
        if isinstance(_staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = IntegerComparison.from_dict(_staff_id)

        _logged_date = d.pop("loggedDate", UNSET)
        logged_date: DateComparison | Unset
        if isinstance(_logged_date, Unset):
            logged_date = UNSET
        else:
            logged_date = DateComparison.from_dict(_logged_date)

        _hours = d.pop("hours", UNSET)
        hours: DecimalComparison | Unset
        if isinstance(_hours, Unset):
            hours = UNSET
        else:
            hours = DecimalComparison.from_dict(_hours)

        _rate = d.pop("rate", UNSET)
        rate: DecimalComparison | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = DecimalComparison.from_dict(_rate)

        _value = d.pop("value", UNSET)
        value: DecimalComparison | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = DecimalComparison.from_dict(_value)

        _currency = d.pop("currency", UNSET)
        currency: StringComparison | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = StringComparison.from_dict(_currency)

        _billable = d.pop("billable", UNSET)
        billable: BooleanComparison | Unset
        if isinstance(_billable, Unset):
            billable = UNSET
        else:
            billable = BooleanComparison.from_dict(_billable)

        _approved = d.pop("approved", UNSET)
        approved: BooleanComparison | Unset
        if isinstance(_approved, Unset):
            approved = UNSET
        else:
            approved = BooleanComparison.from_dict(_approved)

        _notes = d.pop("notes", UNSET)
        notes: StringComparison | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = StringComparison.from_dict(_notes)

        _task_code = d.pop("taskCode", UNSET)
        task_code: StringComparison | Unset
        if isinstance(_task_code, Unset):
            task_code = UNSET
        else:
            task_code = StringComparison.from_dict(_task_code)

        _service_line_id = d.pop("serviceLineId", UNSET)
        service_line_id: IntegerComparison | Unset
        if isinstance(_service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = IntegerComparison.from_dict(_service_line_id)

        _receipt_file_id = d.pop("receiptFileId", UNSET)
        receipt_file_id: IntegerComparison | Unset
        if isinstance(_receipt_file_id, Unset):
            receipt_file_id = UNSET
        else:
            receipt_file_id = IntegerComparison.from_dict(_receipt_file_id)

        _billed_amount = d.pop("billedAmount", UNSET)
        billed_amount: DecimalComparison | Unset
        if isinstance(_billed_amount, Unset):
            billed_amount = UNSET
        else:
            billed_amount = DecimalComparison.from_dict(_billed_amount)

        _write_off_amount = d.pop("writeOffAmount", UNSET)
        write_off_amount: DecimalComparison | Unset
        if isinstance(_write_off_amount, Unset):
            write_off_amount = UNSET
        else:
            write_off_amount = DecimalComparison.from_dict(_write_off_amount)

        _write_off_reason = d.pop("writeOffReason", UNSET)
        write_off_reason: StringComparison | Unset
        if isinstance(_write_off_reason, Unset):
            write_off_reason = UNSET
        else:
            write_off_reason = StringComparison.from_dict(_write_off_reason)

        _outstanding_amount = d.pop("outstandingAmount", UNSET)
        outstanding_amount: DecimalComparison | Unset
        if isinstance(_outstanding_amount, Unset):
            outstanding_amount = UNSET
        else:
            outstanding_amount = DecimalComparison.from_dict(_outstanding_amount)

        _status = d.pop("status", UNSET)
        status: WipWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WipWhereStatus.from_dict(_status)

        _draft_invoice_id = d.pop("draftInvoiceId", UNSET)
        draft_invoice_id: IntegerComparison | Unset
        if isinstance(_draft_invoice_id, Unset):
            draft_invoice_id = UNSET
        else:
            draft_invoice_id = IntegerComparison.from_dict(_draft_invoice_id)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: IntegerComparison | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = IntegerComparison.from_dict(_invoice_id)

        _source = d.pop("source", UNSET)
        source: WipWhereSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = WipWhereSource.from_dict(_source)

        _created_at = d.pop("createdAt", UNSET)
        created_at: TimestampComparison | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = TimestampComparison.from_dict(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: TimestampComparison | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = TimestampComparison.from_dict(_updated_at)

        _version = d.pop("version", UNSET)
        version: IntegerComparison | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = IntegerComparison.from_dict(_version)

        _client = d.pop("client", UNSET)
        client: ClientWhere | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientWhere.from_dict(_client)

        _job = d.pop("job", UNSET)
        job: JobWhere | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = JobWhere.from_dict(_job)

        _staff = d.pop("staff", UNSET)
        staff: StaffWhere | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffWhere.from_dict(_staff)

        _project = d.pop("project", UNSET)
        project: ProjectWhere | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectWhere.from_dict(_project)

        wip_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            type_=type_,
            client_id=client_id,
            job_id=job_id,
            staff_id=staff_id,
            logged_date=logged_date,
            hours=hours,
            rate=rate,
            value=value,
            currency=currency,
            billable=billable,
            approved=approved,
            notes=notes,
            task_code=task_code,
            service_line_id=service_line_id,
            receipt_file_id=receipt_file_id,
            billed_amount=billed_amount,
            write_off_amount=write_off_amount,
            write_off_reason=write_off_reason,
            outstanding_amount=outstanding_amount,
            status=status,
            draft_invoice_id=draft_invoice_id,
            invoice_id=invoice_id,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            job=job,
            staff=staff,
            project=project,
        )

        return wip_where
