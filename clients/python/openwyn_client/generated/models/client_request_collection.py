from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_request import ClientRequest
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="ClientRequestCollection")


@_attrs_define
class ClientRequestCollection:
    """
    Attributes:
        client_requests (list[ClientRequest]):
        total (Total):
        page_info (PageInfo):
    """

    client_requests: list[ClientRequest]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_requests = []
        for client_requests_item_data in self.client_requests:
            client_requests_item = client_requests_item_data.to_dict()
            client_requests.append(client_requests_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientRequests": client_requests,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_request import ClientRequest
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        client_requests = []
        _client_requests = d.pop("clientRequests")
        for client_requests_item_data in _client_requests:
            client_requests_item = ClientRequest.from_dict(client_requests_item_data)

            client_requests.append(client_requests_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        client_request_collection = cls(
            client_requests=client_requests,
            total=total,
            page_info=page_info,
        )

        client_request_collection.additional_properties = d
        return client_request_collection

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
