from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_plan_order_by import PaymentPlanOrderBy
    from ..models.payment_plan_where import PaymentPlanWhere


T = TypeVar("T", bound="PaymentPlanSearchRequest")


@_attrs_define
class PaymentPlanSearchRequest:
    """
    Attributes:
        page_size (int | None | Unset):
        limit (int | None | Unset): A synonym of pageSize.
        page (int | None | Unset): Zero-based page index.
        cursor (None | str | Unset): endCursor of the previous answer, instead of page.
        where (None | PaymentPlanWhere | Unset):
        order_by (list[PaymentPlanOrderBy] | None | Unset):
    """

    page_size: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    where: None | PaymentPlanWhere | Unset = UNSET
    order_by: list[PaymentPlanOrderBy] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_plan_where import PaymentPlanWhere

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        where: dict[str, Any] | None | Unset
        if isinstance(self.where, Unset):
            where = UNSET
        elif isinstance(self.where, PaymentPlanWhere):
            where = self.where.to_dict()
        else:
            where = self.where

        order_by: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        elif isinstance(self.order_by, list):
            order_by = []
            for order_by_type_0_item_data in self.order_by:
                order_by_type_0_item = order_by_type_0_item_data.to_dict()
                order_by.append(order_by_type_0_item)

        else:
            order_by = self.order_by

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if where is not UNSET:
            field_dict["where"] = where
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_plan_order_by import PaymentPlanOrderBy
        from ..models.payment_plan_where import PaymentPlanWhere

        d = dict(src_dict)

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(d.pop("pageSize", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_where(data: object) -> None | PaymentPlanWhere | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                where_type_0 = PaymentPlanWhere.from_dict(data)

                return where_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentPlanWhere | Unset, data)

        where = _parse_where(d.pop("where", UNSET))

        def _parse_order_by(data: object) -> list[PaymentPlanOrderBy] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_0 = []
                _order_by_type_0 = data
                for order_by_type_0_item_data in _order_by_type_0:
                    order_by_type_0_item = PaymentPlanOrderBy.from_dict(
                        order_by_type_0_item_data
                    )

                    order_by_type_0.append(order_by_type_0_item)

                return order_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentPlanOrderBy] | None | Unset, data)

        order_by = _parse_order_by(d.pop("orderBy", UNSET))

        payment_plan_search_request = cls(
            page_size=page_size,
            limit=limit,
            page=page,
            cursor=cursor,
            where=where,
            order_by=order_by,
        )

        return payment_plan_search_request
