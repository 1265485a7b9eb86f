from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_detail_paymentterms import ClientDetailPaymentterms
from ..models.client_detail_status import ClientDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_detail_address_type_0 import ClientDetailAddressType0
    from ..models.client_detail_billing_address_type_0 import (
        ClientDetailBillingAddressType0,
    )
    from ..models.client_detail_custom_fields_type_0 import (
        ClientDetailCustomFieldsType0,
    )
    from ..models.client_engagement import ClientEngagement
    from ..models.financial_summary import FinancialSummary
    from ..models.primary_contact import PrimaryContact


T = TypeVar("T", bound="ClientDetail")


@_attrs_define
class ClientDetail:
    """
    Attributes:
        id (int):
        name (str):
        send_invoices_electronically (bool):
        payment_terms (ClientDetailPaymentterms):
        active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        status (ClientDetailStatus):
        industry (None | str):
        primary_contact (None | PrimaryContact):
        engagements (list[ClientEngagement]):
        financial_summary (FinancialSummary): From the accounts receivable ledger: posted invoices' total, what is
            outstanding on
            them and past due, unapplied credit, and the last payment's date.
        pms_ref (None | str | Unset):
        client_ref (None | str | Unset):
        client_key (None | str | Unset):
        partner_staff_id (int | None | Unset):
        manager_staff_id (int | None | Unset):
        office_id (int | None | Unset):
        dept_id (int | None | Unset):
        industry_id (int | None | Unset):
        service_line_id (int | None | Unset):
        client_business_entity_id (int | None | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        website (None | str | Unset):
        tax_id (None | str | Unset):
        address (ClientDetailAddressType0 | None | Unset):
        billing_address (ClientDetailBillingAddressType0 | None | Unset):
        custom_fields (ClientDetailCustomFieldsType0 | None | Unset):
        legal_name (None | str | Unset):
        size (None | str | Unset):
        type_ (None | str | Unset):
    """

    id: int
    name: str
    send_invoices_electronically: bool
    payment_terms: ClientDetailPaymentterms
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    status: ClientDetailStatus
    industry: None | str
    primary_contact: None | PrimaryContact
    engagements: list[ClientEngagement]
    financial_summary: FinancialSummary
    pms_ref: None | str | Unset = UNSET
    client_ref: None | str | Unset = UNSET
    client_key: None | str | Unset = UNSET
    partner_staff_id: int | None | Unset = UNSET
    manager_staff_id: int | None | Unset = UNSET
    office_id: int | None | Unset = UNSET
    dept_id: int | None | Unset = UNSET
    industry_id: int | None | Unset = UNSET
    service_line_id: int | None | Unset = UNSET
    client_business_entity_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    address: ClientDetailAddressType0 | None | Unset = UNSET
    billing_address: ClientDetailBillingAddressType0 | None | Unset = UNSET
    custom_fields: ClientDetailCustomFieldsType0 | None | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.client_detail_address_type_0 import ClientDetailAddressType0
        from ..models.client_detail_billing_address_type_0 import (
            ClientDetailBillingAddressType0,
        )
        from ..models.client_detail_custom_fields_type_0 import (
            ClientDetailCustomFieldsType0,
        )
        from ..models.primary_contact import PrimaryContact

        id = self.id

        name = self.name

        send_invoices_electronically = self.send_invoices_electronically

        payment_terms = self.payment_terms.value

        active = self.active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        status = self.status.value

        industry: None | str
        industry = self.industry

        primary_contact: dict[str, Any] | None
        if isinstance(self.primary_contact, PrimaryContact):
            primary_contact = self.primary_contact.to_dict()
        else:
            primary_contact = self.primary_contact

        engagements = []
        for engagements_item_data in self.engagements:
            engagements_item = engagements_item_data.to_dict()
            engagements.append(engagements_item)

        financial_summary = self.financial_summary.to_dict()

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        client_ref: None | str | Unset
        if isinstance(self.client_ref, Unset):
            client_ref = UNSET
        else:
            client_ref = self.client_ref

        client_key: None | str | Unset
        if isinstance(self.client_key, Unset):
            client_key = UNSET
        else:
            client_key = self.client_key

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

        office_id: int | None | Unset
        if isinstance(self.office_id, Unset):
            office_id = UNSET
        else:
            office_id = self.office_id

        dept_id: int | None | Unset
        if isinstance(self.dept_id, Unset):
            dept_id = UNSET
        else:
            dept_id = self.dept_id

        industry_id: int | None | Unset
        if isinstance(self.industry_id, Unset):
            industry_id = UNSET
        else:
            industry_id = self.industry_id

        service_line_id: int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = self.service_line_id

        client_business_entity_id: int | None | Unset
        if isinstance(self.client_business_entity_id, Unset):
            client_business_entity_id = UNSET
        else:
            client_business_entity_id = self.client_business_entity_id

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

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, ClientDetailAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, ClientDetailBillingAddressType0):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, ClientDetailCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "sendInvoicesElectronically": send_invoices_electronically,
                "paymentTerms": payment_terms,
                "active": active,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "status": status,
                "industry": industry,
                "primaryContact": primary_contact,
                "engagements": engagements,
                "financialSummary": financial_summary,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if client_ref is not UNSET:
            field_dict["clientRef"] = client_ref
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
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_detail_address_type_0 import ClientDetailAddressType0
        from ..models.client_detail_billing_address_type_0 import (
            ClientDetailBillingAddressType0,
        )
        from ..models.client_detail_custom_fields_type_0 import (
            ClientDetailCustomFieldsType0,
        )
        from ..models.client_engagement import ClientEngagement
        from ..models.financial_summary import FinancialSummary
        from ..models.primary_contact import PrimaryContact

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        send_invoices_electronically = d.pop("sendInvoicesElectronically")

        payment_terms = ClientDetailPaymentterms(d.pop("paymentTerms"))

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        status = ClientDetailStatus(d.pop("status"))

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(d.pop("industry"))

        def _parse_primary_contact(data: object) -> None | PrimaryContact:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_contact_type_0 = PrimaryContact.from_dict(data)

                return primary_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrimaryContact, data)

        primary_contact = _parse_primary_contact(d.pop("primaryContact"))

        engagements = []
        _engagements = d.pop("engagements")
        for engagements_item_data in _engagements:
            engagements_item = ClientEngagement.from_dict(engagements_item_data)

            engagements.append(engagements_item)

        financial_summary = FinancialSummary.from_dict(d.pop("financialSummary"))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_client_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ref = _parse_client_ref(d.pop("clientRef", UNSET))

        def _parse_client_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_key = _parse_client_key(d.pop("clientKey", UNSET))

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

        def _parse_office_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        office_id = _parse_office_id(d.pop("officeId", UNSET))

        def _parse_dept_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dept_id = _parse_dept_id(d.pop("deptId", UNSET))

        def _parse_industry_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        industry_id = _parse_industry_id(d.pop("industryId", UNSET))

        def _parse_service_line_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_client_business_entity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_business_entity_id = _parse_client_business_entity_id(
            d.pop("clientBusinessEntityId", UNSET)
        )

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

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("taxId", UNSET))

        def _parse_address(data: object) -> ClientDetailAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = ClientDetailAddressType0.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientDetailAddressType0 | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_billing_address(
            data: object,
        ) -> ClientDetailBillingAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = ClientDetailBillingAddressType0.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientDetailBillingAddressType0 | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billingAddress", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> ClientDetailCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = ClientDetailCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientDetailCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legalName", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        client_detail = cls(
            id=id,
            name=name,
            send_invoices_electronically=send_invoices_electronically,
            payment_terms=payment_terms,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            status=status,
            industry=industry,
            primary_contact=primary_contact,
            engagements=engagements,
            financial_summary=financial_summary,
            pms_ref=pms_ref,
            client_ref=client_ref,
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
            custom_fields=custom_fields,
            legal_name=legal_name,
            size=size,
            type_=type_,
        )

        client_detail.additional_properties = d
        return client_detail

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
