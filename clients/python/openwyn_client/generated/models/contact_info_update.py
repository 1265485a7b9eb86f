from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contact_info_update_kind import ContactInfoUpdateKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="ContactInfoUpdate")


@_attrs_define
class ContactInfoUpdate:
    """
    Attributes:
        pms_ref (None | str | Unset):
        contact_id (int | ReferenceType1 | ReferenceType2 | Unset): An id, or {"pmsRef": ...} or {"systemRef": ...}
            naming the object by its id in the practice management system.
        kind (ContactInfoUpdateKind | Unset):
        label (None | str | Unset):
        value (None | str | Unset):
        address (Address | None | Unset):
        is_primary (bool | Unset):
    """

    pms_ref: None | str | Unset = UNSET
    contact_id: int | ReferenceType1 | ReferenceType2 | Unset = UNSET
    kind: ContactInfoUpdateKind | Unset = UNSET
    label: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    is_primary: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        contact_id: dict[str, Any] | int | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        elif isinstance(self.contact_id, ReferenceType1) or isinstance(
            self.contact_id, ReferenceType2
        ):
            contact_id = self.contact_id.to_dict()
        else:
            contact_id = self.contact_id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        is_primary = self.is_primary

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if address is not UNSET:
            field_dict["address"] = address
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_contact_id(
            data: object,
        ) -> int | ReferenceType1 | ReferenceType2 | Unset:
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
            return cast(int | ReferenceType1 | ReferenceType2 | Unset, data)

        contact_id = _parse_contact_id(d.pop("contactId", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ContactInfoUpdateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ContactInfoUpdateKind(_kind)

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

        is_primary = d.pop("isPrimary", UNSET)

        contact_info_update = cls(
            pms_ref=pms_ref,
            contact_id=contact_id,
            kind=kind,
            label=label,
            value=value,
            address=address,
            is_primary=is_primary,
        )

        return contact_info_update
