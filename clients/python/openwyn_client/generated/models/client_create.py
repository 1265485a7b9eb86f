from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.client_create_paymentterms import ClientCreatePaymentterms
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_create_custom_fields_type_0 import (
        ClientCreateCustomFieldsType0,
    )
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        name (str):
        pms_ref (None | str | Unset):
        client_ref (None | str | Unset):
        client_key (None | str | Unset):
        partner_staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        manager_staff_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        office_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        dept_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        industry_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        service_line_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        client_business_entity_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        website (None | str | Unset):
        tax_id (None | str | Unset):
        address (Address | None | Unset):
        billing_address (Address | None | Unset):
        send_invoices_electronically (bool | Unset):
        payment_terms (ClientCreatePaymentterms | Unset):
        custom_fields (ClientCreateCustomFieldsType0 | None | Unset):
        legal_name (None | str | Unset):
        size (None | str | Unset):
        type_ (None | str | Unset):
        active (bool | Unset):
    """

    name: str
    pms_ref: None | str | Unset = UNSET
    client_ref: None | str | Unset = UNSET
    client_key: None | str | Unset = UNSET
    partner_staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    manager_staff_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    office_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    dept_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    industry_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    service_line_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    client_business_entity_id: int | None | ReferenceType1 | ReferenceType2 | Unset = (
        UNSET
    )
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    billing_address: Address | None | Unset = UNSET
    send_invoices_electronically: bool | Unset = UNSET
    payment_terms: ClientCreatePaymentterms | Unset = UNSET
    custom_fields: ClientCreateCustomFieldsType0 | None | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address
        from ..models.client_create_custom_fields_type_0 import (
            ClientCreateCustomFieldsType0,
        )
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        name = self.name

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

        partner_staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.partner_staff_id, Unset):
            partner_staff_id = UNSET
        elif isinstance(self.partner_staff_id, ReferenceType1) or isinstance(
            self.partner_staff_id, ReferenceType2
        ):
            partner_staff_id = self.partner_staff_id.to_dict()
        else:
            partner_staff_id = self.partner_staff_id

        manager_staff_id: dict[str, Any] | int | None | Unset
        if isinstance(self.manager_staff_id, Unset):
            manager_staff_id = UNSET
        elif isinstance(self.manager_staff_id, ReferenceType1) or isinstance(
            self.manager_staff_id, ReferenceType2
        ):
            manager_staff_id = self.manager_staff_id.to_dict()
        else:
            manager_staff_id = self.manager_staff_id

        office_id: dict[str, Any] | int | None | Unset
        if isinstance(self.office_id, Unset):
            office_id = UNSET
        elif isinstance(self.office_id, ReferenceType1) or isinstance(
            self.office_id, ReferenceType2
        ):
            office_id = self.office_id.to_dict()
        else:
            office_id = self.office_id

        dept_id: dict[str, Any] | int | None | Unset
        if isinstance(self.dept_id, Unset):
            dept_id = UNSET
        elif isinstance(self.dept_id, ReferenceType1) or isinstance(
            self.dept_id, ReferenceType2
        ):
            dept_id = self.dept_id.to_dict()
        else:
            dept_id = self.dept_id

        industry_id: dict[str, Any] | int | None | Unset
        if isinstance(self.industry_id, Unset):
            industry_id = UNSET
        elif isinstance(self.industry_id, ReferenceType1) or isinstance(
            self.industry_id, ReferenceType2
        ):
            industry_id = self.industry_id.to_dict()
        else:
            industry_id = self.industry_id

        service_line_id: dict[str, Any] | int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        elif isinstance(self.service_line_id, ReferenceType1) or isinstance(
            self.service_line_id, ReferenceType2
        ):
            service_line_id = self.service_line_id.to_dict()
        else:
            service_line_id = self.service_line_id

        client_business_entity_id: dict[str, Any] | int | None | Unset
        if isinstance(self.client_business_entity_id, Unset):
            client_business_entity_id = UNSET
        elif isinstance(self.client_business_entity_id, ReferenceType1) or isinstance(
            self.client_business_entity_id, ReferenceType2
        ):
            client_business_entity_id = self.client_business_entity_id.to_dict()
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
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        send_invoices_electronically = self.send_invoices_electronically

        payment_terms: str | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.value

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, ClientCreateCustomFieldsType0):
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

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.client_create_custom_fields_type_0 import (
            ClientCreateCustomFieldsType0,
        )
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)
        name = d.pop("name")

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

        def _parse_partner_staff_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        partner_staff_id = _parse_partner_staff_id(d.pop("partnerStaffId", UNSET))

        def _parse_manager_staff_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        manager_staff_id = _parse_manager_staff_id(d.pop("managerStaffId", UNSET))

        def _parse_office_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        office_id = _parse_office_id(d.pop("officeId", UNSET))

        def _parse_dept_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        dept_id = _parse_dept_id(d.pop("deptId", UNSET))

        def _parse_industry_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        industry_id = _parse_industry_id(d.pop("industryId", UNSET))

        def _parse_service_line_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_client_business_entity_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

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

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_billing_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = Address.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billingAddress", UNSET))

        send_invoices_electronically = d.pop("sendInvoicesElectronically", UNSET)

        _payment_terms = d.pop("paymentTerms", UNSET)
        payment_terms: ClientCreatePaymentterms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = ClientCreatePaymentterms(_payment_terms)

        def _parse_custom_fields(
            data: object,
        ) -> ClientCreateCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = ClientCreateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientCreateCustomFieldsType0 | None | Unset, data)

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

        active = d.pop("active", UNSET)

        client_create = cls(
            name=name,
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
            send_invoices_electronically=send_invoices_electronically,
            payment_terms=payment_terms,
            custom_fields=custom_fields,
            legal_name=legal_name,
            size=size,
            type_=type_,
            active=active,
        )

        return client_create
