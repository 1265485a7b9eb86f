from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_line_edit import DraftLineEdit


T = TypeVar("T", bound="DraftUpdate")


@_attrs_define
class DraftUpdate:
    """`PATCH /api/v1/draft-invoices/{id}`: line edits or a new subtotal (not both), roles,
    notes.

        Attributes:
            line_items (list[DraftLineEdit] | None | Unset):
            subtotal (float | None | str | Unset):
            biller_staff_id (int | None | Unset):
            reviewer_staff_id (int | None | Unset):
            approver_staff_id (int | None | Unset):
            sender_staff_id (int | None | Unset):
            notes (None | str | Unset):
    """

    line_items: list[DraftLineEdit] | None | Unset = UNSET
    subtotal: float | None | str | Unset = UNSET
    biller_staff_id: int | None | Unset = UNSET
    reviewer_staff_id: int | None | Unset = UNSET
    approver_staff_id: int | None | Unset = UNSET
    sender_staff_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        subtotal: float | None | str | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if biller_staff_id is not UNSET:
            field_dict["billerStaffId"] = biller_staff_id
        if reviewer_staff_id is not UNSET:
            field_dict["reviewerStaffId"] = reviewer_staff_id
        if approver_staff_id is not UNSET:
            field_dict["approverStaffId"] = approver_staff_id
        if sender_staff_id is not UNSET:
            field_dict["senderStaffId"] = sender_staff_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.draft_line_edit import DraftLineEdit

        d = dict(src_dict)

        def _parse_line_items(data: object) -> list[DraftLineEdit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = DraftLineEdit.from_dict(
                        line_items_type_0_item_data
                    )

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DraftLineEdit] | None | Unset, data)

        line_items = _parse_line_items(d.pop("lineItems", UNSET))

        def _parse_subtotal(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        draft_update = cls(
            line_items=line_items,
            subtotal=subtotal,
            biller_staff_id=biller_staff_id,
            reviewer_staff_id=reviewer_staff_id,
            approver_staff_id=approver_staff_id,
            sender_staff_id=sender_staff_id,
            notes=notes,
        )

        return draft_update
