from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftInvoiceHistoryDraft")


@_attrs_define
class DraftInvoiceHistoryDraft:
    """
    Attributes:
        approved_at (None | str):
        ar_tran_id (None | str):
        approver_staff_id (int | None):
        approved_by_staff_id (int | None):
        invoice_id (int | None):
        is_active (bool):
        pms_invoice_number (None | str):
        status (str):
    """

    approved_at: None | str
    ar_tran_id: None | str
    approver_staff_id: int | None
    approved_by_staff_id: int | None
    invoice_id: int | None
    is_active: bool
    pms_invoice_number: None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str
        approved_at = self.approved_at

        ar_tran_id: None | str
        ar_tran_id = self.ar_tran_id

        approver_staff_id: int | None
        approver_staff_id = self.approver_staff_id

        approved_by_staff_id: int | None
        approved_by_staff_id = self.approved_by_staff_id

        invoice_id: int | None
        invoice_id = self.invoice_id

        is_active = self.is_active

        pms_invoice_number: None | str
        pms_invoice_number = self.pms_invoice_number

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvedAt": approved_at,
                "arTranId": ar_tran_id,
                "approverStaffId": approver_staff_id,
                "approvedByStaffId": approved_by_staff_id,
                "invoiceId": invoice_id,
                "isActive": is_active,
                "pms_invoice_number": pms_invoice_number,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_approved_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_at = _parse_approved_at(d.pop("approvedAt"))

        def _parse_ar_tran_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ar_tran_id = _parse_ar_tran_id(d.pop("arTranId"))

        def _parse_approver_staff_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        approver_staff_id = _parse_approver_staff_id(d.pop("approverStaffId"))

        def _parse_approved_by_staff_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        approved_by_staff_id = _parse_approved_by_staff_id(d.pop("approvedByStaffId"))

        def _parse_invoice_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId"))

        is_active = d.pop("isActive")

        def _parse_pms_invoice_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pms_invoice_number = _parse_pms_invoice_number(d.pop("pms_invoice_number"))

        status = d.pop("status")

        draft_invoice_history_draft = cls(
            approved_at=approved_at,
            ar_tran_id=ar_tran_id,
            approver_staff_id=approver_staff_id,
            approved_by_staff_id=approved_by_staff_id,
            invoice_id=invoice_id,
            is_active=is_active,
            pms_invoice_number=pms_invoice_number,
            status=status,
        )

        draft_invoice_history_draft.additional_properties = d
        return draft_invoice_history_draft

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
