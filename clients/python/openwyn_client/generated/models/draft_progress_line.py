from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DraftProgressLine")


@_attrs_define
class DraftProgressLine:
    """
    Attributes:
        job_id (int):
        amount (float | str): An exact amount with at most two decimals, as a number or a numeric string.
        description (str):
    """

    job_id: int
    amount: float | str
    description: str

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        amount: float | str
        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "amount": amount,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        description = d.pop("description")

        draft_progress_line = cls(
            job_id=job_id,
            amount=amount,
            description=description,
        )

        return draft_progress_line
