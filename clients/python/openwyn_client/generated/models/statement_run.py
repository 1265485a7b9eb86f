from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_run_mode import StatementRunMode
from ..models.statement_run_status import StatementRunStatus

if TYPE_CHECKING:
    from ..models.statement_run_statementcounts import StatementRunStatementcounts


T = TypeVar("T", bound="StatementRun")


@_attrs_define
class StatementRun:
    """
    Attributes:
        id (int):
        run_date (datetime.date):
        status (StatementRunStatus):
        mode (StatementRunMode):
        statement_counts (StatementRunStatementcounts):
        created_at (str):
        sent_at (None | str):
        updated_at (str):
        version (int):
    """

    id: int
    run_date: datetime.date
    status: StatementRunStatus
    mode: StatementRunMode
    statement_counts: StatementRunStatementcounts
    created_at: str
    sent_at: None | str
    updated_at: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_date = self.run_date.isoformat()

        status = self.status.value

        mode = self.mode.value

        statement_counts = self.statement_counts.to_dict()

        created_at = self.created_at

        sent_at: None | str
        sent_at = self.sent_at

        updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "runDate": run_date,
                "status": status,
                "mode": mode,
                "statementCounts": statement_counts,
                "createdAt": created_at,
                "sentAt": sent_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statement_run_statementcounts import StatementRunStatementcounts

        d = dict(src_dict)
        id = d.pop("id")

        run_date = datetime.date.fromisoformat(d.pop("runDate"))

        status = StatementRunStatus(d.pop("status"))

        mode = StatementRunMode(d.pop("mode"))

        statement_counts = StatementRunStatementcounts.from_dict(
            d.pop("statementCounts")
        )

        created_at = d.pop("createdAt")

        def _parse_sent_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_at = _parse_sent_at(d.pop("sentAt"))

        updated_at = d.pop("updatedAt")

        version = d.pop("version")

        statement_run = cls(
            id=id,
            run_date=run_date,
            status=status,
            mode=mode,
            statement_counts=statement_counts,
            created_at=created_at,
            sent_at=sent_at,
            updated_at=updated_at,
            version=version,
        )

        statement_run.additional_properties = d
        return statement_run

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
