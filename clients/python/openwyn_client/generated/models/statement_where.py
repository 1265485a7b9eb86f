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
    from ..models.statement_where_status import StatementWhereStatus
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="StatementWhere")


@_attrs_define
class StatementWhere:
    """A boolean expression over Statement fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[StatementWhere] | Unset):
        field_or_ (list[StatementWhere] | Unset):
        field_not_ (StatementWhere | Unset): A boolean expression over Statement fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        run_id (IntegerComparison | Unset):
        client_id (IntegerComparison | Unset):
        as_of (DateComparison | Unset):
        status (StatementWhereStatus | Unset):
        total_due (DecimalComparison | Unset):
        trigger_days (IntegerComparison | Unset):
        skip_reason (StringComparison | Unset):
        message_id (IntegerComparison | Unset):
        sent_at (TimestampComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
    """

    field_and_: list[StatementWhere] | Unset = UNSET
    field_or_: list[StatementWhere] | Unset = UNSET
    field_not_: StatementWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    run_id: IntegerComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    as_of: DateComparison | Unset = UNSET
    status: StatementWhereStatus | Unset = UNSET
    total_due: DecimalComparison | Unset = UNSET
    trigger_days: IntegerComparison | Unset = UNSET
    skip_reason: StringComparison | Unset = UNSET
    message_id: IntegerComparison | Unset = UNSET
    sent_at: TimestampComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET

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

        run_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_id, Unset):
            run_id = self.run_id.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        as_of: dict[str, Any] | Unset = UNSET
        if not isinstance(self.as_of, Unset):
            as_of = self.as_of.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        total_due: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_due, Unset):
            total_due = self.total_due.to_dict()

        trigger_days: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_days, Unset):
            trigger_days = self.trigger_days.to_dict()

        skip_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip_reason, Unset):
            skip_reason = self.skip_reason.to_dict()

        message_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = self.message_id.to_dict()

        sent_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.to_dict()

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
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if as_of is not UNSET:
            field_dict["asOf"] = as_of
        if status is not UNSET:
            field_dict["status"] = status
        if total_due is not UNSET:
            field_dict["totalDue"] = total_due
        if trigger_days is not UNSET:
            field_dict["triggerDays"] = trigger_days
        if skip_reason is not UNSET:
            field_dict["skipReason"] = skip_reason
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.decimal_comparison import DecimalComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.statement_where_status import StatementWhereStatus
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[StatementWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = StatementWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[StatementWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = StatementWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: StatementWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = StatementWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _run_id = d.pop("runId", UNSET)
        run_id: IntegerComparison | Unset
        if isinstance(_run_id, Unset):
            run_id = UNSET
        else:
            run_id = IntegerComparison.from_dict(_run_id)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _as_of = d.pop("asOf", UNSET)
        as_of: DateComparison | Unset
        if isinstance(_as_of, Unset):
            as_of = UNSET
        else:
            as_of = DateComparison.from_dict(_as_of)

        _status = d.pop("status", UNSET)
        status: StatementWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatementWhereStatus.from_dict(_status)

        _total_due = d.pop("totalDue", UNSET)
        total_due: DecimalComparison | Unset
        if isinstance(_total_due, Unset):
            total_due = UNSET
        else:
            total_due = DecimalComparison.from_dict(_total_due)

        _trigger_days = d.pop("triggerDays", UNSET)
        trigger_days: IntegerComparison | Unset
        if isinstance(_trigger_days, Unset):
            trigger_days = UNSET
        else:
            trigger_days = IntegerComparison.from_dict(_trigger_days)

        _skip_reason = d.pop("skipReason", UNSET)
        skip_reason: StringComparison | Unset
        if isinstance(_skip_reason, Unset):
            skip_reason = UNSET
        else:
            skip_reason = StringComparison.from_dict(_skip_reason)

        _message_id = d.pop("messageId", UNSET)
        message_id: IntegerComparison | Unset
        if isinstance(_message_id, Unset):
            message_id = UNSET
        else:
            message_id = IntegerComparison.from_dict(_message_id)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: TimestampComparison | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = TimestampComparison.from_dict(_sent_at)

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

        statement_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            run_id=run_id,
            client_id=client_id,
            as_of=as_of,
            status=status,
            total_due=total_due,
            trigger_days=trigger_days,
            skip_reason=skip_reason,
            message_id=message_id,
            sent_at=sent_at,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
        )

        return statement_where
