from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_key_created import ApiKeyCreated
    from ..models.tenant_read import TenantRead


T = TypeVar("T", bound="TenantCreated")


@_attrs_define
class TenantCreated:
    """
    Attributes:
        tenant (TenantRead):
        api_key (ApiKeyCreated):
    """

    tenant: TenantRead
    api_key: ApiKeyCreated
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant = self.tenant.to_dict()

        api_key = self.api_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenant": tenant,
                "apiKey": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_key_created import ApiKeyCreated
        from ..models.tenant_read import TenantRead

        d = dict(src_dict)
        tenant = TenantRead.from_dict(d.pop("tenant"))

        api_key = ApiKeyCreated.from_dict(d.pop("apiKey"))

        tenant_created = cls(
            tenant=tenant,
            api_key=api_key,
        )

        tenant_created.additional_properties = d
        return tenant_created

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
