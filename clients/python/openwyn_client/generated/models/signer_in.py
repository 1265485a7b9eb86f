from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.signer_in_role import SignerInRole

T = TypeVar("T", bound="SignerIn")


@_attrs_define
class SignerIn:
    """
    Attributes:
        contact_id (int):
        role (SignerInRole):
    """

    contact_id: int
    role: SignerInRole

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contactId": contact_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("contactId")

        role = SignerInRole(d.pop("role"))

        signer_in = cls(
            contact_id=contact_id,
            role=role,
        )

        return signer_in
