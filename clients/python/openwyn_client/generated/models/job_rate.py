from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobRate")


@_attrs_define
class JobRate:
    """One staff member's billing rate on this job, overriding their billingRate. Stored and
    answered as an exact numeric string (a JSON document holds no decimal type).

        Attributes:
            staff_id (int):
            rate (float | str): An exact amount with at most two decimals, as a number or a numeric string.
    """

    staff_id: int
    rate: float | str

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        rate: float | str
        rate = self.rate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "staffId": staff_id,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        staff_id = d.pop("staffId")

        def _parse_rate(data: object) -> float | str:
            return cast(float | str, data)

        rate = _parse_rate(d.pop("rate"))

        job_rate = cls(
            staff_id=staff_id,
            rate=rate,
        )

        return job_rate
