from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_request_where_on_complete_job_status import (
        ClientRequestWhereOnCompleteJobStatus,
    )
    from ..models.client_request_where_status import ClientRequestWhereStatus
    from ..models.client_where import ClientWhere
    from ..models.date_comparison import DateComparison
    from ..models.integer_comparison import IntegerComparison
    from ..models.job_where import JobWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="ClientRequestWhere")


@_attrs_define
class ClientRequestWhere:
    """A boolean expression over ClientRequest fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[ClientRequestWhere] | Unset):
        field_or_ (list[ClientRequestWhere] | Unset):
        field_not_ (ClientRequestWhere | Unset): A boolean expression over ClientRequest fields and relations; keys are
            ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        client_id (IntegerComparison | Unset):
        job_id (IntegerComparison | Unset):
        reviewer_staff_id (IntegerComparison | Unset):
        status (ClientRequestWhereStatus | Unset):
        due_date (DateComparison | Unset):
        on_complete_job_status (ClientRequestWhereOnCompleteJobStatus | Unset):
        sent_at (TimestampComparison | Unset):
        completed_at (TimestampComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        job (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
    """

    field_and_: list[ClientRequestWhere] | Unset = UNSET
    field_or_: list[ClientRequestWhere] | Unset = UNSET
    field_not_: ClientRequestWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    job_id: IntegerComparison | Unset = UNSET
    reviewer_staff_id: IntegerComparison | Unset = UNSET
    status: ClientRequestWhereStatus | Unset = UNSET
    due_date: DateComparison | Unset = UNSET
    on_complete_job_status: ClientRequestWhereOnCompleteJobStatus | Unset = UNSET
    sent_at: TimestampComparison | Unset = UNSET
    completed_at: TimestampComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
    job: JobWhere | Unset = UNSET

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

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        job_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = self.job_id.to_dict()

        reviewer_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewer_staff_id, Unset):
            reviewer_staff_id = self.reviewer_staff_id.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        due_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.to_dict()

        on_complete_job_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_complete_job_status, Unset):
            on_complete_job_status = self.on_complete_job_status.to_dict()

        sent_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.to_dict()

        completed_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.to_dict()

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
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if reviewer_staff_id is not UNSET:
            field_dict["reviewerStaffId"] = reviewer_staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if on_complete_job_status is not UNSET:
            field_dict["onCompleteJobStatus"] = on_complete_job_status
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_request_where_on_complete_job_status import (
            ClientRequestWhereOnCompleteJobStatus,
        )
        from ..models.client_request_where_status import ClientRequestWhereStatus
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.job_where import JobWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[ClientRequestWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = ClientRequestWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[ClientRequestWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = ClientRequestWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: ClientRequestWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = ClientRequestWhere.from_dict(_field_not_)

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

        _reviewer_staff_id = d.pop("reviewerStaffId", UNSET)
        reviewer_staff_id: IntegerComparison | Unset
        if isinstance(_reviewer_staff_id, Unset):
            reviewer_staff_id = UNSET
        else:
            reviewer_staff_id = IntegerComparison.from_dict(_reviewer_staff_id)

        _status = d.pop("status", UNSET)
        status: ClientRequestWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClientRequestWhereStatus.from_dict(_status)

        _due_date = d.pop("dueDate", UNSET)
        due_date: DateComparison | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = DateComparison.from_dict(_due_date)

        _on_complete_job_status = d.pop("onCompleteJobStatus", UNSET)
        on_complete_job_status: ClientRequestWhereOnCompleteJobStatus | Unset
        if isinstance(_on_complete_job_status, Unset):
            on_complete_job_status = UNSET
        else:
            on_complete_job_status = ClientRequestWhereOnCompleteJobStatus.from_dict(
                _on_complete_job_status
            )

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: TimestampComparison | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = TimestampComparison.from_dict(_sent_at)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: TimestampComparison | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = TimestampComparison.from_dict(_completed_at)

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

        client_request_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            client_id=client_id,
            job_id=job_id,
            reviewer_staff_id=reviewer_staff_id,
            status=status,
            due_date=due_date,
            on_complete_job_status=on_complete_job_status,
            sent_at=sent_at,
            completed_at=completed_at,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            job=job,
        )

        return client_request_where
