from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_read_paymentstatus import InvoiceReadPaymentstatus
from ..models.invoice_read_source import InvoiceReadSource
from ..models.invoice_read_status import InvoiceReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item import InvoiceLineItem
    from ..models.invoice_payment import InvoicePayment


T = TypeVar("T", bound="InvoiceRead")


@_attrs_define
class InvoiceRead:
    """
    Attributes:
        id (int):
        status (InvoiceReadStatus):
        client_id (int):
        subtotal (float):
        tax_amount (float):
        total_amount (float):
        currency (str):
        paid_amount (float):
        written_off_amount (float):
        outstanding_amount (float):
        source (InvoiceReadSource):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        payment_status (InvoiceReadPaymentstatus):
        client_name (None | str):
        client_email (None | str):
        project_name (None | str):
        line_items (list[InvoiceLineItem]):
        payments (list[InvoicePayment]):
        pms_ref (None | str | Unset):
        invoice_number (None | str | Unset):
        reference (None | str | Unset):
        project_id (int | None | Unset):
        issue_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        notes (None | str | Unset):
        ar_tran_id (None | str | Unset):
        draft_invoice_id (int | None | Unset):
        draft_invoice_system_ref (None | str | Unset):
        posted_at (datetime.datetime | None | Unset):
        sent_at (datetime.datetime | None | Unset):
    """

    id: int
    status: InvoiceReadStatus
    client_id: int
    subtotal: float
    tax_amount: float
    total_amount: float
    currency: str
    paid_amount: float
    written_off_amount: float
    outstanding_amount: float
    source: InvoiceReadSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    payment_status: InvoiceReadPaymentstatus
    client_name: None | str
    client_email: None | str
    project_name: None | str
    line_items: list[InvoiceLineItem]
    payments: list[InvoicePayment]
    pms_ref: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    issue_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    ar_tran_id: None | str | Unset = UNSET
    draft_invoice_id: int | None | Unset = UNSET
    draft_invoice_system_ref: None | str | Unset = UNSET
    posted_at: datetime.datetime | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        client_id = self.client_id

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        paid_amount = self.paid_amount

        written_off_amount = self.written_off_amount

        outstanding_amount = self.outstanding_amount

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        payment_status = self.payment_status.value

        client_name: None | str
        client_name = self.client_name

        client_email: None | str
        client_email = self.client_email

        project_name: None | str
        project_name = self.project_name

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        issue_date: None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        elif isinstance(self.issue_date, datetime.date):
            issue_date = self.issue_date.isoformat()
        else:
            issue_date = self.issue_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        ar_tran_id: None | str | Unset
        if isinstance(self.ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = self.ar_tran_id

        draft_invoice_id: int | None | Unset
        if isinstance(self.draft_invoice_id, Unset):
            draft_invoice_id = UNSET
        else:
            draft_invoice_id = self.draft_invoice_id

        draft_invoice_system_ref: None | str | Unset
        if isinstance(self.draft_invoice_system_ref, Unset):
            draft_invoice_system_ref = UNSET
        else:
            draft_invoice_system_ref = self.draft_invoice_system_ref

        posted_at: None | str | Unset
        if isinstance(self.posted_at, Unset):
            posted_at = UNSET
        elif isinstance(self.posted_at, datetime.datetime):
            posted_at = self.posted_at.isoformat()
        else:
            posted_at = self.posted_at

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "clientId": client_id,
                "subtotal": subtotal,
                "taxAmount": tax_amount,
                "totalAmount": total_amount,
                "currency": currency,
                "paidAmount": paid_amount,
                "writtenOffAmount": written_off_amount,
                "outstandingAmount": outstanding_amount,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "paymentStatus": payment_status,
                "clientName": client_name,
                "clientEmail": client_email,
                "projectName": project_name,
                "lineItems": line_items,
                "payments": payments,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_line_item import InvoiceLineItem
        from ..models.invoice_payment import InvoicePayment

        d = dict(src_dict)
        id = d.pop("id")

        status = InvoiceReadStatus(d.pop("status"))

        client_id = d.pop("clientId")

        subtotal = d.pop("subtotal")

        tax_amount = d.pop("taxAmount")

        total_amount = d.pop("totalAmount")

        currency = d.pop("currency")

        paid_amount = d.pop("paidAmount")

        written_off_amount = d.pop("writtenOffAmount")

        outstanding_amount = d.pop("outstandingAmount")

        source = InvoiceReadSource(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        payment_status = InvoiceReadPaymentstatus(d.pop("paymentStatus"))

        def _parse_client_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_name = _parse_client_name(d.pop("clientName"))

        def _parse_client_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_email = _parse_client_email(d.pop("clientEmail"))

        def _parse_project_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_name = _parse_project_name(d.pop("projectName"))

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = InvoiceLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = InvoicePayment.from_dict(payments_item_data)

            payments.append(payments_item)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoiceNumber", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_issue_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issue_date_type_0 = datetime.date.fromisoformat(data)

                return issue_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issue_date = _parse_issue_date(d.pop("issueDate", UNSET))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_ar_tran_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ar_tran_id = _parse_ar_tran_id(d.pop("arTranId", UNSET))

        def _parse_draft_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        draft_invoice_id = _parse_draft_invoice_id(d.pop("draftInvoiceId", UNSET))

        def _parse_draft_invoice_system_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        draft_invoice_system_ref = _parse_draft_invoice_system_ref(
            d.pop("draftInvoiceSystemRef", UNSET)
        )

        def _parse_posted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                posted_at_type_0 = datetime.datetime.fromisoformat(data)

                return posted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        posted_at = _parse_posted_at(d.pop("postedAt", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sentAt", UNSET))

        invoice_read = cls(
            id=id,
            status=status,
            client_id=client_id,
            subtotal=subtotal,
            tax_amount=tax_amount,
            total_amount=total_amount,
            currency=currency,
            paid_amount=paid_amount,
            written_off_amount=written_off_amount,
            outstanding_amount=outstanding_amount,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            payment_status=payment_status,
            client_name=client_name,
            client_email=client_email,
            project_name=project_name,
            line_items=line_items,
            payments=payments,
            pms_ref=pms_ref,
            invoice_number=invoice_number,
            reference=reference,
            project_id=project_id,
            issue_date=issue_date,
            due_date=due_date,
            notes=notes,
            ar_tran_id=ar_tran_id,
            draft_invoice_id=draft_invoice_id,
            draft_invoice_system_ref=draft_invoice_system_ref,
            posted_at=posted_at,
            sent_at=sent_at,
        )

        invoice_read.additional_properties = d
        return invoice_read

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
