from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.contact_info_where_address import ContactInfoWhereAddress
    from ..models.contact_info_where_kind import ContactInfoWhereKind
    from ..models.contact_where import ContactWhere
    from ..models.integer_comparison import IntegerComparison
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="ContactInfoWhere")


@_attrs_define
class ContactInfoWhere:
    """A boolean expression over ContactInfo fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[ContactInfoWhere] | Unset):
        field_or_ (list[ContactInfoWhere] | Unset):
        field_not_ (ContactInfoWhere | Unset): A boolean expression over ContactInfo fields and relations; keys are
            ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        contact_id (IntegerComparison | Unset):
        kind (ContactInfoWhereKind | Unset):
        label (StringComparison | Unset):
        value (StringComparison | Unset):
        address (ContactInfoWhereAddress | Unset):
        is_primary (BooleanComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        contact (ContactWhere | Unset): A boolean expression over Contact fields and relations; keys are ANDed.
    """

    field_and_: list[ContactInfoWhere] | Unset = UNSET
    field_or_: list[ContactInfoWhere] | Unset = UNSET
    field_not_: ContactInfoWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    contact_id: IntegerComparison | Unset = UNSET
    kind: ContactInfoWhereKind | Unset = UNSET
    label: StringComparison | Unset = UNSET
    value: StringComparison | Unset = UNSET
    address: ContactInfoWhereAddress | Unset = UNSET
    is_primary: BooleanComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    contact: ContactWhere | Unset = UNSET

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

        contact_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_id, Unset):
            contact_id = self.contact_id.to_dict()

        kind: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.to_dict()

        label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        is_primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_primary, Unset):
            is_primary = self.is_primary.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.contact_info_where_address import ContactInfoWhereAddress
        from ..models.contact_info_where_kind import ContactInfoWhereKind
        from ..models.contact_where import ContactWhere
        from ..models.integer_comparison import IntegerComparison
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[ContactInfoWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = ContactInfoWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[ContactInfoWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = ContactInfoWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: ContactInfoWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = ContactInfoWhere.from_dict(_field_not_)

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

        _contact_id = d.pop("contactId", UNSET)
        contact_id: IntegerComparison | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = IntegerComparison.from_dict(_contact_id)

        _kind = d.pop("kind", UNSET)
        kind: ContactInfoWhereKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ContactInfoWhereKind.from_dict(_kind)

        _label = d.pop("label", UNSET)
        label: StringComparison | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = StringComparison.from_dict(_label)

        _value = d.pop("value", UNSET)
        value: StringComparison | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = StringComparison.from_dict(_value)

        _address = d.pop("address", UNSET)
        address: ContactInfoWhereAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContactInfoWhereAddress.from_dict(_address)

        _is_primary = d.pop("isPrimary", UNSET)
        is_primary: BooleanComparison | Unset
        if isinstance(_is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = BooleanComparison.from_dict(_is_primary)

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

        _contact = d.pop("contact", UNSET)
        contact: ContactWhere | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactWhere.from_dict(_contact)

        contact_info_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            contact_id=contact_id,
            kind=kind,
            label=label,
            value=value,
            address=address,
            is_primary=is_primary,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            contact=contact,
        )

        return contact_info_where
