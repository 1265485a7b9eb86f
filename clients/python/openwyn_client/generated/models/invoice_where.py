from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_where import ClientWhere
    from ..models.date_comparison import DateComparison
    from ..models.decimal_comparison import DecimalComparison
    from ..models.integer_comparison import IntegerComparison
    from ..models.invoice_where_source import InvoiceWhereSource
    from ..models.invoice_where_status import InvoiceWhereStatus
    from ..models.project_where import ProjectWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="InvoiceWhere")


@_attrs_define
class InvoiceWhere:
    """A boolean expression over Invoice fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[InvoiceWhere] | Unset):
        field_or_ (list[InvoiceWhere] | Unset):
        field_not_ (InvoiceWhere | Unset): A boolean expression over Invoice fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        invoice_number (StringComparison | Unset):
        reference (StringComparison | Unset):
        status (InvoiceWhereStatus | Unset):
        client_id (IntegerComparison | Unset):
        project_id (IntegerComparison | Unset):
        issue_date (DateComparison | Unset):
        due_date (DateComparison | Unset):
        subtotal (DecimalComparison | Unset):
        tax_amount (DecimalComparison | Unset):
        total_amount (DecimalComparison | Unset):
        currency (StringComparison | Unset):
        paid_amount (DecimalComparison | Unset):
        written_off_amount (DecimalComparison | Unset):
        outstanding_amount (DecimalComparison | Unset):
        notes (StringComparison | Unset):
        ar_tran_id (StringComparison | Unset):
        draft_invoice_id (IntegerComparison | Unset):
        draft_invoice_system_ref (StringComparison | Unset):
        posted_at (TimestampComparison | Unset):
        sent_at (TimestampComparison | Unset):
        source (InvoiceWhereSource | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        project (ProjectWhere | Unset): A boolean expression over Project fields and relations; keys are ANDed.
    """

    field_and_: list[InvoiceWhere] | Unset = UNSET
    field_or_: list[InvoiceWhere] | Unset = UNSET
    field_not_: InvoiceWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    invoice_number: StringComparison | Unset = UNSET
    reference: StringComparison | Unset = UNSET
    status: InvoiceWhereStatus | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    project_id: IntegerComparison | Unset = UNSET
    issue_date: DateComparison | Unset = UNSET
    due_date: DateComparison | Unset = UNSET
    subtotal: DecimalComparison | Unset = UNSET
    tax_amount: DecimalComparison | Unset = UNSET
    total_amount: DecimalComparison | Unset = UNSET
    currency: StringComparison | Unset = UNSET
    paid_amount: DecimalComparison | Unset = UNSET
    written_off_amount: DecimalComparison | Unset = UNSET
    outstanding_amount: DecimalComparison | Unset = UNSET
    notes: StringComparison | Unset = UNSET
    ar_tran_id: StringComparison | Unset = UNSET
    draft_invoice_id: IntegerComparison | Unset = UNSET
    draft_invoice_system_ref: StringComparison | Unset = UNSET
    posted_at: TimestampComparison | Unset = UNSET
    sent_at: TimestampComparison | Unset = UNSET
    source: InvoiceWhereSource | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
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

        invoice_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_number, Unset):
            invoice_number = self.invoice_number.to_dict()

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        issue_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue_date, Unset):
            issue_date = self.issue_date.to_dict()

        due_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.to_dict()

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

        paid_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_amount, Unset):
            paid_amount = self.paid_amount.to_dict()

        written_off_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.written_off_amount, Unset):
            written_off_amount = self.written_off_amount.to_dict()

        outstanding_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outstanding_amount, Unset):
            outstanding_amount = self.outstanding_amount.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        ar_tran_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_tran_id, Unset):
            ar_tran_id = self.ar_tran_id.to_dict()

        draft_invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_invoice_id, Unset):
            draft_invoice_id = self.draft_invoice_id.to_dict()

        draft_invoice_system_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_invoice_system_ref, Unset):
            draft_invoice_system_ref = self.draft_invoice_system_ref.to_dict()

        posted_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.posted_at, Unset):
            posted_at = self.posted_at.to_dict()

        sent_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.to_dict()

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
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if written_off_amount is not UNSET:
            field_dict["writtenOffAmount"] = written_off_amount
        if outstanding_amount is not UNSET:
            field_dict["outstandingAmount"] = outstanding_amount
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ar_tran_id is not UNSET:
            field_dict["arTranId"] = ar_tran_id
        if draft_invoice_id is not UNSET:
            field_dict["draftInvoiceId"] = draft_invoice_id
        if draft_invoice_system_ref is not UNSET:
            field_dict["draftInvoiceSystemRef"] = draft_invoice_system_ref
        if posted_at is not UNSET:
            field_dict["postedAt"] = posted_at
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.decimal_comparison import DecimalComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.invoice_where_source import InvoiceWhereSource
        from ..models.invoice_where_status import InvoiceWhereStatus
        from ..models.project_where import ProjectWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[InvoiceWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = InvoiceWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[InvoiceWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = InvoiceWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: InvoiceWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = InvoiceWhere.from_dict(_field_not_)

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

        _invoice_number = d.pop("invoiceNumber", UNSET)
        invoice_number: StringComparison | Unset
        if isinstance(_invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = StringComparison.from_dict(_invoice_number)

        _reference = d.pop("reference", UNSET)
        reference: StringComparison | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = StringComparison.from_dict(_reference)

        _status = d.pop("status", UNSET)
        status: InvoiceWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceWhereStatus.from_dict(_status)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _project_id = d.pop("projectId", UNSET)
        project_id: IntegerComparison | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = IntegerComparison.from_dict(_project_id)

        _issue_date = d.pop("issueDate", UNSET)
        issue_date: DateComparison | Unset
        if isinstance(_issue_date, Unset):
            issue_date = UNSET
        else:
            issue_date = DateComparison.from_dict(_issue_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: DateComparison | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = DateComparison.from_dict(_due_date)

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

        _paid_amount = d.pop("paidAmount", UNSET)
        paid_amount: DecimalComparison | Unset
        if isinstance(_paid_amount, Unset):
            paid_amount = UNSET
        else:
            paid_amount = DecimalComparison.from_dict(_paid_amount)

        _written_off_amount = d.pop("writtenOffAmount", UNSET)
        written_off_amount: DecimalComparison | Unset
        if isinstance(_written_off_amount, Unset):
            written_off_amount = UNSET
        else:
            written_off_amount = DecimalComparison.from_dict(_written_off_amount)

        _outstanding_amount = d.pop("outstandingAmount", UNSET)
        outstanding_amount: DecimalComparison | Unset
        if isinstance(_outstanding_amount, Unset):
            outstanding_amount = UNSET
        else:
            outstanding_amount = DecimalComparison.from_dict(_outstanding_amount)

        _notes = d.pop("notes", UNSET)
        notes: StringComparison | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = StringComparison.from_dict(_notes)

        _ar_tran_id = d.pop("arTranId", UNSET)
        ar_tran_id: StringComparison | Unset
        if isinstance(_ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = StringComparison.from_dict(_ar_tran_id)

        _draft_invoice_id = d.pop("draftInvoiceId", UNSET)
        draft_invoice_id: IntegerComparison | Unset
        if isinstance(_draft_invoice_id, Unset):
            draft_invoice_id = UNSET
        else:
            draft_invoice_id = IntegerComparison.from_dict(_draft_invoice_id)

        _draft_invoice_system_ref = d.pop("draftInvoiceSystemRef", UNSET)
        draft_invoice_system_ref: StringComparison | Unset
        if isinstance(_draft_invoice_system_ref, Unset):
            draft_invoice_system_ref = UNSET
        else:
            draft_invoice_system_ref = StringComparison.from_dict(
                _draft_invoice_system_ref
            )

        _posted_at = d.pop("postedAt", UNSET)
        posted_at: TimestampComparison | Unset
        if isinstance(_posted_at, Unset):
            posted_at = UNSET
        else:
            posted_at = TimestampComparison.from_dict(_posted_at)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: TimestampComparison | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = TimestampComparison.from_dict(_sent_at)

        _source = d.pop("source", UNSET)
        source: InvoiceWhereSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = InvoiceWhereSource.from_dict(_source)

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

        invoice_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            invoice_number=invoice_number,
            reference=reference,
            status=status,
            client_id=client_id,
            project_id=project_id,
            issue_date=issue_date,
            due_date=due_date,
            subtotal=subtotal,
            tax_amount=tax_amount,
            total_amount=total_amount,
            currency=currency,
            paid_amount=paid_amount,
            written_off_amount=written_off_amount,
            outstanding_amount=outstanding_amount,
            notes=notes,
            ar_tran_id=ar_tran_id,
            draft_invoice_id=draft_invoice_id,
            draft_invoice_system_ref=draft_invoice_system_ref,
            posted_at=posted_at,
            sent_at=sent_at,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            project=project,
        )

        return invoice_where
