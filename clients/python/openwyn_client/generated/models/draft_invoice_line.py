from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftInvoiceLine")


@_attrs_define
class DraftInvoiceLine:
    """
    Attributes:
        id (int):
        description (str):
        quantity (float):
        unit_price (float):
        amount (float):
        tax_rate (float):
        tax_amount (float):
        notes (None | str):
        job_id (int | None):
        wip_ids (list[int]):
        standard_amount (float):
        adjustment (float):
    """

    id: int
    description: str
    quantity: float
    unit_price: float
    amount: float
    tax_rate: float
    tax_amount: float
    notes: None | str
    job_id: int | None
    wip_ids: list[int]
    standard_amount: float
    adjustment: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        amount = self.amount

        tax_rate = self.tax_rate

        tax_amount = self.tax_amount

        notes: None | str
        notes = self.notes

        job_id: int | None
        job_id = self.job_id

        wip_ids = self.wip_ids

        standard_amount = self.standard_amount

        adjustment = self.adjustment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "quantity": quantity,
                "unitPrice": unit_price,
                "amount": amount,
                "taxRate": tax_rate,
                "taxAmount": tax_amount,
                "notes": notes,
                "jobId": job_id,
                "wipIds": wip_ids,
                "standardAmount": standard_amount,
                "adjustment": adjustment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        quantity = d.pop("quantity")

        unit_price = d.pop("unitPrice")

        amount = d.pop("amount")

        tax_rate = d.pop("taxRate")

        tax_amount = d.pop("taxAmount")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_job_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        job_id = _parse_job_id(d.pop("jobId"))

        wip_ids = cast(list[int], d.pop("wipIds"))

        standard_amount = d.pop("standardAmount")

        adjustment = d.pop("adjustment")

        draft_invoice_line = cls(
            id=id,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            amount=amount,
            tax_rate=tax_rate,
            tax_amount=tax_amount,
            notes=notes,
            job_id=job_id,
            wip_ids=wip_ids,
            standard_amount=standard_amount,
            adjustment=adjustment,
        )

        draft_invoice_line.additional_properties = d
        return draft_invoice_line

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
