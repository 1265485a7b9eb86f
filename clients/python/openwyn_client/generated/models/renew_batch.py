from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.renew_item import RenewItem


T = TypeVar("T", bound="RenewBatch")


@_attrs_define
class RenewBatch:
    """
    Attributes:
        renewals (list[RenewItem]):
    """

    renewals: list[RenewItem]

    def to_dict(self) -> dict[str, Any]:
        renewals = []
        for renewals_item_data in self.renewals:
            renewals_item = renewals_item_data.to_dict()
            renewals.append(renewals_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "renewals": renewals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.renew_item import RenewItem

        d = dict(src_dict)
        renewals = []
        _renewals = d.pop("renewals")
        for renewals_item_data in _renewals:
            renewals_item = RenewItem.from_dict(renewals_item_data)

            renewals.append(renewals_item)

        renew_batch = cls(
            renewals=renewals,
        )

        return renew_batch
