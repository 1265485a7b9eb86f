from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """
    Attributes:
        entity_type (str):
        operation (str):
        delivery_url (str):
        filter_expression (None | str | Unset):
        description (None | str | Unset):
    """

    entity_type: str
    operation: str
    delivery_url: str
    filter_expression: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        operation = self.operation

        delivery_url = self.delivery_url

        filter_expression: None | str | Unset
        if isinstance(self.filter_expression, Unset):
            filter_expression = UNSET
        else:
            filter_expression = self.filter_expression

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entityType": entity_type,
                "operation": operation,
                "deliveryUrl": delivery_url,
            }
        )
        if filter_expression is not UNSET:
            field_dict["filterExpression"] = filter_expression
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entity_type = d.pop("entityType")

        operation = d.pop("operation")

        delivery_url = d.pop("deliveryUrl")

        def _parse_filter_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filter_expression = _parse_filter_expression(d.pop("filterExpression", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        subscription_create = cls(
            entity_type=entity_type,
            operation=operation,
            delivery_url=delivery_url,
            filter_expression=filter_expression,
            description=description,
        )

        return subscription_create
