from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EngagementService")


@_attrs_define
class EngagementService:
    """
    Attributes:
        id (int):
        job_id (int | None):
        service_line_id (int | None):
        description (str):
        price (float):
        billing_schedule (str):
        prepayment_amount (float):
    """

    id: int
    job_id: int | None
    service_line_id: int | None
    description: str
    price: float
    billing_schedule: str
    prepayment_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id: int | None
        job_id = self.job_id

        service_line_id: int | None
        service_line_id = self.service_line_id

        description = self.description

        price = self.price

        billing_schedule = self.billing_schedule

        prepayment_amount = self.prepayment_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "jobId": job_id,
                "serviceLineId": service_line_id,
                "description": description,
                "price": price,
                "billingSchedule": billing_schedule,
                "prepaymentAmount": prepayment_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_job_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        job_id = _parse_job_id(d.pop("jobId"))

        def _parse_service_line_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId"))

        description = d.pop("description")

        price = d.pop("price")

        billing_schedule = d.pop("billingSchedule")

        prepayment_amount = d.pop("prepaymentAmount")

        engagement_service = cls(
            id=id,
            job_id=job_id,
            service_line_id=service_line_id,
            description=description,
            price=price,
            billing_schedule=billing_schedule,
            prepayment_amount=prepayment_amount,
        )

        engagement_service.additional_properties = d
        return engagement_service

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
