from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.client_business_entity_where import ClientBusinessEntityWhere
    from ..models.client_where_address import ClientWhereAddress
    from ..models.client_where_billing_address import ClientWhereBillingAddress
    from ..models.client_where_custom_fields import ClientWhereCustomFields
    from ..models.client_where_payment_terms import ClientWherePaymentTerms
    from ..models.contact_client_where import ContactClientWhere
    from ..models.contact_where import ContactWhere
    from ..models.department_where import DepartmentWhere
    from ..models.industry_where import IndustryWhere
    from ..models.integer_comparison import IntegerComparison
    from ..models.job_where import JobWhere
    from ..models.office_where import OfficeWhere
    from ..models.service_line_where import ServiceLineWhere
    from ..models.staff_where import StaffWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison
    from ..models.wip_where import WipWhere


T = TypeVar("T", bound="ClientWhere")


@_attrs_define
class ClientWhere:
    """A boolean expression over Client fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[ClientWhere] | Unset):
        field_or_ (list[ClientWhere] | Unset):
        field_not_ (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        client_ref (StringComparison | Unset):
        name (StringComparison | Unset):
        client_key (StringComparison | Unset):
        partner_staff_id (IntegerComparison | Unset):
        manager_staff_id (IntegerComparison | Unset):
        office_id (IntegerComparison | Unset):
        dept_id (IntegerComparison | Unset):
        industry_id (IntegerComparison | Unset):
        service_line_id (IntegerComparison | Unset):
        client_business_entity_id (IntegerComparison | Unset):
        email (StringComparison | Unset):
        phone (StringComparison | Unset):
        website (StringComparison | Unset):
        tax_id (StringComparison | Unset):
        address (ClientWhereAddress | Unset):
        billing_address (ClientWhereBillingAddress | Unset):
        send_invoices_electronically (BooleanComparison | Unset):
        payment_terms (ClientWherePaymentTerms | Unset):
        custom_fields (ClientWhereCustomFields | Unset): Compare members by key, e.g. {"region": {"_eq": "West"}}.
        legal_name (StringComparison | Unset):
        size (StringComparison | Unset):
        type_ (StringComparison | Unset):
        active (BooleanComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        partner (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        manager (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        office (OfficeWhere | Unset): A boolean expression over Office fields and relations; keys are ANDed.
        department (DepartmentWhere | Unset): A boolean expression over Department fields and relations; keys are ANDed.
        industry (IndustryWhere | Unset): A boolean expression over Industry fields and relations; keys are ANDed.
        service_line (ServiceLineWhere | Unset): A boolean expression over ServiceLine fields and relations; keys are
            ANDed.
        business_entity (ClientBusinessEntityWhere | Unset): A boolean expression over ClientBusinessEntity fields and
            relations; keys are ANDed.
        contacts (ContactWhere | Unset): A boolean expression over Contact fields and relations; keys are ANDed.
        contact_clients (ContactClientWhere | Unset): A boolean expression over ContactClient fields and relations; keys
            are ANDed.
        jobs (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
        wips (WipWhere | Unset): A boolean expression over Wip fields and relations; keys are ANDed.
    """

    field_and_: list[ClientWhere] | Unset = UNSET
    field_or_: list[ClientWhere] | Unset = UNSET
    field_not_: ClientWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    client_ref: StringComparison | Unset = UNSET
    name: StringComparison | Unset = UNSET
    client_key: StringComparison | Unset = UNSET
    partner_staff_id: IntegerComparison | Unset = UNSET
    manager_staff_id: IntegerComparison | Unset = UNSET
    office_id: IntegerComparison | Unset = UNSET
    dept_id: IntegerComparison | Unset = UNSET
    industry_id: IntegerComparison | Unset = UNSET
    service_line_id: IntegerComparison | Unset = UNSET
    client_business_entity_id: IntegerComparison | Unset = UNSET
    email: StringComparison | Unset = UNSET
    phone: StringComparison | Unset = UNSET
    website: StringComparison | Unset = UNSET
    tax_id: StringComparison | Unset = UNSET
    address: ClientWhereAddress | Unset = UNSET
    billing_address: ClientWhereBillingAddress | Unset = UNSET
    send_invoices_electronically: BooleanComparison | Unset = UNSET
    payment_terms: ClientWherePaymentTerms | Unset = UNSET
    custom_fields: ClientWhereCustomFields | Unset = UNSET
    legal_name: StringComparison | Unset = UNSET
    size: StringComparison | Unset = UNSET
    type_: StringComparison | Unset = UNSET
    active: BooleanComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    partner: StaffWhere | Unset = UNSET
    manager: StaffWhere | Unset = UNSET
    office: OfficeWhere | Unset = UNSET
    department: DepartmentWhere | Unset = UNSET
    industry: IndustryWhere | Unset = UNSET
    service_line: ServiceLineWhere | Unset = UNSET
    business_entity: ClientBusinessEntityWhere | Unset = UNSET
    contacts: ContactWhere | Unset = UNSET
    contact_clients: ContactClientWhere | Unset = UNSET
    jobs: JobWhere | Unset = UNSET
    wips: WipWhere | Unset = UNSET

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

        client_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_ref, Unset):
            client_ref = self.client_ref.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        client_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_key, Unset):
            client_key = self.client_key.to_dict()

        partner_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_staff_id, Unset):
            partner_staff_id = self.partner_staff_id.to_dict()

        manager_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_staff_id, Unset):
            manager_staff_id = self.manager_staff_id.to_dict()

        office_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office_id, Unset):
            office_id = self.office_id.to_dict()

        dept_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dept_id, Unset):
            dept_id = self.dept_id.to_dict()

        industry_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.industry_id, Unset):
            industry_id = self.industry_id.to_dict()

        service_line_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_line_id, Unset):
            service_line_id = self.service_line_id.to_dict()

        client_business_entity_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_business_entity_id, Unset):
            client_business_entity_id = self.client_business_entity_id.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        website: dict[str, Any] | Unset = UNSET
        if not isinstance(self.website, Unset):
            website = self.website.to_dict()

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        send_invoices_electronically: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_invoices_electronically, Unset):
            send_invoices_electronically = self.send_invoices_electronically.to_dict()

        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        legal_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_name, Unset):
            legal_name = self.legal_name.to_dict()

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

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

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        office: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office, Unset):
            office = self.office.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        industry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.industry, Unset):
            industry = self.industry.to_dict()

        service_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_line, Unset):
            service_line = self.service_line.to_dict()

        business_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_entity, Unset):
            business_entity = self.business_entity.to_dict()

        contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts.to_dict()

        contact_clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_clients, Unset):
            contact_clients = self.contact_clients.to_dict()

        jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs.to_dict()

        wips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wips, Unset):
            wips = self.wips.to_dict()

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
        if client_ref is not UNSET:
            field_dict["clientRef"] = client_ref
        if name is not UNSET:
            field_dict["name"] = name
        if client_key is not UNSET:
            field_dict["clientKey"] = client_key
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if office_id is not UNSET:
            field_dict["officeId"] = office_id
        if dept_id is not UNSET:
            field_dict["deptId"] = dept_id
        if industry_id is not UNSET:
            field_dict["industryId"] = industry_id
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if client_business_entity_id is not UNSET:
            field_dict["clientBusinessEntityId"] = client_business_entity_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if website is not UNSET:
            field_dict["website"] = website
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if address is not UNSET:
            field_dict["address"] = address
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if send_invoices_electronically is not UNSET:
            field_dict["sendInvoicesElectronically"] = send_invoices_electronically
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if partner is not UNSET:
            field_dict["partner"] = partner
        if manager is not UNSET:
            field_dict["manager"] = manager
        if office is not UNSET:
            field_dict["office"] = office
        if department is not UNSET:
            field_dict["department"] = department
        if industry is not UNSET:
            field_dict["industry"] = industry
        if service_line is not UNSET:
            field_dict["serviceLine"] = service_line
        if business_entity is not UNSET:
            field_dict["businessEntity"] = business_entity
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if contact_clients is not UNSET:
            field_dict["contactClients"] = contact_clients
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if wips is not UNSET:
            field_dict["wips"] = wips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.client_business_entity_where import ClientBusinessEntityWhere
        from ..models.client_where_address import ClientWhereAddress
        from ..models.client_where_billing_address import ClientWhereBillingAddress
        from ..models.client_where_custom_fields import ClientWhereCustomFields
        from ..models.client_where_payment_terms import ClientWherePaymentTerms
        from ..models.contact_client_where import ContactClientWhere
        from ..models.contact_where import ContactWhere
        from ..models.department_where import DepartmentWhere
        from ..models.industry_where import IndustryWhere
        from ..models.integer_comparison import IntegerComparison
        from ..models.job_where import JobWhere
        from ..models.office_where import OfficeWhere
        from ..models.service_line_where import ServiceLineWhere
        from ..models.staff_where import StaffWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison
        from ..models.wip_where import WipWhere

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[ClientWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = ClientWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[ClientWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = ClientWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: ClientWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = ClientWhere.from_dict(_field_not_)

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

        _client_ref = d.pop("clientRef", UNSET)
        client_ref: StringComparison | Unset
        if isinstance(_client_ref, Unset):
            client_ref = UNSET
        else:
            client_ref = StringComparison.from_dict(_client_ref)

        _name = d.pop("name", UNSET)
        name: StringComparison | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = StringComparison.from_dict(_name)

        _client_key = d.pop("clientKey", UNSET)
        client_key: StringComparison | Unset
        if isinstance(_client_key, Unset):
            client_key = UNSET
        else:
            client_key = StringComparison.from_dict(_client_key)

        _partner_staff_id = d.pop("partnerStaffId", UNSET)
        partner_staff_id: IntegerComparison | Unset
        if isinstance(_partner_staff_id, Unset):
            partner_staff_id = UNSET
        else:
            partner_staff_id = IntegerComparison.from_dict(_partner_staff_id)

        _manager_staff_id = d.pop("managerStaffId", UNSET)
        manager_staff_id: IntegerComparison | Unset
        if isinstance(_manager_staff_id, Unset):
            manager_staff_id = UNSET
        else:
            manager_staff_id = IntegerComparison.from_dict(_manager_staff_id)

        _office_id = d.pop("officeId", UNSET)
        office_id: IntegerComparison | Unset
        if isinstance(_office_id, Unset):
            office_id = UNSET
        else:
            office_id = IntegerComparison.from_dict(_office_id)

        _dept_id = d.pop("deptId", UNSET)
        dept_id: IntegerComparison | Unset
        if isinstance(_dept_id, Unset):
            dept_id = UNSET
        else:
            dept_id = IntegerComparison.from_dict(_dept_id)

        _industry_id = d.pop("industryId", UNSET)
        industry_id: IntegerComparison | Unset
        if isinstance(_industry_id, Unset):
            industry_id = UNSET
        else:
            industry_id = IntegerComparison.from_dict(_industry_id)

        _service_line_id = d.pop("serviceLineId", UNSET)
        service_line_id: IntegerComparison | Unset
        if isinstance(_service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = IntegerComparison.from_dict(_service_line_id)

        _client_business_entity_id = d.pop("clientBusinessEntityId", UNSET)
        client_business_entity_id: IntegerComparison | Unset
        if isinstance(_client_business_entity_id, Unset):
            client_business_entity_id = UNSET
        else:
            client_business_entity_id = IntegerComparison.from_dict(
                _client_business_entity_id
            )

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

        _website = d.pop("website", UNSET)
        website: StringComparison | Unset
        if isinstance(_website, Unset):
            website = UNSET
        else:
            website = StringComparison.from_dict(_website)

        _tax_id = d.pop("taxId", UNSET)
        tax_id: StringComparison | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = StringComparison.from_dict(_tax_id)

        _address = d.pop("address", UNSET)
        address: ClientWhereAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ClientWhereAddress.from_dict(_address)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: ClientWhereBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = ClientWhereBillingAddress.from_dict(_billing_address)

        _send_invoices_electronically = d.pop("sendInvoicesElectronically", UNSET)
        send_invoices_electronically: BooleanComparison | Unset
        if isinstance(_send_invoices_electronically, Unset):
            send_invoices_electronically = UNSET
        else:
            send_invoices_electronically = BooleanComparison.from_dict(
                _send_invoices_electronically
            )

        _payment_terms = d.pop("paymentTerms", UNSET)
        payment_terms: ClientWherePaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = ClientWherePaymentTerms.from_dict(_payment_terms)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: ClientWhereCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ClientWhereCustomFields.from_dict(_custom_fields)

        _legal_name = d.pop("legalName", UNSET)
        legal_name: StringComparison | Unset
        if isinstance(_legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = StringComparison.from_dict(_legal_name)

        _size = d.pop("size", UNSET)
        size: StringComparison | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = StringComparison.from_dict(_size)

        _type_ = d.pop("type", UNSET)
        type_: StringComparison | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StringComparison.from_dict(_type_)

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

        _partner = d.pop("partner", UNSET)
        partner: StaffWhere | Unset
        if isinstance(_partner, Unset):
            partner = UNSET
        else:
            partner = StaffWhere.from_dict(_partner)

        _manager = d.pop("manager", UNSET)
        manager: StaffWhere | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = StaffWhere.from_dict(_manager)

        _office = d.pop("office", UNSET)
        office: OfficeWhere | Unset
        if isinstance(_office, Unset):
            office = UNSET
        else:
            office = OfficeWhere.from_dict(_office)

        _department = d.pop("department", UNSET)
        department: DepartmentWhere | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = DepartmentWhere.from_dict(_department)

        _industry = d.pop("industry", UNSET)
        industry: IndustryWhere | Unset
        if isinstance(_industry, Unset):
            industry = UNSET
        else:
            industry = IndustryWhere.from_dict(_industry)

        _service_line = d.pop("serviceLine", UNSET)
        service_line: ServiceLineWhere | Unset
        if isinstance(_service_line, Unset):
            service_line = UNSET
        else:
            service_line = ServiceLineWhere.from_dict(_service_line)

        _business_entity = d.pop("businessEntity", UNSET)
        business_entity: ClientBusinessEntityWhere | Unset
        if isinstance(_business_entity, Unset):
            business_entity = UNSET
        else:
            business_entity = ClientBusinessEntityWhere.from_dict(_business_entity)

        _contacts = d.pop("contacts", UNSET)
        contacts: ContactWhere | Unset
        if isinstance(_contacts, Unset):
            contacts = UNSET
        else:
            contacts = ContactWhere.from_dict(_contacts)

        _contact_clients = d.pop("contactClients", UNSET)
        contact_clients: ContactClientWhere | Unset
        if isinstance(_contact_clients, Unset):
            contact_clients = UNSET
        else:
            contact_clients = ContactClientWhere.from_dict(_contact_clients)

        _jobs = d.pop("jobs", UNSET)
        jobs: JobWhere | Unset
        if isinstance(_jobs, Unset):
            jobs = UNSET
        else:
            jobs = JobWhere.from_dict(_jobs)

        _wips = d.pop("wips", UNSET)
        wips: WipWhere | Unset
        if isinstance(_wips, Unset):
            wips = UNSET
        else:
            wips = WipWhere.from_dict(_wips)

        client_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            client_ref=client_ref,
            name=name,
            client_key=client_key,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            office_id=office_id,
            dept_id=dept_id,
            industry_id=industry_id,
            service_line_id=service_line_id,
            client_business_entity_id=client_business_entity_id,
            email=email,
            phone=phone,
            website=website,
            tax_id=tax_id,
            address=address,
            billing_address=billing_address,
            send_invoices_electronically=send_invoices_electronically,
            payment_terms=payment_terms,
            custom_fields=custom_fields,
            legal_name=legal_name,
            size=size,
            type_=type_,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            partner=partner,
            manager=manager,
            office=office,
            department=department,
            industry=industry,
            service_line=service_line,
            business_entity=business_entity,
            contacts=contacts,
            contact_clients=contact_clients,
            jobs=jobs,
            wips=wips,
        )

        return client_where
