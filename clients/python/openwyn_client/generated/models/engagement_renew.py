from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_change import PriceChange


T = TypeVar("T", bound="EngagementRenew")


@_attrs_define
class EngagementRenew:
    """The renewal's term and, by service description, its new prices.

    Attributes:
        start_date (datetime.date):
        end_date (datetime.date | None | Unset):
        price_changes (list[PriceChange] | Unset):
    """

    start_date: datetime.date
    end_date: datetime.date | None | Unset = UNSET
    price_changes: list[PriceChange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        price_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_changes, Unset):
            price_changes = []
            for price_changes_item_data in self.price_changes:
                price_changes_item = price_changes_item_data.to_dict()
                price_changes.append(price_changes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startDate": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if price_changes is not UNSET:
            field_dict["priceChanges"] = price_changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price_change import PriceChange

        d = dict(src_dict)
        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        _price_changes = d.pop("priceChanges", UNSET)
        price_changes: list[PriceChange] | Unset = UNSET
        if _price_changes is not UNSET:
            price_changes = []
            for price_changes_item_data in _price_changes:
                price_changes_item = PriceChange.from_dict(price_changes_item_data)

                price_changes.append(price_changes_item)

        engagement_renew = cls(
            start_date=start_date,
            end_date=end_date,
            price_changes=price_changes,
        )

        return engagement_renew
