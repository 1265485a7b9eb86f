from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription import Subscription


T = TypeVar("T", bound="SubscriptionCreated")


@_attrs_define
class SubscriptionCreated:
    """
    Attributes:
        subscription (Subscription):
        webhook_secret (str):
        webhook_secret_instructions (str):
    """

    subscription: Subscription
    webhook_secret: str
    webhook_secret_instructions: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription = self.subscription.to_dict()

        webhook_secret = self.webhook_secret

        webhook_secret_instructions = self.webhook_secret_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
                "webhookSecret": webhook_secret,
                "webhookSecretInstructions": webhook_secret_instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription import Subscription

        d = dict(src_dict)
        subscription = Subscription.from_dict(d.pop("subscription"))

        webhook_secret = d.pop("webhookSecret")

        webhook_secret_instructions = d.pop("webhookSecretInstructions")

        subscription_created = cls(
            subscription=subscription,
            webhook_secret=webhook_secret,
            webhook_secret_instructions=webhook_secret_instructions,
        )

        subscription_created.additional_properties = d
        return subscription_created

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
