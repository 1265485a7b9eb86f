from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.service_in_billingschedule import ServiceInBillingschedule
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceIn")


@_attrs_define
class ServiceIn:
    """A service the letter offers; a prepayment needs a job to bill it against.

    Attributes:
        description (str):
        price (float | str): An exact amount with at most two decimals, as a number or a numeric string.
        billing_schedule (ServiceInBillingschedule):
        job_id (int | None | Unset):
        service_line_id (int | None | Unset):
        prepayment_amount (float | None | str | Unset):
    """

    description: str
    price: float | str
    billing_schedule: ServiceInBillingschedule
    job_id: int | None | Unset = UNSET
    service_line_id: int | None | Unset = UNSET
    prepayment_amount: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        price: float | str
        price = self.price

        billing_schedule = self.billing_schedule.value

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        service_line_id: int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = self.service_line_id

        prepayment_amount: float | None | str | Unset
        if isinstance(self.prepayment_amount, Unset):
            prepayment_amount = UNSET
        else:
            prepayment_amount = self.prepayment_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "price": price,
                "billingSchedule": billing_schedule,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if prepayment_amount is not UNSET:
            field_dict["prepaymentAmount"] = prepayment_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_price(data: object) -> float | str:
            return cast(float | str, data)

        price = _parse_price(d.pop("price"))

        billing_schedule = ServiceInBillingschedule(d.pop("billingSchedule"))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_service_line_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_prepayment_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        prepayment_amount = _parse_prepayment_amount(d.pop("prepaymentAmount", UNSET))

        service_in = cls(
            description=description,
            price=price,
            billing_schedule=billing_schedule,
            job_id=job_id,
            service_line_id=service_line_id,
            prepayment_amount=prepayment_amount,
        )

        return service_in
