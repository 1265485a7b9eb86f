from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.deliverable_create_release import DeliverableCreateRelease
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliverableCreate")


@_attrs_define
class DeliverableCreate:
    """Files to release to the client's contacts: at once, or once its invoices (of `jobId`,
    when given) are paid.

        Attributes:
            client_id (int):
            file_ids (list[int]):
            title (str):
            release (DeliverableCreateRelease):
            job_id (int | None | Unset):
    """

    client_id: int
    file_ids: list[int]
    title: str
    release: DeliverableCreateRelease
    job_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        file_ids = self.file_ids

        title = self.title

        release = self.release.value

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "fileIds": file_ids,
                "title": title,
                "release": release,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        file_ids = cast(list[int], d.pop("fileIds"))

        title = d.pop("title")

        release = DeliverableCreateRelease(d.pop("release"))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        deliverable_create = cls(
            client_id=client_id,
            file_ids=file_ids,
            title=title,
            release=release,
            job_id=job_id,
        )

        return deliverable_create
