from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EngagementRow")


@_attrs_define
class EngagementRow:
    """
    Attributes:
        id (int):
        name (str):
        start_dt (datetime.date):
        end_dt (datetime.date | None):
        status (str):
        client_id (int):
        partner_staff_id (int | None):
        manager_staff_id (int | None):
        engagement_name_template (None | str):
        created_at (datetime.datetime):
    """

    id: int
    name: str
    start_dt: datetime.date
    end_dt: datetime.date | None
    status: str
    client_id: int
    partner_staff_id: int | None
    manager_staff_id: int | None
    engagement_name_template: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_dt = self.start_dt.isoformat()

        end_dt: None | str
        if isinstance(self.end_dt, datetime.date):
            end_dt = self.end_dt.isoformat()
        else:
            end_dt = self.end_dt

        status = self.status

        client_id = self.client_id

        partner_staff_id: int | None
        partner_staff_id = self.partner_staff_id

        manager_staff_id: int | None
        manager_staff_id = self.manager_staff_id

        engagement_name_template: None | str
        engagement_name_template = self.engagement_name_template

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "start_dt": start_dt,
                "end_dt": end_dt,
                "status": status,
                "client_id": client_id,
                "partner_staff_id": partner_staff_id,
                "manager_staff_id": manager_staff_id,
                "engagement_name_template": engagement_name_template,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        start_dt = datetime.date.fromisoformat(d.pop("start_dt"))

        def _parse_end_dt(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_dt_type_0 = datetime.date.fromisoformat(data)

                return end_dt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_dt = _parse_end_dt(d.pop("end_dt"))

        status = d.pop("status")

        client_id = d.pop("client_id")

        def _parse_partner_staff_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_staff_id = _parse_partner_staff_id(d.pop("partner_staff_id"))

        def _parse_manager_staff_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        manager_staff_id = _parse_manager_staff_id(d.pop("manager_staff_id"))

        def _parse_engagement_name_template(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        engagement_name_template = _parse_engagement_name_template(
            d.pop("engagement_name_template")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        engagement_row = cls(
            id=id,
            name=name,
            start_dt=start_dt,
            end_dt=end_dt,
            status=status,
            client_id=client_id,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            engagement_name_template=engagement_name_template,
            created_at=created_at,
        )

        engagement_row.additional_properties = d
        return engagement_row

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
