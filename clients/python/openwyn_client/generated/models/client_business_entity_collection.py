from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_business_entity import ClientBusinessEntity
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="ClientBusinessEntityCollection")


@_attrs_define
class ClientBusinessEntityCollection:
    """
    Attributes:
        client_business_entities (list[ClientBusinessEntity]):
        total (Total):
        page_info (PageInfo):
    """

    client_business_entities: list[ClientBusinessEntity]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_business_entities = []
        for client_business_entities_item_data in self.client_business_entities:
            client_business_entities_item = client_business_entities_item_data.to_dict()
            client_business_entities.append(client_business_entities_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientBusinessEntities": client_business_entities,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_business_entity import ClientBusinessEntity
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        client_business_entities = []
        _client_business_entities = d.pop("clientBusinessEntities")
        for client_business_entities_item_data in _client_business_entities:
            client_business_entities_item = ClientBusinessEntity.from_dict(
                client_business_entities_item_data
            )

            client_business_entities.append(client_business_entities_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        client_business_entity_collection = cls(
            client_business_entities=client_business_entities,
            total=total,
            page_info=page_info,
        )

        client_business_entity_collection.additional_properties = d
        return client_business_entity_collection

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
