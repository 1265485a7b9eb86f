from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatementInvoice")


@_attrs_define
class StatementInvoice:
    """
    Attributes:
        invoice_id (int):
        invoice_number (None | str):
        issue_date (datetime.date | None):
        due_date (datetime.date | None):
        total_amount (float):
        outstanding_amount (float):
        days_past_due (int):
    """

    invoice_id: int
    invoice_number: None | str
    issue_date: datetime.date | None
    due_date: datetime.date | None
    total_amount: float
    outstanding_amount: float
    days_past_due: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        invoice_number: None | str
        invoice_number = self.invoice_number

        issue_date: None | str
        if isinstance(self.issue_date, datetime.date):
            issue_date = self.issue_date.isoformat()
        else:
            issue_date = self.issue_date

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        total_amount = self.total_amount

        outstanding_amount = self.outstanding_amount

        days_past_due = self.days_past_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceId": invoice_id,
                "invoiceNumber": invoice_number,
                "issueDate": issue_date,
                "dueDate": due_date,
                "totalAmount": total_amount,
                "outstandingAmount": outstanding_amount,
                "daysPastDue": days_past_due,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        def _parse_invoice_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_number = _parse_invoice_number(d.pop("invoiceNumber"))

        def _parse_issue_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issue_date_type_0 = datetime.date.fromisoformat(data)

                return issue_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        issue_date = _parse_issue_date(d.pop("issueDate"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("dueDate"))

        total_amount = d.pop("totalAmount")

        outstanding_amount = d.pop("outstandingAmount")

        days_past_due = d.pop("daysPastDue")

        statement_invoice = cls(
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            issue_date=issue_date,
            due_date=due_date,
            total_amount=total_amount,
            outstanding_amount=outstanding_amount,
            days_past_due=days_past_due,
        )

        statement_invoice.additional_properties = d
        return statement_invoice

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
