from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EngagementSigner")


@_attrs_define
class EngagementSigner:
    """
    Attributes:
        id (int):
        contact_id (int):
        name (None | str):
        email (None | str):
        role (str):
        status (str):
        signed_name (None | str):
        signed_at (datetime.datetime | None):
    """

    id: int
    contact_id: int
    name: None | str
    email: None | str
    role: str
    status: str
    signed_name: None | str
    signed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact_id = self.contact_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        role = self.role

        status = self.status

        signed_name: None | str
        signed_name = self.signed_name

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contactId": contact_id,
                "name": name,
                "email": email,
                "role": role,
                "status": status,
                "signedName": signed_name,
                "signedAt": signed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        contact_id = d.pop("contactId")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        role = d.pop("role")

        status = d.pop("status")

        def _parse_signed_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_name = _parse_signed_name(d.pop("signedName"))

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signedAt"))

        engagement_signer = cls(
            id=id,
            contact_id=contact_id,
            name=name,
            email=email,
            role=role,
            status=status,
            signed_name=signed_name,
            signed_at=signed_at,
        )

        engagement_signer.additional_properties = d
        return engagement_signer

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
