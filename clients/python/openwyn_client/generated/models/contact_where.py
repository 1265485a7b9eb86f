from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.client_where import ClientWhere
    from ..models.contact_client_where import ContactClientWhere
    from ..models.contact_info_where import ContactInfoWhere
    from ..models.contact_where_type import ContactWhereType
    from ..models.integer_comparison import IntegerComparison
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="ContactWhere")


@_attrs_define
class ContactWhere:
    """A boolean expression over Contact fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[ContactWhere] | Unset):
        field_or_ (list[ContactWhere] | Unset):
        field_not_ (ContactWhere | Unset): A boolean expression over Contact fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        first_name (StringComparison | Unset):
        last_name (StringComparison | Unset):
        email (StringComparison | Unset):
        phone (StringComparison | Unset):
        mobile (StringComparison | Unset):
        title (StringComparison | Unset):
        type_ (ContactWhereType | Unset):
        receives_invoice_emails (BooleanComparison | Unset):
        receives_statements (BooleanComparison | Unset):
        notes (StringComparison | Unset):
        department (StringComparison | Unset):
        active (BooleanComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        clients (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        contact_clients (ContactClientWhere | Unset): A boolean expression over ContactClient fields and relations; keys
            are ANDed.
        contact_infos (ContactInfoWhere | Unset): A boolean expression over ContactInfo fields and relations; keys are
            ANDed.
    """

    field_and_: list[ContactWhere] | Unset = UNSET
    field_or_: list[ContactWhere] | Unset = UNSET
    field_not_: ContactWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    first_name: StringComparison | Unset = UNSET
    last_name: StringComparison | Unset = UNSET
    email: StringComparison | Unset = UNSET
    phone: StringComparison | Unset = UNSET
    mobile: StringComparison | Unset = UNSET
    title: StringComparison | Unset = UNSET
    type_: ContactWhereType | Unset = UNSET
    receives_invoice_emails: BooleanComparison | Unset = UNSET
    receives_statements: BooleanComparison | Unset = UNSET
    notes: StringComparison | Unset = UNSET
    department: StringComparison | Unset = UNSET
    active: BooleanComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    clients: ClientWhere | Unset = UNSET
    contact_clients: ContactClientWhere | Unset = UNSET
    contact_infos: ContactInfoWhere | Unset = UNSET

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

        pms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pms_ref, Unset):
            pms_ref = self.pms_ref.to_dict()

        first_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name.to_dict()

        last_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        mobile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile, Unset):
            mobile = self.mobile.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        receives_invoice_emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receives_invoice_emails, Unset):
            receives_invoice_emails = self.receives_invoice_emails.to_dict()

        receives_statements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receives_statements, Unset):
            receives_statements = self.receives_statements.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        contact_clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_clients, Unset):
            contact_clients = self.contact_clients.to_dict()

        contact_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_infos, Unset):
            contact_infos = self.contact_infos.to_dict()

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
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if clients is not UNSET:
            field_dict["clients"] = clients
        if contact_clients is not UNSET:
            field_dict["contactClients"] = contact_clients
        if contact_infos is not UNSET:
            field_dict["contactInfos"] = contact_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.client_where import ClientWhere
        from ..models.contact_client_where import ContactClientWhere
        from ..models.contact_info_where import ContactInfoWhere
        from ..models.contact_where_type import ContactWhereType
        from ..models.integer_comparison import IntegerComparison
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[ContactWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = ContactWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[ContactWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = ContactWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: ContactWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = ContactWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _pms_ref = d.pop("pmsRef", UNSET)
        pms_ref: StringComparison | Unset
        if isinstance(_pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = StringComparison.from_dict(_pms_ref)

        _first_name = d.pop("firstName", UNSET)
        first_name: StringComparison | Unset
        if isinstance(_first_name, Unset):
            first_name = UNSET
        else:
            first_name = StringComparison.from_dict(_first_name)

        _last_name = d.pop("lastName", UNSET)
        last_name: StringComparison | Unset
        if isinstance(_last_name, Unset):
            last_name = UNSET
        else:
            last_name = StringComparison.from_dict(_last_name)

        _email = d.pop("email", UNSET)
        email: StringComparison | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = StringComparison.from_dict(_email)

        _phone = d.pop("phone", UNSET)
        phone: StringComparison | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = StringComparison.from_dict(_phone)

        _mobile = d.pop("mobile", UNSET)
        mobile: StringComparison | Unset
        if isinstance(_mobile, Unset):
            mobile = UNSET
        else:
            mobile = StringComparison.from_dict(_mobile)

        _title = d.pop("title", UNSET)
        title: StringComparison | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = StringComparison.from_dict(_title)

        _type_ = d.pop("type", UNSET)
        type_: ContactWhereType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactWhereType.from_dict(_type_)

        _receives_invoice_emails = d.pop("receivesInvoiceEmails", UNSET)
        receives_invoice_emails: BooleanComparison | Unset
        if isinstance(_receives_invoice_emails, Unset):
            receives_invoice_emails = UNSET
        else:
            receives_invoice_emails = BooleanComparison.from_dict(
                _receives_invoice_emails
            )

        _receives_statements = d.pop("receivesStatements", UNSET)
        receives_statements: BooleanComparison | Unset
        if isinstance(_receives_statements, Unset):
            receives_statements = UNSET
        else:
            receives_statements = BooleanComparison.from_dict(_receives_statements)

        _notes = d.pop("notes", UNSET)
        notes: StringComparison | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = StringComparison.from_dict(_notes)

        _department = d.pop("department", UNSET)
        department: StringComparison | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = StringComparison.from_dict(_department)

        _active = d.pop("active", UNSET)
        active: BooleanComparison | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = BooleanComparison.from_dict(_active)

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

        _clients = d.pop("clients", UNSET)
        clients: ClientWhere | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = ClientWhere.from_dict(_clients)

        _contact_clients = d.pop("contactClients", UNSET)
        contact_clients: ContactClientWhere | Unset
        if isinstance(_contact_clients, Unset):
            contact_clients = UNSET
        else:
            contact_clients = ContactClientWhere.from_dict(_contact_clients)

        _contact_infos = d.pop("contactInfos", UNSET)
        contact_infos: ContactInfoWhere | Unset
        if isinstance(_contact_infos, Unset):
            contact_infos = UNSET
        else:
            contact_infos = ContactInfoWhere.from_dict(_contact_infos)

        contact_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
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
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            clients=clients,
            contact_clients=contact_clients,
            contact_infos=contact_infos,
        )

        return contact_where
