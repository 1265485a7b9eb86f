from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FinancialSummary")


@_attrs_define
class FinancialSummary:
    """From the accounts receivable ledger: posted invoices' total, what is outstanding on
    them and past due, unapplied credit, and the last payment's date.

        Attributes:
            total_revenue (float):
            outstanding_balance (float):
            unapplied_credit (float):
            last_payment_date (datetime.date | None):
            overdue_balance (float):
    """

    total_revenue: float
    outstanding_balance: float
    unapplied_credit: float
    last_payment_date: datetime.date | None
    overdue_balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_revenue = self.total_revenue

        outstanding_balance = self.outstanding_balance

        unapplied_credit = self.unapplied_credit

        last_payment_date: None | str
        if isinstance(self.last_payment_date, datetime.date):
            last_payment_date = self.last_payment_date.isoformat()
        else:
            last_payment_date = self.last_payment_date

        overdue_balance = self.overdue_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalRevenue": total_revenue,
                "outstandingBalance": outstanding_balance,
                "unappliedCredit": unapplied_credit,
                "lastPaymentDate": last_payment_date,
                "overdueBalance": overdue_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_revenue = d.pop("totalRevenue")

        outstanding_balance = d.pop("outstandingBalance")

        unapplied_credit = d.pop("unappliedCredit")

        def _parse_last_payment_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_payment_date_type_0 = datetime.date.fromisoformat(data)

                return last_payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_payment_date = _parse_last_payment_date(d.pop("lastPaymentDate"))

        overdue_balance = d.pop("overdueBalance")

        financial_summary = cls(
            total_revenue=total_revenue,
            outstanding_balance=outstanding_balance,
            unapplied_credit=unapplied_credit,
            last_payment_date=last_payment_date,
            overdue_balance=overdue_balance,
        )

        financial_summary.additional_properties = d
        return financial_summary

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
