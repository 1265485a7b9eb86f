from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_client import ContactClient
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="ContactClientCollection")


@_attrs_define
class ContactClientCollection:
    """
    Attributes:
        contact_clients (list[ContactClient]):
        total (Total):
        page_info (PageInfo):
    """

    contact_clients: list[ContactClient]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_clients = []
        for contact_clients_item_data in self.contact_clients:
            contact_clients_item = contact_clients_item_data.to_dict()
            contact_clients.append(contact_clients_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactClients": contact_clients,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_client import ContactClient
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        contact_clients = []
        _contact_clients = d.pop("contactClients")
        for contact_clients_item_data in _contact_clients:
            contact_clients_item = ContactClient.from_dict(contact_clients_item_data)

            contact_clients.append(contact_clients_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        contact_client_collection = cls(
            contact_clients=contact_clients,
            total=total,
            page_info=page_info,
        )

        contact_client_collection.additional_properties = d
        return contact_client_collection

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
