from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    """
    Attributes:
        id (int):
        subscription_id (int):
        event_id (str):
        entity_type (str):
        operation (str): CREATE, UPDATE, DELETE, or a workflow operation of the catalog (e.g. POSTED of invoice).
        entity_id (int):
        attempt (int):
        status (str): PENDING, SUCCEEDED, RETRYING, FAILED, or FILTERED (the subscription's filter could not be
            evaluated).
        status_code (int | None):
        response_body (None | str):
        duration_ms (int | None):
        error (None | str):
        created_at (str):
        next_attempt_at (None | str):
    """

    id: int
    subscription_id: int
    event_id: str
    entity_type: str
    operation: str
    entity_id: int
    attempt: int
    status: str
    status_code: int | None
    response_body: None | str
    duration_ms: int | None
    error: None | str
    created_at: str
    next_attempt_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscription_id = self.subscription_id

        event_id = self.event_id

        entity_type = self.entity_type

        operation = self.operation

        entity_id = self.entity_id

        attempt = self.attempt

        status = self.status

        status_code: int | None
        status_code = self.status_code

        response_body: None | str
        response_body = self.response_body

        duration_ms: int | None
        duration_ms = self.duration_ms

        error: None | str
        error = self.error

        created_at = self.created_at

        next_attempt_at: None | str
        next_attempt_at = self.next_attempt_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subscriptionId": subscription_id,
                "eventId": event_id,
                "entityType": entity_type,
                "operation": operation,
                "entityId": entity_id,
                "attempt": attempt,
                "status": status,
                "statusCode": status_code,
                "responseBody": response_body,
                "durationMs": duration_ms,
                "error": error,
                "createdAt": created_at,
                "nextAttemptAt": next_attempt_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        subscription_id = d.pop("subscriptionId")

        event_id = d.pop("eventId")

        entity_type = d.pop("entityType")

        operation = d.pop("operation")

        entity_id = d.pop("entityId")

        attempt = d.pop("attempt")

        status = d.pop("status")

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("statusCode"))

        def _parse_response_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response_body = _parse_response_body(d.pop("responseBody"))

        def _parse_duration_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_ms = _parse_duration_ms(d.pop("durationMs"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        created_at = d.pop("createdAt")

        def _parse_next_attempt_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        delivery = cls(
            id=id,
            subscription_id=subscription_id,
            event_id=event_id,
            entity_type=entity_type,
            operation=operation,
            entity_id=entity_id,
            attempt=attempt,
            status=status,
            status_code=status_code,
            response_body=response_body,
            duration_ms=duration_ms,
            error=error,
            created_at=created_at,
            next_attempt_at=next_attempt_at,
        )

        delivery.additional_properties = d
        return delivery

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
