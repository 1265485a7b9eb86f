from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemIn")


@_attrs_define
class LineItemIn:
    """
    Attributes:
        description (str):
        quantity (float | str): More than 0, at most four decimals.
        unit_price (float | str): An exact amount with at most two decimals, as a number or a numeric string.
        tax_rate (float | None | str | Unset):
        notes (None | str | Unset):
        job_id (int | None | Unset):
    """

    description: str
    quantity: float | str
    unit_price: float | str
    tax_rate: float | None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    job_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity: float | str
        quantity = self.quantity

        unit_price: float | str
        unit_price = self.unit_price

        tax_rate: float | None | str | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "quantity": quantity,
                "unitPrice": unit_price,
            }
        )
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if notes is not UNSET:
            field_dict["notes"] = notes
        if job_id is not UNSET:
            field_dict["jobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_quantity(data: object) -> float | str:
            return cast(float | str, data)

        quantity = _parse_quantity(d.pop("quantity"))

        def _parse_unit_price(data: object) -> float | str:
            return cast(float | str, data)

        unit_price = _parse_unit_price(d.pop("unitPrice"))

        def _parse_tax_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        tax_rate = _parse_tax_rate(d.pop("taxRate", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        line_item_in = cls(
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            tax_rate=tax_rate,
            notes=notes,
            job_id=job_id,
        )

        return line_item_in
