from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payment_plan_run import PaymentPlanRun


T = TypeVar("T", bound="PaymentPlanDetail")


@_attrs_define
class PaymentPlanDetail:
    """
    Attributes:
        id (int):
        client_id (int):
        kind (str):
        amount (float | None):
        frequency (str):
        start_date (datetime.date):
        end_date (datetime.date | None):
        payment_method (str):
        status (str):
        runs (list[PaymentPlanRun]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
    """

    id: int
    client_id: int
    kind: str
    amount: float | None
    frequency: str
    start_date: datetime.date
    end_date: datetime.date | None
    payment_method: str
    status: str
    runs: list[PaymentPlanRun]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        kind = self.kind

        amount: float | None
        amount = self.amount

        frequency = self.frequency

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        payment_method = self.payment_method

        status = self.status

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "kind": kind,
                "amount": amount,
                "frequency": frequency,
                "startDate": start_date,
                "endDate": end_date,
                "paymentMethod": payment_method,
                "status": status,
                "runs": runs,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_plan_run import PaymentPlanRun

        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("clientId")

        kind = d.pop("kind")

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount"))

        frequency = d.pop("frequency")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("endDate"))

        payment_method = d.pop("paymentMethod")

        status = d.pop("status")

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = PaymentPlanRun.from_dict(runs_item_data)

            runs.append(runs_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        payment_plan_detail = cls(
            id=id,
            client_id=client_id,
            kind=kind,
            amount=amount,
            frequency=frequency,
            start_date=start_date,
            end_date=end_date,
            payment_method=payment_method,
            status=status,
            runs=runs,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        payment_plan_detail.additional_properties = d
        return payment_plan_detail

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
