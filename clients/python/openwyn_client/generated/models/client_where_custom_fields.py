from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.map_comparison import MapComparison


T = TypeVar("T", bound="ClientWhereCustomFields")


@_attrs_define
class ClientWhereCustomFields:
    """Compare members by key, e.g. {"region": {"_eq": "West"}}."""

    additional_properties: dict[str, MapComparison] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.map_comparison import MapComparison

        d = dict(src_dict)
        client_where_custom_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MapComparison.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        client_where_custom_fields.additional_properties = additional_properties
        return client_where_custom_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MapComparison:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MapComparison) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
