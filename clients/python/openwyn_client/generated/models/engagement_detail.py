from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.engagement_detail_source import EngagementDetailSource
from ..models.engagement_detail_status import EngagementDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engagement_project import EngagementProject
    from ..models.engagement_service import EngagementService
    from ..models.engagement_signer import EngagementSigner
    from ..models.engagement_team_member import EngagementTeamMember


T = TypeVar("T", bound="EngagementDetail")


@_attrs_define
class EngagementDetail:
    """
    Attributes:
        id (int):
        name (str):
        status (EngagementDetailStatus):
        client_id (int):
        start_date (datetime.date):
        estimated_value (float):
        currency (str):
        prepayment_amount (float):
        prepaid_amount (float):
        expires_in_days (int):
        reminder_days (int):
        source (EngagementDetailSource):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        client_name (str):
        client_email (None | str):
        client_phone (None | str):
        client_ids (list[int]):
        projects (list[EngagementProject]):
        team_members (list[EngagementTeamMember]):
        services (list[EngagementService]):
        signers (list[EngagementSigner]):
        pms_ref (None | str | Unset):
        description (None | str | Unset):
        type_ (None | str | Unset):
        template_id (int | None | Unset):
        partner_staff_id (int | None | Unset):
        manager_staff_id (int | None | Unset):
        end_date (datetime.date | None | Unset):
        engagement_name_template (None | str | Unset):
        renewed_from_id (int | None | Unset):
        letter_file_id (int | None | Unset):
        letter_sha_256 (None | str | Unset):
        executed_file_id (int | None | Unset):
        certificate_file_id (int | None | Unset):
        sent_at (datetime.datetime | None | Unset):
        expires_at (datetime.datetime | None | Unset):
        signed_at (datetime.datetime | None | Unset):
        executed_at (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    status: EngagementDetailStatus
    client_id: int
    start_date: datetime.date
    estimated_value: float
    currency: str
    prepayment_amount: float
    prepaid_amount: float
    expires_in_days: int
    reminder_days: int
    source: EngagementDetailSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    client_name: str
    client_email: None | str
    client_phone: None | str
    client_ids: list[int]
    projects: list[EngagementProject]
    team_members: list[EngagementTeamMember]
    services: list[EngagementService]
    signers: list[EngagementSigner]
    pms_ref: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    template_id: int | None | Unset = UNSET
    partner_staff_id: int | None | Unset = UNSET
    manager_staff_id: int | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    engagement_name_template: None | str | Unset = UNSET
    renewed_from_id: int | None | Unset = UNSET
    letter_file_id: int | None | Unset = UNSET
    letter_sha_256: None | str | Unset = UNSET
    executed_file_id: int | None | Unset = UNSET
    certificate_file_id: int | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    signed_at: datetime.datetime | None | Unset = UNSET
    executed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        client_id = self.client_id

        start_date = self.start_date.isoformat()

        estimated_value = self.estimated_value

        currency = self.currency

        prepayment_amount = self.prepayment_amount

        prepaid_amount = self.prepaid_amount

        expires_in_days = self.expires_in_days

        reminder_days = self.reminder_days

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        client_name = self.client_name

        client_email: None | str
        client_email = self.client_email

        client_phone: None | str
        client_phone = self.client_phone

        client_ids = self.client_ids

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        team_members = []
        for team_members_item_data in self.team_members:
            team_members_item = team_members_item_data.to_dict()
            team_members.append(team_members_item)

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        signers = []
        for signers_item_data in self.signers:
            signers_item = signers_item_data.to_dict()
            signers.append(signers_item)

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

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

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        engagement_name_template: None | str | Unset
        if isinstance(self.engagement_name_template, Unset):
            engagement_name_template = UNSET
        else:
            engagement_name_template = self.engagement_name_template

        renewed_from_id: int | None | Unset
        if isinstance(self.renewed_from_id, Unset):
            renewed_from_id = UNSET
        else:
            renewed_from_id = self.renewed_from_id

        letter_file_id: int | None | Unset
        if isinstance(self.letter_file_id, Unset):
            letter_file_id = UNSET
        else:
            letter_file_id = self.letter_file_id

        letter_sha_256: None | str | Unset
        if isinstance(self.letter_sha_256, Unset):
            letter_sha_256 = UNSET
        else:
            letter_sha_256 = self.letter_sha_256

        executed_file_id: int | None | Unset
        if isinstance(self.executed_file_id, Unset):
            executed_file_id = UNSET
        else:
            executed_file_id = self.executed_file_id

        certificate_file_id: int | None | Unset
        if isinstance(self.certificate_file_id, Unset):
            certificate_file_id = UNSET
        else:
            certificate_file_id = self.certificate_file_id

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        signed_at: None | str | Unset
        if isinstance(self.signed_at, Unset):
            signed_at = UNSET
        elif isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        elif isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat()
        else:
            executed_at = self.executed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "clientId": client_id,
                "startDate": start_date,
                "estimatedValue": estimated_value,
                "currency": currency,
                "prepaymentAmount": prepayment_amount,
                "prepaidAmount": prepaid_amount,
                "expiresInDays": expires_in_days,
                "reminderDays": reminder_days,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "clientName": client_name,
                "clientEmail": client_email,
                "clientPhone": client_phone,
                "clientIds": client_ids,
                "projects": projects,
                "teamMembers": team_members,
                "services": services,
                "signers": signers,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if engagement_name_template is not UNSET:
            field_dict["engagementNameTemplate"] = engagement_name_template
        if renewed_from_id is not UNSET:
            field_dict["renewedFromId"] = renewed_from_id
        if letter_file_id is not UNSET:
            field_dict["letterFileId"] = letter_file_id
        if letter_sha_256 is not UNSET:
            field_dict["letterSha256"] = letter_sha_256
        if executed_file_id is not UNSET:
            field_dict["executedFileId"] = executed_file_id
        if certificate_file_id is not UNSET:
            field_dict["certificateFileId"] = certificate_file_id
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if signed_at is not UNSET:
            field_dict["signedAt"] = signed_at
        if executed_at is not UNSET:
            field_dict["executedAt"] = executed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.engagement_project import EngagementProject
        from ..models.engagement_service import EngagementService
        from ..models.engagement_signer import EngagementSigner
        from ..models.engagement_team_member import EngagementTeamMember

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = EngagementDetailStatus(d.pop("status"))

        client_id = d.pop("clientId")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        estimated_value = d.pop("estimatedValue")

        currency = d.pop("currency")

        prepayment_amount = d.pop("prepaymentAmount")

        prepaid_amount = d.pop("prepaidAmount")

        expires_in_days = d.pop("expiresInDays")

        reminder_days = d.pop("reminderDays")

        source = EngagementDetailSource(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        client_name = d.pop("clientName")

        def _parse_client_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_email = _parse_client_email(d.pop("clientEmail"))

        def _parse_client_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_phone = _parse_client_phone(d.pop("clientPhone"))

        client_ids = cast(list[int], d.pop("clientIds"))

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = EngagementProject.from_dict(projects_item_data)

            projects.append(projects_item)

        team_members = []
        _team_members = d.pop("teamMembers")
        for team_members_item_data in _team_members:
            team_members_item = EngagementTeamMember.from_dict(team_members_item_data)

            team_members.append(team_members_item)

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = EngagementService.from_dict(services_item_data)

            services.append(services_item)

        signers = []
        _signers = d.pop("signers")
        for signers_item_data in _signers:
            signers_item = EngagementSigner.from_dict(signers_item_data)

            signers.append(signers_item)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

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

        def _parse_engagement_name_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        engagement_name_template = _parse_engagement_name_template(
            d.pop("engagementNameTemplate", UNSET)
        )

        def _parse_renewed_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        renewed_from_id = _parse_renewed_from_id(d.pop("renewedFromId", UNSET))

        def _parse_letter_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        letter_file_id = _parse_letter_file_id(d.pop("letterFileId", UNSET))

        def _parse_letter_sha_256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        letter_sha_256 = _parse_letter_sha_256(d.pop("letterSha256", UNSET))

        def _parse_executed_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        executed_file_id = _parse_executed_file_id(d.pop("executedFileId", UNSET))

        def _parse_certificate_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        certificate_file_id = _parse_certificate_file_id(
            d.pop("certificateFileId", UNSET)
        )

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

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        def _parse_signed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        signed_at = _parse_signed_at(d.pop("signedAt", UNSET))

        def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_at_type_0 = datetime.datetime.fromisoformat(data)

                return executed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executedAt", UNSET))

        engagement_detail = cls(
            id=id,
            name=name,
            status=status,
            client_id=client_id,
            start_date=start_date,
            estimated_value=estimated_value,
            currency=currency,
            prepayment_amount=prepayment_amount,
            prepaid_amount=prepaid_amount,
            expires_in_days=expires_in_days,
            reminder_days=reminder_days,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client_name=client_name,
            client_email=client_email,
            client_phone=client_phone,
            client_ids=client_ids,
            projects=projects,
            team_members=team_members,
            services=services,
            signers=signers,
            pms_ref=pms_ref,
            description=description,
            type_=type_,
            template_id=template_id,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            end_date=end_date,
            engagement_name_template=engagement_name_template,
            renewed_from_id=renewed_from_id,
            letter_file_id=letter_file_id,
            letter_sha_256=letter_sha_256,
            executed_file_id=executed_file_id,
            certificate_file_id=certificate_file_id,
            sent_at=sent_at,
            expires_at=expires_at,
            signed_at=signed_at,
            executed_at=executed_at,
        )

        engagement_detail.additional_properties = d
        return engagement_detail

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
