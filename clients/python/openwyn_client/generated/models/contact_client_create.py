from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="ContactClientCreate")


@_attrs_define
class ContactClientCreate:
    """
    Attributes:
        contact_id (int | ReferenceType1 | ReferenceType2): An id, or {"pmsRef": ...} or {"systemRef": ...} naming the
            object by its id in the practice management system.
        client_id (int | ReferenceType1 | ReferenceType2): An id, or {"pmsRef": ...} or {"systemRef": ...} naming the
            object by its id in the practice management system.
        pms_ref (None | str | Unset):
        is_primary (bool | Unset):
        is_billing (bool | Unset):
        role (None | str | Unset):
    """

    contact_id: int | ReferenceType1 | ReferenceType2
    client_id: int | ReferenceType1 | ReferenceType2
    pms_ref: None | str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    is_billing: bool | Unset = UNSET
    role: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        contact_id: dict[str, Any] | int
        if isinstance(self.contact_id, ReferenceType1) or isinstance(
            self.contact_id, ReferenceType2
        ):
            contact_id = self.contact_id.to_dict()
        else:
            contact_id = self.contact_id

        client_id: dict[str, Any] | int
        if isinstance(self.client_id, ReferenceType1) or isinstance(
            self.client_id, ReferenceType2
        ):
            client_id = self.client_id.to_dict()
        else:
            client_id = self.client_id

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        is_primary = self.is_primary

        is_billing = self.is_billing

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contactId": contact_id,
                "clientId": client_id,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary
        if is_billing is not UNSET:
            field_dict["isBilling"] = is_billing
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)

        def _parse_contact_id(data: object) -> int | ReferenceType1 | ReferenceType2:
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
            return cast(int | ReferenceType1 | ReferenceType2, data)

        contact_id = _parse_contact_id(d.pop("contactId"))

        def _parse_client_id(data: object) -> int | ReferenceType1 | ReferenceType2:
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
            return cast(int | ReferenceType1 | ReferenceType2, data)

        client_id = _parse_client_id(d.pop("clientId"))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        is_primary = d.pop("isPrimary", UNSET)

        is_billing = d.pop("isBilling", UNSET)

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        contact_client_create = cls(
            contact_id=contact_id,
            client_id=client_id,
            pms_ref=pms_ref,
            is_primary=is_primary,
            is_billing=is_billing,
            role=role,
        )

        return contact_client_create
