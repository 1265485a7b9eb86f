from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contact_update_type_type_0 import ContactUpdateTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.communication_preferences import CommunicationPreferences


T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """
    Attributes:
        pms_ref (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        title (None | str | Unset):
        type_ (ContactUpdateTypeType0 | None | Unset):
        receives_invoice_emails (bool | Unset):
        receives_statements (bool | Unset):
        notes (None | str | Unset):
        department (None | str | Unset):
        communication_preferences (CommunicationPreferences | None | Unset):
        active (bool | Unset):
    """

    pms_ref: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: ContactUpdateTypeType0 | None | Unset = UNSET
    receives_invoice_emails: bool | Unset = UNSET
    receives_statements: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    communication_preferences: CommunicationPreferences | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.communication_preferences import CommunicationPreferences

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
        elif isinstance(self.type_, ContactUpdateTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        receives_invoice_emails = self.receives_invoice_emails

        receives_statements = self.receives_statements

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

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if receives_invoice_emails is not UNSET:
            field_dict["receivesInvoiceEmails"] = receives_invoice_emails
        if receives_statements is not UNSET:
            field_dict["receivesStatements"] = receives_statements
        if notes is not UNSET:
            field_dict["notes"] = notes
        if department is not UNSET:
            field_dict["department"] = department
        if communication_preferences is not UNSET:
            field_dict["communicationPreferences"] = communication_preferences
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.communication_preferences import CommunicationPreferences

        d = dict(src_dict)

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

        def _parse_type_(data: object) -> ContactUpdateTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ContactUpdateTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactUpdateTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        receives_invoice_emails = d.pop("receivesInvoiceEmails", UNSET)

        receives_statements = d.pop("receivesStatements", UNSET)

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

        active = d.pop("active", UNSET)

        contact_update = cls(
            pms_ref=pms_ref,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            mobile=mobile,
            title=title,
            type_=type_,
            receives_invoice_emails=receives_invoice_emails,
            receives_statements=receives_statements,
            notes=notes,
            department=department,
            communication_preferences=communication_preferences,
            active=active,
        )

        return contact_update
