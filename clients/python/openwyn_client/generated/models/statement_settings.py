from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.statement_settings_mode import StatementSettingsMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatementSettings")


@_attrs_define
class StatementSettings:
    """`statements` settings: runs on weekdays from `sendAt` (the tenant's local time) when
    `enabled`, one statement per client whose oldest open invoice crossed one of
    `triggerDays` (days past due) since the last run.

        Attributes:
            enabled (bool | Unset):  Default: False.
            trigger_days (list[int] | Unset):
            mode (StatementSettingsMode | Unset):  Default: StatementSettingsMode.REVIEW.
            excluded_client_ids (list[int] | Unset):
            send_at (str | Unset):  Default: '09:00'.
    """

    enabled: bool | Unset = False
    trigger_days: list[int] | Unset = UNSET
    mode: StatementSettingsMode | Unset = StatementSettingsMode.REVIEW
    excluded_client_ids: list[int] | Unset = UNSET
    send_at: str | Unset = "09:00"

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        trigger_days: list[int] | Unset = UNSET
        if not isinstance(self.trigger_days, Unset):
            trigger_days = self.trigger_days

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        excluded_client_ids: list[int] | Unset = UNSET
        if not isinstance(self.excluded_client_ids, Unset):
            excluded_client_ids = self.excluded_client_ids

        send_at = self.send_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if trigger_days is not UNSET:
            field_dict["triggerDays"] = trigger_days
        if mode is not UNSET:
            field_dict["mode"] = mode
        if excluded_client_ids is not UNSET:
            field_dict["excludedClientIds"] = excluded_client_ids
        if send_at is not UNSET:
            field_dict["sendAt"] = send_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        trigger_days = cast(list[int], d.pop("triggerDays", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: StatementSettingsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = StatementSettingsMode(_mode)

        excluded_client_ids = cast(list[int], d.pop("excludedClientIds", UNSET))

        send_at = d.pop("sendAt", UNSET)

        statement_settings = cls(
            enabled=enabled,
            trigger_days=trigger_days,
            mode=mode,
            excluded_client_ids=excluded_client_ids,
            send_at=send_at,
        )

        return statement_settings
