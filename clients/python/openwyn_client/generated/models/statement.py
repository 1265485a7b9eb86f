from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_status import StatementStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """
    Attributes:
        id (int):
        run_id (int):
        client_id (int):
        as_of (datetime.date):
        status (StatementStatus):
        total_due (float):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        trigger_days (int | None | Unset):
        skip_reason (None | str | Unset):
        message_id (int | None | Unset):
        sent_at (datetime.datetime | None | Unset):
    """

    id: int
    run_id: int
    client_id: int
    as_of: datetime.date
    status: StatementStatus
    total_due: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    trigger_days: int | None | Unset = UNSET
    skip_reason: None | str | Unset = UNSET
    message_id: int | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        client_id = self.client_id

        as_of = self.as_of.isoformat()

        status = self.status.value

        total_due = self.total_due

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        trigger_days: int | None | Unset
        if isinstance(self.trigger_days, Unset):
            trigger_days = UNSET
        else:
            trigger_days = self.trigger_days

        skip_reason: None | str | Unset
        if isinstance(self.skip_reason, Unset):
            skip_reason = UNSET
        else:
            skip_reason = self.skip_reason

        message_id: int | None | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

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
                "runId": run_id,
                "clientId": client_id,
                "asOf": as_of,
                "status": status,
                "totalDue": total_due,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if trigger_days is not UNSET:
            field_dict["triggerDays"] = trigger_days
        if skip_reason is not UNSET:
            field_dict["skipReason"] = skip_reason
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        run_id = d.pop("runId")

        client_id = d.pop("clientId")

        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        status = StatementStatus(d.pop("status"))

        total_due = d.pop("totalDue")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        def _parse_trigger_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trigger_days = _parse_trigger_days(d.pop("triggerDays", UNSET))

        def _parse_skip_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skip_reason = _parse_skip_reason(d.pop("skipReason", UNSET))

        def _parse_message_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_id = _parse_message_id(d.pop("messageId", UNSET))

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

        statement = cls(
            id=id,
            run_id=run_id,
            client_id=client_id,
            as_of=as_of,
            status=status,
            total_due=total_due,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            trigger_days=trigger_days,
            skip_reason=skip_reason,
            message_id=message_id,
            sent_at=sent_at,
        )

        statement.additional_properties = d
        return statement

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
