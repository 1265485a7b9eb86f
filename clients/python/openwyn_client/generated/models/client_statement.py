from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aging import Aging
    from ..models.statement_invoice import StatementInvoice
    from ..models.statement_movement import StatementMovement


T = TypeVar("T", bound="ClientStatement")


@_attrs_define
class ClientStatement:
    """
    Attributes:
        client_id (int):
        client_name (str):
        currency (str):
        as_of (datetime.date):
        period_start (datetime.date):
        balance_forward (float):
        invoices (list[StatementInvoice]):
        charges (list[StatementMovement]):
        payments (list[StatementMovement]):
        credits_ (list[StatementMovement]):
        aging (Aging):
        unapplied_credit (float):
        total_due (float):
    """

    client_id: int
    client_name: str
    currency: str
    as_of: datetime.date
    period_start: datetime.date
    balance_forward: float
    invoices: list[StatementInvoice]
    charges: list[StatementMovement]
    payments: list[StatementMovement]
    credits_: list[StatementMovement]
    aging: Aging
    unapplied_credit: float
    total_due: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_name = self.client_name

        currency = self.currency

        as_of = self.as_of.isoformat()

        period_start = self.period_start.isoformat()

        balance_forward = self.balance_forward

        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        charges = []
        for charges_item_data in self.charges:
            charges_item = charges_item_data.to_dict()
            charges.append(charges_item)

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        credits_ = []
        for credits_item_data in self.credits_:
            credits_item = credits_item_data.to_dict()
            credits_.append(credits_item)

        aging = self.aging.to_dict()

        unapplied_credit = self.unapplied_credit

        total_due = self.total_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientName": client_name,
                "currency": currency,
                "asOf": as_of,
                "periodStart": period_start,
                "balanceForward": balance_forward,
                "invoices": invoices,
                "charges": charges,
                "payments": payments,
                "credits": credits_,
                "aging": aging,
                "unappliedCredit": unapplied_credit,
                "totalDue": total_due,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aging import Aging
        from ..models.statement_invoice import StatementInvoice
        from ..models.statement_movement import StatementMovement

        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_name = d.pop("clientName")

        currency = d.pop("currency")

        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        period_start = datetime.date.fromisoformat(d.pop("periodStart"))

        balance_forward = d.pop("balanceForward")

        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = StatementInvoice.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        charges = []
        _charges = d.pop("charges")
        for charges_item_data in _charges:
            charges_item = StatementMovement.from_dict(charges_item_data)

            charges.append(charges_item)

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = StatementMovement.from_dict(payments_item_data)

            payments.append(payments_item)

        credits_ = []
        _credits_ = d.pop("credits")
        for credits_item_data in _credits_:
            credits_item = StatementMovement.from_dict(credits_item_data)

            credits_.append(credits_item)

        aging = Aging.from_dict(d.pop("aging"))

        unapplied_credit = d.pop("unappliedCredit")

        total_due = d.pop("totalDue")

        client_statement = cls(
            client_id=client_id,
            client_name=client_name,
            currency=currency,
            as_of=as_of,
            period_start=period_start,
            balance_forward=balance_forward,
            invoices=invoices,
            charges=charges,
            payments=payments,
            credits_=credits_,
            aging=aging,
            unapplied_credit=unapplied_credit,
            total_due=total_due,
        )

        client_statement.additional_properties = d
        return client_statement

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
