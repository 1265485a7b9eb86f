from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.draft_create_billtype import DraftCreateBilltype
from ..models.draft_create_groupby import DraftCreateGroupby
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_progress_line import DraftProgressLine


T = TypeVar("T", bound="DraftCreate")


@_attrs_define
class DraftCreate:
    """`POST /api/v1/draft-invoices`.

    Attributes:
        client_id (int):
        bill_type (DraftCreateBilltype | Unset):  Default: DraftCreateBilltype.WIP.
        job_ids (list[int] | None | Unset):
        through_date (datetime.date | None | Unset):
        wip_ids (list[int] | None | Unset):
        progress (list[DraftProgressLine] | None | Unset):
        group_by (DraftCreateGroupby | Unset):  Default: DraftCreateGroupby.JOB.
        biller_staff_id (int | None | Unset):
        reviewer_staff_id (int | None | Unset):
        approver_staff_id (int | None | Unset):
        sender_staff_id (int | None | Unset):
        notes (None | str | Unset):
    """

    client_id: int
    bill_type: DraftCreateBilltype | Unset = DraftCreateBilltype.WIP
    job_ids: list[int] | None | Unset = UNSET
    through_date: datetime.date | None | Unset = UNSET
    wip_ids: list[int] | None | Unset = UNSET
    progress: list[DraftProgressLine] | None | Unset = UNSET
    group_by: DraftCreateGroupby | Unset = DraftCreateGroupby.JOB
    biller_staff_id: int | None | Unset = UNSET
    reviewer_staff_id: int | None | Unset = UNSET
    approver_staff_id: int | None | Unset = UNSET
    sender_staff_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        bill_type: str | Unset = UNSET
        if not isinstance(self.bill_type, Unset):
            bill_type = self.bill_type.value

        job_ids: list[int] | None | Unset
        if isinstance(self.job_ids, Unset):
            job_ids = UNSET
        elif isinstance(self.job_ids, list):
            job_ids = self.job_ids

        else:
            job_ids = self.job_ids

        through_date: None | str | Unset
        if isinstance(self.through_date, Unset):
            through_date = UNSET
        elif isinstance(self.through_date, datetime.date):
            through_date = self.through_date.isoformat()
        else:
            through_date = self.through_date

        wip_ids: list[int] | None | Unset
        if isinstance(self.wip_ids, Unset):
            wip_ids = UNSET
        elif isinstance(self.wip_ids, list):
            wip_ids = self.wip_ids

        else:
            wip_ids = self.wip_ids

        progress: list[dict[str, Any]] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, list):
            progress = []
            for progress_type_0_item_data in self.progress:
                progress_type_0_item = progress_type_0_item_data.to_dict()
                progress.append(progress_type_0_item)

        else:
            progress = self.progress

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by.value

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

        field_dict.update(
            {
                "clientId": client_id,
            }
        )
        if bill_type is not UNSET:
            field_dict["billType"] = bill_type
        if job_ids is not UNSET:
            field_dict["jobIds"] = job_ids
        if through_date is not UNSET:
            field_dict["throughDate"] = through_date
        if wip_ids is not UNSET:
            field_dict["wipIds"] = wip_ids
        if progress is not UNSET:
            field_dict["progress"] = progress
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
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
        from ..models.draft_progress_line import DraftProgressLine

        d = dict(src_dict)
        client_id = d.pop("clientId")

        _bill_type = d.pop("billType", UNSET)
        bill_type: DraftCreateBilltype | Unset
        if isinstance(_bill_type, Unset):
            bill_type = UNSET
        else:
            bill_type = DraftCreateBilltype(_bill_type)

        def _parse_job_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_ids_type_0 = cast(list[int], data)

                return job_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        job_ids = _parse_job_ids(d.pop("jobIds", UNSET))

        def _parse_through_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                through_date_type_0 = datetime.date.fromisoformat(data)

                return through_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        through_date = _parse_through_date(d.pop("throughDate", UNSET))

        def _parse_wip_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                wip_ids_type_0 = cast(list[int], data)

                return wip_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        wip_ids = _parse_wip_ids(d.pop("wipIds", UNSET))

        def _parse_progress(data: object) -> list[DraftProgressLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                progress_type_0 = []
                _progress_type_0 = data
                for progress_type_0_item_data in _progress_type_0:
                    progress_type_0_item = DraftProgressLine.from_dict(
                        progress_type_0_item_data
                    )

                    progress_type_0.append(progress_type_0_item)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DraftProgressLine] | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        _group_by = d.pop("groupBy", UNSET)
        group_by: DraftCreateGroupby | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = DraftCreateGroupby(_group_by)

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

        draft_create = cls(
            client_id=client_id,
            bill_type=bill_type,
            job_ids=job_ids,
            through_date=through_date,
            wip_ids=wip_ids,
            progress=progress,
            group_by=group_by,
            biller_staff_id=biller_staff_id,
            reviewer_staff_id=reviewer_staff_id,
            approver_staff_id=approver_staff_id,
            sender_staff_id=sender_staff_id,
            notes=notes,
        )

        return draft_create
