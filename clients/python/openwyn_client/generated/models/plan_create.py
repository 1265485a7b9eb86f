from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.plan_create_frequency import PlanCreateFrequency
from ..models.plan_create_kind import PlanCreateKind
from ..models.plan_create_paymentmethod import PlanCreatePaymentmethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """A plan of a client: RECURRING charges `amount` each period (required there), AUTOPAY
    the client's posted open invoices (no `amount`).

        Attributes:
            client_id (int):
            kind (PlanCreateKind):
            frequency (PlanCreateFrequency):
            start_date (datetime.date):
            processor_token (str):
            amount (float | None | str | Unset):
            end_date (datetime.date | None | Unset):
            payment_method (PlanCreatePaymentmethod | Unset):  Default: PlanCreatePaymentmethod.CREDIT_CARD.
    """

    client_id: int
    kind: PlanCreateKind
    frequency: PlanCreateFrequency
    start_date: datetime.date
    processor_token: str
    amount: float | None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    payment_method: PlanCreatePaymentmethod | Unset = (
        PlanCreatePaymentmethod.CREDIT_CARD
    )

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        kind = self.kind.value

        frequency = self.frequency.value

        start_date = self.start_date.isoformat()

        processor_token = self.processor_token

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "kind": kind,
                "frequency": frequency,
                "startDate": start_date,
                "processorToken": processor_token,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        kind = PlanCreateKind(d.pop("kind"))

        frequency = PlanCreateFrequency(d.pop("frequency"))

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        processor_token = d.pop("processorToken")

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PlanCreatePaymentmethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PlanCreatePaymentmethod(_payment_method)

        plan_create = cls(
            client_id=client_id,
            kind=kind,
            frequency=frequency,
            start_date=start_date,
            processor_token=processor_token,
            amount=amount,
            end_date=end_date,
            payment_method=payment_method,
        )

        return plan_create
