from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.renew_batch_renewals_item_type_1 import RenewBatchRenewalsItemType1
    from ..models.renew_item import RenewItem


T = TypeVar("T", bound="RenewBatch")


@_attrs_define
class RenewBatch:
    """Each renewal is checked alone (`service.renew_many`).

    Attributes:
        renewals (list[RenewBatchRenewalsItemType1 | RenewItem]):
    """

    renewals: list[RenewBatchRenewalsItemType1 | RenewItem]

    def to_dict(self) -> dict[str, Any]:
        from ..models.renew_item import RenewItem

        renewals = []
        for renewals_item_data in self.renewals:
            renewals_item: dict[str, Any]
            if isinstance(renewals_item_data, RenewItem):
                renewals_item = renewals_item_data.to_dict()
            else:
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
        from ..models.renew_batch_renewals_item_type_1 import (
            RenewBatchRenewalsItemType1,
        )
        from ..models.renew_item import RenewItem

        d = dict(src_dict)
        renewals = []
        _renewals = d.pop("renewals")
        for renewals_item_data in _renewals:

            def _parse_renewals_item(
                data: object,
            ) -> RenewBatchRenewalsItemType1 | RenewItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    renewals_item_type_0 = RenewItem.from_dict(data)

                    return renewals_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                renewals_item_type_1 = RenewBatchRenewalsItemType1.from_dict(data)

                return renewals_item_type_1

            renewals_item = _parse_renewals_item(renewals_item_data)

            renewals.append(renewals_item)

        renew_batch = cls(
            renewals=renewals,
        )

        return renew_batch
