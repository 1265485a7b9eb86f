from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_run_statement_status import StatementRunStatementStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatementRunStatement")


@_attrs_define
class StatementRunStatement:
    """
    Attributes:
        id (int):
        run_id (int):
        client_id (int):
        as_of (datetime.date):
        status (StatementRunStatementStatus):
        total_due (float):
        trigger_days (int | None):
        skip_reason (None | str):
        message_id (int | None):
        sent_at (None | str):
        created_at (str):
        updated_at (str):
        version (int):
        client_name (None | str | Unset):
    """

    id: int
    run_id: int
    client_id: int
    as_of: datetime.date
    status: StatementRunStatementStatus
    total_due: float
    trigger_days: int | None
    skip_reason: None | str
    message_id: int | None
    sent_at: None | str
    created_at: str
    updated_at: str
    version: int
    client_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        client_id = self.client_id

        as_of = self.as_of.isoformat()

        status = self.status.value

        total_due = self.total_due

        trigger_days: int | None
        trigger_days = self.trigger_days

        skip_reason: None | str
        skip_reason = self.skip_reason

        message_id: int | None
        message_id = self.message_id

        sent_at: None | str
        sent_at = self.sent_at

        created_at = self.created_at

        updated_at = self.updated_at

        version = self.version

        client_name: None | str | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

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
                "triggerDays": trigger_days,
                "skipReason": skip_reason,
                "messageId": message_id,
                "sentAt": sent_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if client_name is not UNSET:
            field_dict["clientName"] = client_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        run_id = d.pop("runId")

        client_id = d.pop("clientId")

        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        status = StatementRunStatementStatus(d.pop("status"))

        total_due = d.pop("totalDue")

        def _parse_trigger_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        trigger_days = _parse_trigger_days(d.pop("triggerDays"))

        def _parse_skip_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skip_reason = _parse_skip_reason(d.pop("skipReason"))

        def _parse_message_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        message_id = _parse_message_id(d.pop("messageId"))

        def _parse_sent_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_at = _parse_sent_at(d.pop("sentAt"))

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        version = d.pop("version")

        def _parse_client_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_name = _parse_client_name(d.pop("clientName", UNSET))

        statement_run_statement = cls(
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
            client_name=client_name,
        )

        statement_run_statement.additional_properties = d
        return statement_run_statement

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
