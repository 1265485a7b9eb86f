from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_invoice_detail_billtype import DraftInvoiceDetailBilltype
from ..models.draft_invoice_detail_groupby import DraftInvoiceDetailGroupby
from ..models.draft_invoice_detail_review_status_type_0 import (
    DraftInvoiceDetailReviewStatusType0,
)
from ..models.draft_invoice_detail_source import DraftInvoiceDetailSource
from ..models.draft_invoice_detail_status import DraftInvoiceDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_invoice_history_entry import DraftInvoiceHistoryEntry
    from ..models.draft_invoice_line import DraftInvoiceLine


T = TypeVar("T", bound="DraftInvoiceDetail")


@_attrs_define
class DraftInvoiceDetail:
    """
    Attributes:
        id (int):
        draft_number (str):
        status (DraftInvoiceDetailStatus):
        client_id (int):
        bill_type (DraftInvoiceDetailBilltype):
        group_by (DraftInvoiceDetailGroupby):
        subtotal (float):
        tax_amount (float):
        total_amount (float):
        currency (str):
        source (DraftInvoiceDetailSource):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        line_items (list[DraftInvoiceLine]):
        review_history (list[DraftInvoiceHistoryEntry]):
        pms_ref (None | str | Unset):
        review_status (DraftInvoiceDetailReviewStatusType0 | None | Unset):
        client_name (None | str | Unset):
        project_id (int | None | Unset):
        biller_staff_id (int | None | Unset):
        reviewer_staff_id (int | None | Unset):
        approver_staff_id (int | None | Unset):
        sender_staff_id (int | None | Unset):
        approved_at (datetime.datetime | None | Unset):
        approved_by_staff_id (int | None | Unset):
        invoice_id (int | None | Unset):
        ar_tran_id (None | str | Unset):
        notes (None | str | Unset):
        pms_invoice_number (None | str | Unset):
    """

    id: int
    draft_number: str
    status: DraftInvoiceDetailStatus
    client_id: int
    bill_type: DraftInvoiceDetailBilltype
    group_by: DraftInvoiceDetailGroupby
    subtotal: float
    tax_amount: float
    total_amount: float
    currency: str
    source: DraftInvoiceDetailSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    line_items: list[DraftInvoiceLine]
    review_history: list[DraftInvoiceHistoryEntry]
    pms_ref: None | str | Unset = UNSET
    review_status: DraftInvoiceDetailReviewStatusType0 | None | Unset = UNSET
    client_name: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    biller_staff_id: int | None | Unset = UNSET
    reviewer_staff_id: int | None | Unset = UNSET
    approver_staff_id: int | None | Unset = UNSET
    sender_staff_id: int | None | Unset = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    approved_by_staff_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    ar_tran_id: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    pms_invoice_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        draft_number = self.draft_number

        status = self.status.value

        client_id = self.client_id

        bill_type = self.bill_type.value

        group_by = self.group_by.value

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        review_history = []
        for review_history_item_data in self.review_history:
            review_history_item = review_history_item_data.to_dict()
            review_history.append(review_history_item)

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, DraftInvoiceDetailReviewStatusType0):
            review_status = self.review_status.value
        else:
            review_status = self.review_status

        client_name: None | str | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        biller_staff_id: int | None | Unset
        if isinstance(self.biller_staff_id, Unset):
            biller_staff_id = UNSET
        else:
            biller_staff_id = self.biller_staff_id

        reviewer_staff_id: int | None | Unset
        if isinstance(self.reviewer_staff_id, Unset):
            reviewer_staff_id = UNSET
        else:
            reviewer_staff_id = self.reviewer_staff_id

        approver_staff_id: int | None | Unset
        if isinstance(self.approver_staff_id, Unset):
            approver_staff_id = UNSET
        else:
            approver_staff_id = self.approver_staff_id

        sender_staff_id: int | None | Unset
        if isinstance(self.sender_staff_id, Unset):
            sender_staff_id = UNSET
        else:
            sender_staff_id = self.sender_staff_id

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by_staff_id: int | None | Unset
        if isinstance(self.approved_by_staff_id, Unset):
            approved_by_staff_id = UNSET
        else:
            approved_by_staff_id = self.approved_by_staff_id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        ar_tran_id: None | str | Unset
        if isinstance(self.ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = self.ar_tran_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        pms_invoice_number: None | str | Unset
        if isinstance(self.pms_invoice_number, Unset):
            pms_invoice_number = UNSET
        else:
            pms_invoice_number = self.pms_invoice_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "draftNumber": draft_number,
                "status": status,
                "clientId": client_id,
                "billType": bill_type,
                "groupBy": group_by,
                "subtotal": subtotal,
                "taxAmount": tax_amount,
                "totalAmount": total_amount,
                "currency": currency,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "lineItems": line_items,
                "reviewHistory": review_history,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.draft_invoice_history_entry import DraftInvoiceHistoryEntry
        from ..models.draft_invoice_line import DraftInvoiceLine

        d = dict(src_dict)
        id = d.pop("id")

        draft_number = d.pop("draftNumber")

        status = DraftInvoiceDetailStatus(d.pop("status"))

        client_id = d.pop("clientId")

        bill_type = DraftInvoiceDetailBilltype(d.pop("billType"))

        group_by = DraftInvoiceDetailGroupby(d.pop("groupBy"))

        subtotal = d.pop("subtotal")

        tax_amount = d.pop("taxAmount")

        total_amount = d.pop("totalAmount")

        currency = d.pop("currency")

        source = DraftInvoiceDetailSource(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = DraftInvoiceLine.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        review_history = []
        _review_history = d.pop("reviewHistory")
        for review_history_item_data in _review_history:
            review_history_item = DraftInvoiceHistoryEntry.from_dict(
                review_history_item_data
            )

            review_history.append(review_history_item)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_review_status(
            data: object,
        ) -> DraftInvoiceDetailReviewStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_status_type_0 = DraftInvoiceDetailReviewStatusType0(data)

                return review_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftInvoiceDetailReviewStatusType0 | None | Unset, data)

        review_status = _parse_review_status(d.pop("reviewStatus", UNSET))

        def _parse_client_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_name = _parse_client_name(d.pop("clientName", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_biller_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        biller_staff_id = _parse_biller_staff_id(d.pop("billerStaffId", UNSET))

        def _parse_reviewer_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewer_staff_id = _parse_reviewer_staff_id(d.pop("reviewerStaffId", UNSET))

        def _parse_approver_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approver_staff_id = _parse_approver_staff_id(d.pop("approverStaffId", UNSET))

        def _parse_sender_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sender_staff_id = _parse_sender_staff_id(d.pop("senderStaffId", UNSET))

        def _parse_approved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approved_at = _parse_approved_at(d.pop("approvedAt", UNSET))

        def _parse_approved_by_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approved_by_staff_id = _parse_approved_by_staff_id(
            d.pop("approvedByStaffId", UNSET)
        )

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId", UNSET))

        def _parse_ar_tran_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ar_tran_id = _parse_ar_tran_id(d.pop("arTranId", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_pms_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_invoice_number = _parse_pms_invoice_number(d.pop("pmsInvoiceNumber", UNSET))

        draft_invoice_detail = cls(
            id=id,
            draft_number=draft_number,
            status=status,
            client_id=client_id,
            bill_type=bill_type,
            group_by=group_by,
            subtotal=subtotal,
            tax_amount=tax_amount,
            total_amount=total_amount,
            currency=currency,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            line_items=line_items,
            review_history=review_history,
            pms_ref=pms_ref,
            review_status=review_status,
            client_name=client_name,
            project_id=project_id,
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
        )

        draft_invoice_detail.additional_properties = d
        return draft_invoice_detail

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
