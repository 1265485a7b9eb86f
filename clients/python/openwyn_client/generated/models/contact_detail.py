from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_detail_status import ContactDetailStatus
from ..models.contact_detail_type_type_0 import ContactDetailTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.communication_preferences import CommunicationPreferences
    from ..models.contact_address import ContactAddress


T = TypeVar("T", bound="ContactDetail")


@_attrs_define
class ContactDetail:
    """
    Attributes:
        id (int):
        receives_invoice_emails (bool):
        receives_statements (bool):
        active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        status (ContactDetailStatus):
        client_id (int | None):
        client_name (None | str):
        is_primary_contact (bool):
        address (ContactAddress | None):
        pms_ref (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        title (None | str | Unset):
        type_ (ContactDetailTypeType0 | None | Unset):
        notes (None | str | Unset):
        department (None | str | Unset):
        communication_preferences (CommunicationPreferences | None | Unset):
    """

    id: int
    receives_invoice_emails: bool
    receives_statements: bool
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    status: ContactDetailStatus
    client_id: int | None
    client_name: None | str
    is_primary_contact: bool
    address: ContactAddress | None
    pms_ref: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: ContactDetailTypeType0 | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    communication_preferences: CommunicationPreferences | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.communication_preferences import CommunicationPreferences
        from ..models.contact_address import ContactAddress

        id = self.id

        receives_invoice_emails = self.receives_invoice_emails

        receives_statements = self.receives_statements

        active = self.active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        status = self.status.value

        client_id: int | None
        client_id = self.client_id

        client_name: None | str
        client_name = self.client_name

        is_primary_contact = self.is_primary_contact

        address: dict[str, Any] | None
        if isinstance(self.address, ContactAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContactDetailTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        communication_preferences: dict[str, Any] | None | Unset
        if isinstance(self.communication_preferences, Unset):
            communication_preferences = UNSET
        elif isinstance(self.communication_preferences, CommunicationPreferences):
            communication_preferences = self.communication_preferences.to_dict()
        else:
            communication_preferences = self.communication_preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "receivesInvoiceEmails": receives_invoice_emails,
                "receivesStatements": receives_statements,
                "active": active,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "status": status,
                "clientId": client_id,
                "clientName": client_name,
                "isPrimaryContact": is_primary_contact,
                "address": address,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        if department is not UNSET:
            field_dict["department"] = department
        if communication_preferences is not UNSET:
            field_dict["communicationPreferences"] = communication_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.communication_preferences import CommunicationPreferences
        from ..models.contact_address import ContactAddress

        d = dict(src_dict)
        id = d.pop("id")

        receives_invoice_emails = d.pop("receivesInvoiceEmails")

        receives_statements = d.pop("receivesStatements")

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        status = ContactDetailStatus(d.pop("status"))

        def _parse_client_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        client_id = _parse_client_id(d.pop("clientId"))

        def _parse_client_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_name = _parse_client_name(d.pop("clientName"))

        is_primary_contact = d.pop("isPrimaryContact")

        def _parse_address(data: object) -> ContactAddress | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = ContactAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactAddress | None, data)

        address = _parse_address(d.pop("address"))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_type_(data: object) -> ContactDetailTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ContactDetailTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactDetailTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_communication_preferences(
            data: object,
        ) -> CommunicationPreferences | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                communication_preferences_type_0 = CommunicationPreferences.from_dict(
                    data
                )

                return communication_preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommunicationPreferences | None | Unset, data)

        communication_preferences = _parse_communication_preferences(
            d.pop("communicationPreferences", UNSET)
        )

        contact_detail = cls(
            id=id,
            receives_invoice_emails=receives_invoice_emails,
            receives_statements=receives_statements,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            status=status,
            client_id=client_id,
            client_name=client_name,
            is_primary_contact=is_primary_contact,
            address=address,
            pms_ref=pms_ref,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            mobile=mobile,
            title=title,
            type_=type_,
            notes=notes,
            department=department,
            communication_preferences=communication_preferences,
        )

        contact_detail.additional_properties = d
        return contact_detail

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
