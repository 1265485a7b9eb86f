from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.communication_preferences_email_frequency_type_0 import (
    CommunicationPreferencesEmailFrequencyType0,
)
from ..models.communication_preferences_preferred_method_type_0 import (
    CommunicationPreferencesPreferredMethodType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunicationPreferences")


@_attrs_define
class CommunicationPreferences:
    """How the contact likes to be reached; every member optional, none null. A write
    replaces the whole object, as it does an address.

        Attributes:
            preferred_method (CommunicationPreferencesPreferredMethodType0 | None | Unset):
            email_frequency (CommunicationPreferencesEmailFrequencyType0 | None | Unset):
            newsletter_subscription (bool | None | Unset):
            marketing_emails (bool | None | Unset):
    """

    preferred_method: CommunicationPreferencesPreferredMethodType0 | None | Unset = (
        UNSET
    )
    email_frequency: CommunicationPreferencesEmailFrequencyType0 | None | Unset = UNSET
    newsletter_subscription: bool | None | Unset = UNSET
    marketing_emails: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        preferred_method: None | str | Unset
        if isinstance(self.preferred_method, Unset):
            preferred_method = UNSET
        elif isinstance(
            self.preferred_method, CommunicationPreferencesPreferredMethodType0
        ):
            preferred_method = self.preferred_method.value
        else:
            preferred_method = self.preferred_method

        email_frequency: None | str | Unset
        if isinstance(self.email_frequency, Unset):
            email_frequency = UNSET
        elif isinstance(
            self.email_frequency, CommunicationPreferencesEmailFrequencyType0
        ):
            email_frequency = self.email_frequency.value
        else:
            email_frequency = self.email_frequency

        newsletter_subscription: bool | None | Unset
        if isinstance(self.newsletter_subscription, Unset):
            newsletter_subscription = UNSET
        else:
            newsletter_subscription = self.newsletter_subscription

        marketing_emails: bool | None | Unset
        if isinstance(self.marketing_emails, Unset):
            marketing_emails = UNSET
        else:
            marketing_emails = self.marketing_emails

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if preferred_method is not UNSET:
            field_dict["preferredMethod"] = preferred_method
        if email_frequency is not UNSET:
            field_dict["emailFrequency"] = email_frequency
        if newsletter_subscription is not UNSET:
            field_dict["newsletterSubscription"] = newsletter_subscription
        if marketing_emails is not UNSET:
            field_dict["marketingEmails"] = marketing_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_preferred_method(
            data: object,
        ) -> CommunicationPreferencesPreferredMethodType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_method_type_0 = CommunicationPreferencesPreferredMethodType0(
                    data
                )

                return preferred_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CommunicationPreferencesPreferredMethodType0 | None | Unset, data
            )

        preferred_method = _parse_preferred_method(d.pop("preferredMethod", UNSET))

        def _parse_email_frequency(
            data: object,
        ) -> CommunicationPreferencesEmailFrequencyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_frequency_type_0 = CommunicationPreferencesEmailFrequencyType0(
                    data
                )

                return email_frequency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CommunicationPreferencesEmailFrequencyType0 | None | Unset, data
            )

        email_frequency = _parse_email_frequency(d.pop("emailFrequency", UNSET))

        def _parse_newsletter_subscription(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        newsletter_subscription = _parse_newsletter_subscription(
            d.pop("newsletterSubscription", UNSET)
        )

        def _parse_marketing_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        marketing_emails = _parse_marketing_emails(d.pop("marketingEmails", UNSET))

        communication_preferences = cls(
            preferred_method=preferred_method,
            email_frequency=email_frequency,
            newsletter_subscription=newsletter_subscription,
            marketing_emails=marketing_emails,
        )

        return communication_preferences
