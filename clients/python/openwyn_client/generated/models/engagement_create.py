from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_in import ServiceIn
    from ..models.signer_in import SignerIn
    from ..models.team_member_in import TeamMemberIn


T = TypeVar("T", bound="EngagementCreate")


@_attrs_define
class EngagementCreate:
    """`clientIds` lists every client the engagement covers; `primaryClientId` (default: the
    first of them) is the one the letter addresses.

        Attributes:
            client_ids (list[int]):
            template_id (int):
            start_date (datetime.date):
            services (list[ServiceIn]):
            signers (list[SignerIn]):
            primary_client_id (int | None | Unset):
            end_date (datetime.date | None | Unset):
            partner_staff_id (int | None | Unset):
            manager_staff_id (int | None | Unset):
            type_ (None | str | Unset):
            description (None | str | Unset):
            team (list[TeamMemberIn] | Unset):
            expires_in_days (int | Unset):  Default: 30.
            reminder_days (int | Unset):  Default: 3.
    """

    client_ids: list[int]
    template_id: int
    start_date: datetime.date
    services: list[ServiceIn]
    signers: list[SignerIn]
    primary_client_id: int | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    partner_staff_id: int | None | Unset = UNSET
    manager_staff_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    team: list[TeamMemberIn] | Unset = UNSET
    expires_in_days: int | Unset = 30
    reminder_days: int | Unset = 3

    def to_dict(self) -> dict[str, Any]:
        client_ids = self.client_ids

        template_id = self.template_id

        start_date = self.start_date.isoformat()

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        signers = []
        for signers_item_data in self.signers:
            signers_item = signers_item_data.to_dict()
            signers.append(signers_item)

        primary_client_id: int | None | Unset
        if isinstance(self.primary_client_id, Unset):
            primary_client_id = UNSET
        else:
            primary_client_id = self.primary_client_id

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        partner_staff_id: int | None | Unset
        if isinstance(self.partner_staff_id, Unset):
            partner_staff_id = UNSET
        else:
            partner_staff_id = self.partner_staff_id

        manager_staff_id: int | None | Unset
        if isinstance(self.manager_staff_id, Unset):
            manager_staff_id = UNSET
        else:
            manager_staff_id = self.manager_staff_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        team: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = []
            for team_item_data in self.team:
                team_item = team_item_data.to_dict()
                team.append(team_item)

        expires_in_days = self.expires_in_days

        reminder_days = self.reminder_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientIds": client_ids,
                "templateId": template_id,
                "startDate": start_date,
                "services": services,
                "signers": signers,
            }
        )
        if primary_client_id is not UNSET:
            field_dict["primaryClientId"] = primary_client_id
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if team is not UNSET:
            field_dict["team"] = team
        if expires_in_days is not UNSET:
            field_dict["expiresInDays"] = expires_in_days
        if reminder_days is not UNSET:
            field_dict["reminderDays"] = reminder_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_in import ServiceIn
        from ..models.signer_in import SignerIn
        from ..models.team_member_in import TeamMemberIn

        d = dict(src_dict)
        client_ids = cast(list[int], d.pop("clientIds"))

        template_id = d.pop("templateId")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = ServiceIn.from_dict(services_item_data)

            services.append(services_item)

        signers = []
        _signers = d.pop("signers")
        for signers_item_data in _signers:
            signers_item = SignerIn.from_dict(signers_item_data)

            signers.append(signers_item)

        def _parse_primary_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        primary_client_id = _parse_primary_client_id(d.pop("primaryClientId", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_partner_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_staff_id = _parse_partner_staff_id(d.pop("partnerStaffId", UNSET))

        def _parse_manager_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manager_staff_id = _parse_manager_staff_id(d.pop("managerStaffId", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _team = d.pop("team", UNSET)
        team: list[TeamMemberIn] | Unset = UNSET
        if _team is not UNSET:
            team = []
            for team_item_data in _team:
                team_item = TeamMemberIn.from_dict(team_item_data)

                team.append(team_item)

        expires_in_days = d.pop("expiresInDays", UNSET)

        reminder_days = d.pop("reminderDays", UNSET)

        engagement_create = cls(
            client_ids=client_ids,
            template_id=template_id,
            start_date=start_date,
            services=services,
            signers=signers,
            primary_client_id=primary_client_id,
            end_date=end_date,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            type_=type_,
            description=description,
            team=team,
            expires_in_days=expires_in_days,
            reminder_days=reminder_days,
        )

        return engagement_create
