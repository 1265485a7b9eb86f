from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ar_transaction import ArTransaction
    from ..models.page_info import PageInfo
    from ..models.total import Total


T = TypeVar("T", bound="ArTransactionCollection")


@_attrs_define
class ArTransactionCollection:
    """
    Attributes:
        ar_transactions (list[ArTransaction]):
        total (Total):
        page_info (PageInfo):
    """

    ar_transactions: list[ArTransaction]
    total: Total
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ar_transactions = []
        for ar_transactions_item_data in self.ar_transactions:
            ar_transactions_item = ar_transactions_item_data.to_dict()
            ar_transactions.append(ar_transactions_item)

        total = self.total.to_dict()

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arTransactions": ar_transactions,
                "total": total,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ar_transaction import ArTransaction
        from ..models.page_info import PageInfo
        from ..models.total import Total

        d = dict(src_dict)
        ar_transactions = []
        _ar_transactions = d.pop("arTransactions")
        for ar_transactions_item_data in _ar_transactions:
            ar_transactions_item = ArTransaction.from_dict(ar_transactions_item_data)

            ar_transactions.append(ar_transactions_item)

        total = Total.from_dict(d.pop("total"))

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        ar_transaction_collection = cls(
            ar_transactions=ar_transactions,
            total=total,
            page_info=page_info,
        )

        ar_transaction_collection.additional_properties = d
        return ar_transaction_collection

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
