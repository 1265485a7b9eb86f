from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.draft_invoice_list_request_bill_type_type_0 import (
    DraftInvoiceListRequestBillTypeType0,
)
from ..models.draft_invoice_list_request_group_by_type_0 import (
    DraftInvoiceListRequestGroupByType0,
)
from ..models.draft_invoice_list_request_review_status_type_0 import (
    DraftInvoiceListRequestReviewStatusType0,
)
from ..models.draft_invoice_list_request_source_type_0 import (
    DraftInvoiceListRequestSourceType0,
)
from ..models.draft_invoice_list_request_status_type_0 import (
    DraftInvoiceListRequestStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftInvoiceListRequest")


@_attrs_define
class DraftInvoiceListRequest:
    """
    Attributes:
        page_size (int | None | Unset):
        limit (int | None | Unset): A synonym of pageSize.
        page (int | None | Unset): Zero-based page index.
        cursor (None | str | Unset): endCursor of the previous answer, instead of page.
        id (int | None | Unset):
        pms_ref (None | str | Unset):
        draft_number (None | str | Unset):
        status (DraftInvoiceListRequestStatusType0 | None | Unset):
        review_status (DraftInvoiceListRequestReviewStatusType0 | None | Unset):
        client_id (int | None | Unset):
        client_name (None | str | Unset):
        project_id (int | None | Unset):
        bill_type (DraftInvoiceListRequestBillTypeType0 | None | Unset):
        group_by (DraftInvoiceListRequestGroupByType0 | None | Unset):
        subtotal (float | None | str | Unset):
        tax_amount (float | None | str | Unset):
        total_amount (float | None | str | Unset):
        currency (None | str | Unset):
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
        source (DraftInvoiceListRequestSourceType0 | None | Unset):
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
    draft_number: None | str | Unset = UNSET
    status: DraftInvoiceListRequestStatusType0 | None | Unset = UNSET
    review_status: DraftInvoiceListRequestReviewStatusType0 | None | Unset = UNSET
    client_id: int | None | Unset = UNSET
    client_name: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    bill_type: DraftInvoiceListRequestBillTypeType0 | None | Unset = UNSET
    group_by: DraftInvoiceListRequestGroupByType0 | None | Unset = UNSET
    subtotal: float | None | str | Unset = UNSET
    tax_amount: float | None | str | Unset = UNSET
    total_amount: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
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
    source: DraftInvoiceListRequestSourceType0 | None | Unset = UNSET
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

        draft_number: None | str | Unset
        if isinstance(self.draft_number, Unset):
            draft_number = UNSET
        else:
            draft_number = self.draft_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DraftInvoiceListRequestStatusType0):
            status = self.status.value
        else:
            status = self.status

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, DraftInvoiceListRequestReviewStatusType0):
            review_status = self.review_status.value
        else:
            review_status = self.review_status

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

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

        bill_type: None | str | Unset
        if isinstance(self.bill_type, Unset):
            bill_type = UNSET
        elif isinstance(self.bill_type, DraftInvoiceListRequestBillTypeType0):
            bill_type = self.bill_type.value
        else:
            bill_type = self.bill_type

        group_by: None | str | Unset
        if isinstance(self.group_by, Unset):
            group_by = UNSET
        elif isinstance(self.group_by, DraftInvoiceListRequestGroupByType0):
            group_by = self.group_by.value
        else:
            group_by = self.group_by

        subtotal: float | None | str | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        tax_amount: float | None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        total_amount: float | None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, DraftInvoiceListRequestSourceType0):
            source = self.source.value
        else:
            source = self.source

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

        def _parse_draft_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        draft_number = _parse_draft_number(d.pop("draftNumber", UNSET))

        def _parse_status(
            data: object,
        ) -> DraftInvoiceListRequestStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DraftInvoiceListRequestStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftInvoiceListRequestStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_review_status(
            data: object,
        ) -> DraftInvoiceListRequestReviewStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_status_type_0 = DraftInvoiceListRequestReviewStatusType0(data)

                return review_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftInvoiceListRequestReviewStatusType0 | None | Unset, data)

        review_status = _parse_review_status(d.pop("reviewStatus", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

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

        def _parse_bill_type(
            data: object,
        ) -> DraftInvoiceListRequestBillTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bill_type_type_0 = DraftInvoiceListRequestBillTypeType0(data)

                return bill_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftInvoiceListRequestBillTypeType0 | None | Unset, data)

        bill_type = _parse_bill_type(d.pop("billType", UNSET))

        def _parse_group_by(
            data: object,
        ) -> DraftInvoiceListRequestGroupByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_by_type_0 = DraftInvoiceListRequestGroupByType0(data)

                return group_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftInvoiceListRequestGroupByType0 | None | Unset, data)

        group_by = _parse_group_by(d.pop("groupBy", UNSET))

        def _parse_subtotal(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        def _parse_tax_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("taxAmount", UNSET))

        def _parse_total_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_amount = _parse_total_amount(d.pop("totalAmount", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

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

        def _parse_source(
            data: object,
        ) -> DraftInvoiceListRequestSourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = DraftInvoiceListRequestSourceType0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftInvoiceListRequestSourceType0 | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

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

        draft_invoice_list_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
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
        )

        return draft_invoice_list_request
