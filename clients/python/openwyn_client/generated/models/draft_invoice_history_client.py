from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftInvoiceHistoryClient")


@_attrs_define
class DraftInvoiceHistoryClient:
    """
    Attributes:
        active (bool):
        client_ref (None | str):
        name (str):
        pms_ref (None | str):
    """

    active: bool
    client_ref: None | str
    name: str
    pms_ref: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        client_ref: None | str
        client_ref = self.client_ref

        name = self.name

        pms_ref: None | str
        pms_ref = self.pms_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "clientRef": client_ref,
                "name": name,
                "pmsRef": pms_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_client_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_ref = _parse_client_ref(d.pop("clientRef"))

        name = d.pop("name")

        def _parse_pms_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef"))

        draft_invoice_history_client = cls(
            active=active,
            client_ref=client_ref,
            name=name,
            pms_ref=pms_ref,
        )

        draft_invoice_history_client.additional_properties = d
        return draft_invoice_history_client

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
