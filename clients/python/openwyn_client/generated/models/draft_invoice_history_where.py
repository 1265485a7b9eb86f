from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.client_where import ClientWhere
    from ..models.draft_invoice_history_where_activity_type import (
        DraftInvoiceHistoryWhereActivityType,
    )
    from ..models.draft_invoice_where import DraftInvoiceWhere
    from ..models.integer_comparison import IntegerComparison
    from ..models.staff_where import StaffWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="DraftInvoiceHistoryWhere")


@_attrs_define
class DraftInvoiceHistoryWhere:
    """A boolean expression over DraftInvoiceHistory fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[DraftInvoiceHistoryWhere] | Unset):
        field_or_ (list[DraftInvoiceHistoryWhere] | Unset):
        field_not_ (DraftInvoiceHistoryWhere | Unset): A boolean expression over DraftInvoiceHistory fields and
            relations; keys are ANDed.
        id (IntegerComparison | Unset):
        draft_invoice_id (IntegerComparison | Unset):
        client_id (IntegerComparison | Unset):
        invoice_id (IntegerComparison | Unset):
        job_id (IntegerComparison | Unset):
        activity_type (DraftInvoiceHistoryWhereActivityType | Unset):
        actor_staff_id (IntegerComparison | Unset):
        comment (StringComparison | Unset):
        active (BooleanComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        draft_invoice (DraftInvoiceWhere | Unset): A boolean expression over DraftInvoice fields and relations; keys are
            ANDed.
        actor (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
    """

    field_and_: list[DraftInvoiceHistoryWhere] | Unset = UNSET
    field_or_: list[DraftInvoiceHistoryWhere] | Unset = UNSET
    field_not_: DraftInvoiceHistoryWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    draft_invoice_id: IntegerComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    invoice_id: IntegerComparison | Unset = UNSET
    job_id: IntegerComparison | Unset = UNSET
    activity_type: DraftInvoiceHistoryWhereActivityType | Unset = UNSET
    actor_staff_id: IntegerComparison | Unset = UNSET
    comment: StringComparison | Unset = UNSET
    active: BooleanComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
    draft_invoice: DraftInvoiceWhere | Unset = UNSET
    actor: StaffWhere | Unset = UNSET

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

        draft_invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_invoice_id, Unset):
            draft_invoice_id = self.draft_invoice_id.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = self.invoice_id.to_dict()

        job_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = self.job_id.to_dict()

        activity_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_type, Unset):
            activity_type = self.activity_type.to_dict()

        actor_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor_staff_id, Unset):
            actor_staff_id = self.actor_staff_id.to_dict()

        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

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

        draft_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_invoice, Unset):
            draft_invoice = self.draft_invoice.to_dict()

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

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
        if draft_invoice_id is not UNSET:
            field_dict["draftInvoiceId"] = draft_invoice_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type
        if actor_staff_id is not UNSET:
            field_dict["actorStaffId"] = actor_staff_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if client is not UNSET:
            field_dict["client"] = client
        if draft_invoice is not UNSET:
            field_dict["draftInvoice"] = draft_invoice
        if actor is not UNSET:
            field_dict["actor"] = actor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.client_where import ClientWhere
        from ..models.draft_invoice_history_where_activity_type import (
            DraftInvoiceHistoryWhereActivityType,
        )
        from ..models.draft_invoice_where import DraftInvoiceWhere
        from ..models.integer_comparison import IntegerComparison
        from ..models.staff_where import StaffWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[DraftInvoiceHistoryWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = DraftInvoiceHistoryWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[DraftInvoiceHistoryWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = DraftInvoiceHistoryWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: DraftInvoiceHistoryWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = DraftInvoiceHistoryWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _draft_invoice_id = d.pop("draftInvoiceId", UNSET)
        draft_invoice_id: IntegerComparison | Unset
        if isinstance(_draft_invoice_id, Unset):
            draft_invoice_id = UNSET
        else:
            draft_invoice_id = IntegerComparison.from_dict(_draft_invoice_id)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: IntegerComparison | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = IntegerComparison.from_dict(_invoice_id)

        _job_id = d.pop("jobId", UNSET)
        job_id: IntegerComparison | Unset
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = IntegerComparison.from_dict(_job_id)

        _activity_type = d.pop("activityType", UNSET)
        activity_type: DraftInvoiceHistoryWhereActivityType | Unset
        if isinstance(_activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = DraftInvoiceHistoryWhereActivityType.from_dict(
                _activity_type
            )

        _actor_staff_id = d.pop("actorStaffId", UNSET)
        actor_staff_id: IntegerComparison | Unset
        if isinstance(_actor_staff_id, Unset):
            actor_staff_id = UNSET
        else:
            actor_staff_id = IntegerComparison.from_dict(_actor_staff_id)

        _comment = d.pop("comment", UNSET)
        comment: StringComparison | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = StringComparison.from_dict(_comment)

        _active = d.pop("active", UNSET)
        active: BooleanComparison | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = BooleanComparison.from_dict(_active)

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

        _draft_invoice = d.pop("draftInvoice", UNSET)
        draft_invoice: DraftInvoiceWhere | Unset
        if isinstance(_draft_invoice, Unset):
            draft_invoice = UNSET
        else:
            draft_invoice = DraftInvoiceWhere.from_dict(_draft_invoice)

        _actor = d.pop("actor", UNSET)
        actor: StaffWhere | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = StaffWhere.from_dict(_actor)

        draft_invoice_history_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            draft_invoice_id=draft_invoice_id,
            client_id=client_id,
            invoice_id=invoice_id,
            job_id=job_id,
            activity_type=activity_type,
            actor_staff_id=actor_staff_id,
            comment=comment,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            draft_invoice=draft_invoice,
            actor=actor,
        )

        return draft_invoice_history_where
