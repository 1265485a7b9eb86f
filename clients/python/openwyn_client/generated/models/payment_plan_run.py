from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentPlanRun")


@_attrs_define
class PaymentPlanRun:
    """
    Attributes:
        period_start (datetime.date):
        status (str):
        payment_id (int | None):
        attempts (int):
        next_attempt_at (datetime.datetime | None):
        failure_code (None | str):
    """

    period_start: datetime.date
    status: str
    payment_id: int | None
    attempts: int
    next_attempt_at: datetime.datetime | None
    failure_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        status = self.status

        payment_id: int | None
        payment_id = self.payment_id

        attempts = self.attempts

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        failure_code: None | str
        failure_code = self.failure_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periodStart": period_start,
                "status": status,
                "paymentId": payment_id,
                "attempts": attempts,
                "nextAttemptAt": next_attempt_at,
                "failureCode": failure_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("periodStart"))

        status = d.pop("status")

        def _parse_payment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payment_id = _parse_payment_id(d.pop("paymentId"))

        attempts = d.pop("attempts")

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        def _parse_failure_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_code = _parse_failure_code(d.pop("failureCode"))

        payment_plan_run = cls(
            period_start=period_start,
            status=status,
            payment_id=payment_id,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            failure_code=failure_code,
        )

        payment_plan_run.additional_properties = d
        return payment_plan_run

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
