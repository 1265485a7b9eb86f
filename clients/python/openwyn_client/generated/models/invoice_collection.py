from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_row import InvoiceRow
    from ..models.invoice_total import InvoiceTotal
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="InvoiceCollection")


@_attrs_define
class InvoiceCollection:
    """
    Attributes:
        invoices (list[InvoiceRow]):
        total (InvoiceTotal):
        page_info (PageInfo):
    """

    invoices: list[InvoiceRow]
    total: InvoiceTotal
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoices": invoices,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_row import InvoiceRow
        from ..models.invoice_total import InvoiceTotal
        from ..models.page_info import PageInfo

        d = dict(src_dict)
        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = InvoiceRow.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        total = InvoiceTotal.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        invoice_collection = cls(
            invoices=invoices,
            total=total,
            page_info=page_info,
        )

        invoice_collection.additional_properties = d
        return invoice_collection

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
