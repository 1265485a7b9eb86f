from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.draft_invoice import DraftInvoice
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="DraftInvoiceCollection")


@_attrs_define
class DraftInvoiceCollection:
    """
    Attributes:
        draft_invoices (list[DraftInvoice]):
        total (Total):
        page_info (PageInfo):
    """

    draft_invoices: list[DraftInvoice]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft_invoices = []
        for draft_invoices_item_data in self.draft_invoices:
            draft_invoices_item = draft_invoices_item_data.to_dict()
            draft_invoices.append(draft_invoices_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draftInvoices": draft_invoices,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.draft_invoice import DraftInvoice
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        draft_invoices = []
        _draft_invoices = d.pop("draftInvoices")
        for draft_invoices_item_data in _draft_invoices:
            draft_invoices_item = DraftInvoice.from_dict(draft_invoices_item_data)

            draft_invoices.append(draft_invoices_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        draft_invoice_collection = cls(
            draft_invoices=draft_invoices,
            total=total,
            page_info=page_info,
        )

        draft_invoice_collection.additional_properties = d
        return draft_invoice_collection

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
