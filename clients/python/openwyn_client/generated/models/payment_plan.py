from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_plan_frequency import PaymentPlanFrequency
from ..models.payment_plan_kind import PaymentPlanKind
from ..models.payment_plan_paymentmethod import PaymentPlanPaymentmethod
from ..models.payment_plan_status import PaymentPlanStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentPlan")


@_attrs_define
class PaymentPlan:
    """
    Attributes:
        id (int):
        client_id (int):
        kind (PaymentPlanKind):
        frequency (PaymentPlanFrequency):
        start_date (datetime.date):
        payment_method (PaymentPlanPaymentmethod):
        status (PaymentPlanStatus):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        amount (float | None | Unset):
        end_date (datetime.date | None | Unset):
    """

    id: int
    client_id: int
    kind: PaymentPlanKind
    frequency: PaymentPlanFrequency
    start_date: datetime.date
    payment_method: PaymentPlanPaymentmethod
    status: PaymentPlanStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    amount: float | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        kind = self.kind.value

        frequency = self.frequency.value

        start_date = self.start_date.isoformat()

        payment_method = self.payment_method.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        amount: float | None | Unset
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "kind": kind,
                "frequency": frequency,
                "startDate": start_date,
                "paymentMethod": payment_method,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("clientId")

        kind = PaymentPlanKind(d.pop("kind"))

        frequency = PaymentPlanFrequency(d.pop("frequency"))

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        payment_method = PaymentPlanPaymentmethod(d.pop("paymentMethod"))

        status = PaymentPlanStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

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

        payment_plan = cls(
            id=id,
            client_id=client_id,
            kind=kind,
            frequency=frequency,
            start_date=start_date,
            payment_method=payment_method,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            amount=amount,
            end_date=end_date,
        )

        payment_plan.additional_properties = d
        return payment_plan

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
