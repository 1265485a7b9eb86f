from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind import ContactInfoKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_info_address_type_0 import ContactInfoAddressType0


T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo:
    """
    Attributes:
        id (int):
        contact_id (int):
        kind (ContactInfoKind):
        is_primary (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        pms_ref (None | str | Unset):
        label (None | str | Unset):
        value (None | str | Unset):
        address (ContactInfoAddressType0 | None | Unset):
    """

    id: int
    contact_id: int
    kind: ContactInfoKind
    is_primary: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    pms_ref: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    address: ContactInfoAddressType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_info_address_type_0 import ContactInfoAddressType0

        id = self.id

        contact_id = self.contact_id

        kind = self.kind.value

        is_primary = self.is_primary

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, ContactInfoAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contactId": contact_id,
                "kind": kind,
                "isPrimary": is_primary,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_info_address_type_0 import ContactInfoAddressType0

        d = dict(src_dict)
        id = d.pop("id")

        contact_id = d.pop("contactId")

        kind = ContactInfoKind(d.pop("kind"))

        is_primary = d.pop("isPrimary")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_address(data: object) -> ContactInfoAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = ContactInfoAddressType0.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactInfoAddressType0 | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        contact_info = cls(
            id=id,
            contact_id=contact_id,
            kind=kind,
            is_primary=is_primary,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            pms_ref=pms_ref,
            label=label,
            value=value,
            address=address,
        )

        contact_info.additional_properties = d
        return contact_info

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
