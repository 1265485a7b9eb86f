from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_where import ClientWhere
    from ..models.decimal_comparison import DecimalComparison
    from ..models.draft_invoice_where_bill_type import DraftInvoiceWhereBillType
    from ..models.draft_invoice_where_group_by import DraftInvoiceWhereGroupBy
    from ..models.draft_invoice_where_review_status import DraftInvoiceWhereReviewStatus
    from ..models.draft_invoice_where_source import DraftInvoiceWhereSource
    from ..models.draft_invoice_where_status import DraftInvoiceWhereStatus
    from ..models.integer_comparison import IntegerComparison
    from ..models.job_where import JobWhere
    from ..models.project_where import ProjectWhere
    from ..models.staff_where import StaffWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison
    from ..models.wip_where import WipWhere


T = TypeVar("T", bound="DraftInvoiceWhere")


@_attrs_define
class DraftInvoiceWhere:
    """A boolean expression over DraftInvoice fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[DraftInvoiceWhere] | Unset):
        field_or_ (list[DraftInvoiceWhere] | Unset):
        field_not_ (DraftInvoiceWhere | Unset): A boolean expression over DraftInvoice fields and relations; keys are
            ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        draft_number (StringComparison | Unset):
        status (DraftInvoiceWhereStatus | Unset):
        review_status (DraftInvoiceWhereReviewStatus | Unset):
        client_id (IntegerComparison | Unset):
        client_name (StringComparison | Unset):
        project_id (IntegerComparison | Unset):
        bill_type (DraftInvoiceWhereBillType | Unset):
        group_by (DraftInvoiceWhereGroupBy | Unset):
        subtotal (DecimalComparison | Unset):
        tax_amount (DecimalComparison | Unset):
        total_amount (DecimalComparison | Unset):
        currency (StringComparison | Unset):
        biller_staff_id (IntegerComparison | Unset):
        reviewer_staff_id (IntegerComparison | Unset):
        approver_staff_id (IntegerComparison | Unset):
        sender_staff_id (IntegerComparison | Unset):
        approved_at (TimestampComparison | Unset):
        approved_by_staff_id (IntegerComparison | Unset):
        invoice_id (IntegerComparison | Unset):
        ar_tran_id (StringComparison | Unset):
        notes (StringComparison | Unset):
        pms_invoice_number (StringComparison | Unset):
        source (DraftInvoiceWhereSource | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        project (ProjectWhere | Unset): A boolean expression over Project fields and relations; keys are ANDed.
        job (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
        biller (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        reviewer (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        approver (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        sender (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        wips (WipWhere | Unset): A boolean expression over Wip fields and relations; keys are ANDed.
    """

    field_and_: list[DraftInvoiceWhere] | Unset = UNSET
    field_or_: list[DraftInvoiceWhere] | Unset = UNSET
    field_not_: DraftInvoiceWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    draft_number: StringComparison | Unset = UNSET
    status: DraftInvoiceWhereStatus | Unset = UNSET
    review_status: DraftInvoiceWhereReviewStatus | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    client_name: StringComparison | Unset = UNSET
    project_id: IntegerComparison | Unset = UNSET
    bill_type: DraftInvoiceWhereBillType | Unset = UNSET
    group_by: DraftInvoiceWhereGroupBy | Unset = UNSET
    subtotal: DecimalComparison | Unset = UNSET
    tax_amount: DecimalComparison | Unset = UNSET
    total_amount: DecimalComparison | Unset = UNSET
    currency: StringComparison | Unset = UNSET
    biller_staff_id: IntegerComparison | Unset = UNSET
    reviewer_staff_id: IntegerComparison | Unset = UNSET
    approver_staff_id: IntegerComparison | Unset = UNSET
    sender_staff_id: IntegerComparison | Unset = UNSET
    approved_at: TimestampComparison | Unset = UNSET
    approved_by_staff_id: IntegerComparison | Unset = UNSET
    invoice_id: IntegerComparison | Unset = UNSET
    ar_tran_id: StringComparison | Unset = UNSET
    notes: StringComparison | Unset = UNSET
    pms_invoice_number: StringComparison | Unset = UNSET
    source: DraftInvoiceWhereSource | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
    project: ProjectWhere | Unset = UNSET
    job: JobWhere | Unset = UNSET
    biller: StaffWhere | Unset = UNSET
    reviewer: StaffWhere | Unset = UNSET
    approver: StaffWhere | Unset = UNSET
    sender: StaffWhere | Unset = UNSET
    wips: WipWhere | Unset = UNSET

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

        draft_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_number, Unset):
            draft_number = self.draft_number.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        review_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        client_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_name, Unset):
            client_name = self.client_name.to_dict()

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        bill_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_type, Unset):
            bill_type = self.bill_type.to_dict()

        group_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by.to_dict()

        subtotal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtotal, Unset):
            subtotal = self.subtotal.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        biller_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.biller_staff_id, Unset):
            biller_staff_id = self.biller_staff_id.to_dict()

        reviewer_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewer_staff_id, Unset):
            reviewer_staff_id = self.reviewer_staff_id.to_dict()

        approver_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approver_staff_id, Unset):
            approver_staff_id = self.approver_staff_id.to_dict()

        sender_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender_staff_id, Unset):
            sender_staff_id = self.sender_staff_id.to_dict()

        approved_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_at, Unset):
            approved_at = self.approved_at.to_dict()

        approved_by_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_by_staff_id, Unset):
            approved_by_staff_id = self.approved_by_staff_id.to_dict()

        invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = self.invoice_id.to_dict()

        ar_tran_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_tran_id, Unset):
            ar_tran_id = self.ar_tran_id.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        pms_invoice_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pms_invoice_number, Unset):
            pms_invoice_number = self.pms_invoice_number.to_dict()

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

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        biller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.biller, Unset):
            biller = self.biller.to_dict()

        reviewer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewer, Unset):
            reviewer = self.reviewer.to_dict()

        approver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approver, Unset):
            approver = self.approver.to_dict()

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        wips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wips, Unset):
            wips = self.wips.to_dict()

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
        if draft_number is not UNSET:
            field_dict["draftNumber"] = draft_number
        if status is not UNSET:
            field_dict["status"] = status
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if bill_type is not UNSET:
            field_dict["billType"] = bill_type
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if biller_staff_id is not UNSET:
            field_dict["billerStaffId"] = biller_staff_id
        if reviewer_staff_id is not UNSET:
            field_dict["reviewerStaffId"] = reviewer_staff_id
        if approver_staff_id is not UNSET:
            field_dict["approverStaffId"] = approver_staff_id
        if sender_staff_id is not UNSET:
            field_dict["senderStaffId"] = sender_staff_id
        if approved_at is not UNSET:
            field_dict["approvedAt"] = approved_at
        if approved_by_staff_id is not UNSET:
            field_dict["approvedByStaffId"] = approved_by_staff_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if ar_tran_id is not UNSET:
            field_dict["arTranId"] = ar_tran_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pms_invoice_number is not UNSET:
            field_dict["pmsInvoiceNumber"] = pms_invoice_number
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
        if project is not UNSET:
            field_dict["project"] = project
        if job is not UNSET:
            field_dict["job"] = job
        if biller is not UNSET:
            field_dict["biller"] = biller
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer
        if approver is not UNSET:
            field_dict["approver"] = approver
        if sender is not UNSET:
            field_dict["sender"] = sender
        if wips is not UNSET:
            field_dict["wips"] = wips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_where import ClientWhere
        from ..models.decimal_comparison import DecimalComparison
        from ..models.draft_invoice_where_bill_type import DraftInvoiceWhereBillType
        from ..models.draft_invoice_where_group_by import DraftInvoiceWhereGroupBy
        from ..models.draft_invoice_where_review_status import (
            DraftInvoiceWhereReviewStatus,
        )
        from ..models.draft_invoice_where_source import DraftInvoiceWhereSource
        from ..models.draft_invoice_where_status import DraftInvoiceWhereStatus
        from ..models.integer_comparison import IntegerComparison
        from ..models.job_where import JobWhere
        from ..models.project_where import ProjectWhere
        from ..models.staff_where import StaffWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison
        from ..models.wip_where import WipWhere

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[DraftInvoiceWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = DraftInvoiceWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[DraftInvoiceWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = DraftInvoiceWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: DraftInvoiceWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = DraftInvoiceWhere.from_dict(_field_not_)

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

        _draft_number = d.pop("draftNumber", UNSET)
        draft_number: StringComparison | Unset
        if isinstance(_draft_number, Unset):
            draft_number = UNSET
        else:
            draft_number = StringComparison.from_dict(_draft_number)

        _status = d.pop("status", UNSET)
        status: DraftInvoiceWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DraftInvoiceWhereStatus.from_dict(_status)

        _review_status = d.pop("reviewStatus", UNSET)
        review_status: DraftInvoiceWhereReviewStatus | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = DraftInvoiceWhereReviewStatus.from_dict(_review_status)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _client_name = d.pop("clientName", UNSET)
        client_name: StringComparison | Unset
        if isinstance(_client_name, Unset):
            client_name = UNSET
        else:
            client_name = StringComparison.from_dict(_client_name)

        _project_id = d.pop("projectId", UNSET)
        project_id: IntegerComparison | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = IntegerComparison.from_dict(_project_id)

        _bill_type = d.pop("billType", UNSET)
        bill_type: DraftInvoiceWhereBillType | Unset
        if isinstance(_bill_type, Unset):
            bill_type = UNSET
        else:
            bill_type = DraftInvoiceWhereBillType.from_dict(_bill_type)

        _group_by = d.pop("groupBy", UNSET)
        group_by: DraftInvoiceWhereGroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = DraftInvoiceWhereGroupBy.from_dict(_group_by)

        _subtotal = d.pop("subtotal", UNSET)
        subtotal: DecimalComparison | Unset
        if isinstance(_subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = DecimalComparison.from_dict(_subtotal)

        _tax_amount = d.pop("taxAmount", UNSET)
        tax_amount: DecimalComparison | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = DecimalComparison.from_dict(_tax_amount)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: DecimalComparison | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = DecimalComparison.from_dict(_total_amount)

        _currency = d.pop("currency", UNSET)
        currency: StringComparison | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = StringComparison.from_dict(_currency)

        _biller_staff_id = d.pop("billerStaffId", UNSET)
        biller_staff_id: IntegerComparison | Unset
        if isinstance(_biller_staff_id, Unset):
            biller_staff_id = UNSET
        else:
            biller_staff_id = IntegerComparison.from_dict(_biller_staff_id)

        _reviewer_staff_id = d.pop("reviewerStaffId", UNSET)
        reviewer_staff_id: IntegerComparison | Unset
        if isinstance(_reviewer_staff_id, Unset):
            reviewer_staff_id = UNSET
        else:
            reviewer_staff_id = IntegerComparison.from_dict(_reviewer_staff_id)

        _approver_staff_id = d.pop("approverStaffId", UNSET)
        approver_staff_id: IntegerComparison | Unset
        if isinstance(_approver_staff_id, Unset):
            approver_staff_id = UNSET
        else:
            approver_staff_id = IntegerComparison.from_dict(_approver_staff_id)

        _sender_staff_id = d.pop("senderStaffId", UNSET)
        sender_staff_id: IntegerComparison | Unset
        if isinstance(_sender_staff_id, Unset):
            sender_staff_id = UNSET
        else:
            sender_staff_id = IntegerComparison.from_dict(_sender_staff_id)

        _approved_at = d.pop("approvedAt", UNSET)
        approved_at: TimestampComparison | Unset
        if isinstance(_approved_at, Unset):
            approved_at = UNSET
        else:
            approved_at = TimestampComparison.from_dict(_approved_at)

        _approved_by_staff_id = d.pop("approvedByStaffId", UNSET)
        approved_by_staff_id: IntegerComparison | Unset
        if isinstance(_approved_by_staff_id, Unset):
            approved_by_staff_id = UNSET
        else:
            approved_by_staff_id = IntegerComparison.from_dict(_approved_by_staff_id)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: IntegerComparison | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = IntegerComparison.from_dict(_invoice_id)

        _ar_tran_id = d.pop("arTranId", UNSET)
        ar_tran_id: StringComparison | Unset
        if isinstance(_ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = StringComparison.from_dict(_ar_tran_id)

        _notes = d.pop("notes", UNSET)
        notes: StringComparison | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = StringComparison.from_dict(_notes)

        _pms_invoice_number = d.pop("pmsInvoiceNumber", UNSET)
        pms_invoice_number: StringComparison | Unset
        if isinstance(_pms_invoice_number, Unset):
            pms_invoice_number = UNSET
        else:
            pms_invoice_number = StringComparison.from_dict(_pms_invoice_number)

        _source = d.pop("source", UNSET)
        source: DraftInvoiceWhereSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = DraftInvoiceWhereSource.from_dict(_source)

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

        _project = d.pop("project", UNSET)
        project: ProjectWhere | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectWhere.from_dict(_project)

        _job = d.pop("job", UNSET)
        job: JobWhere | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = JobWhere.from_dict(_job)

        _biller = d.pop("biller", UNSET)
        biller: StaffWhere | Unset
        if isinstance(_biller, Unset):
            biller = UNSET
        else:
            biller = StaffWhere.from_dict(_biller)

        _reviewer = d.pop("reviewer", UNSET)
        reviewer: StaffWhere | Unset
        if isinstance(_reviewer, Unset):
            reviewer = UNSET
        else:
            reviewer = StaffWhere.from_dict(_reviewer)

        _approver = d.pop("approver", UNSET)
        approver: StaffWhere | Unset
        if isinstance(_approver, Unset):
            approver = UNSET
        else:
            approver = StaffWhere.from_dict(_approver)

        _sender = d.pop("sender", UNSET)
        sender: StaffWhere | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = StaffWhere.from_dict(_sender)

        _wips = d.pop("wips", UNSET)
        wips: WipWhere | Unset
        if isinstance(_wips, Unset):
            wips = UNSET
        else:
            wips = WipWhere.from_dict(_wips)

        draft_invoice_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            draft_number=draft_number,
            status=status,
            review_status=review_status,
            client_id=client_id,
            client_name=client_name,
            project_id=project_id,
            bill_type=bill_type,
            group_by=group_by,
            subtotal=subtotal,
            tax_amount=tax_amount,
            total_amount=total_amount,
            currency=currency,
            biller_staff_id=biller_staff_id,
            reviewer_staff_id=reviewer_staff_id,
            approver_staff_id=approver_staff_id,
            sender_staff_id=sender_staff_id,
            approved_at=approved_at,
            approved_by_staff_id=approved_by_staff_id,
            invoice_id=invoice_id,
            ar_tran_id=ar_tran_id,
            notes=notes,
            pms_invoice_number=pms_invoice_number,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            project=project,
            job=job,
            biller=biller,
            reviewer=reviewer,
            approver=approver,
            sender=sender,
            wips=wips,
        )

        return draft_invoice_where
