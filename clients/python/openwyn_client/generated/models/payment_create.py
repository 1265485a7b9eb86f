from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.payment_create_paymentmethod import PaymentCreatePaymentmethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_in import AllocationIn


T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """`POST /api/v1/payments`: a payment of a client, allocated to the invoices named, or
    oldest first without `allocations`; card, wallet and ACH payments need a
    `processorToken`.

        Attributes:
            client_id (int):
            amount (float | str): An exact amount with at most two decimals, as a number or a numeric string.
            payment_method (PaymentCreatePaymentmethod):
            payment_date (datetime.date | None | Unset):
            allocations (list[AllocationIn] | None | Unset):
            processor_token (None | str | Unset):
            reference (None | str | Unset):
            apply_credit (bool | Unset):  Default: True.
            pass_fee_to_client (bool | Unset):  Default: False.
    """

    client_id: int
    amount: float | str
    payment_method: PaymentCreatePaymentmethod
    payment_date: datetime.date | None | Unset = UNSET
    allocations: list[AllocationIn] | None | Unset = UNSET
    processor_token: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    apply_credit: bool | Unset = True
    pass_fee_to_client: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        amount: float | str
        amount = self.amount

        payment_method = self.payment_method.value

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.date):
            payment_date = self.payment_date.isoformat()
        else:
            payment_date = self.payment_date

        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            allocations = []
            for allocations_type_0_item_data in self.allocations:
                allocations_type_0_item = allocations_type_0_item_data.to_dict()
                allocations.append(allocations_type_0_item)

        else:
            allocations = self.allocations

        processor_token: None | str | Unset
        if isinstance(self.processor_token, Unset):
            processor_token = UNSET
        else:
            processor_token = self.processor_token

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        apply_credit = self.apply_credit

        pass_fee_to_client = self.pass_fee_to_client

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "amount": amount,
                "paymentMethod": payment_method,
            }
        )
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if processor_token is not UNSET:
            field_dict["processorToken"] = processor_token
        if reference is not UNSET:
            field_dict["reference"] = reference
        if apply_credit is not UNSET:
            field_dict["applyCredit"] = apply_credit
        if pass_fee_to_client is not UNSET:
            field_dict["passFeeToClient"] = pass_fee_to_client

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allocation_in import AllocationIn

        d = dict(src_dict)
        client_id = d.pop("clientId")

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        payment_method = PaymentCreatePaymentmethod(d.pop("paymentMethod"))

        def _parse_payment_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_date_type_0 = datetime.date.fromisoformat(data)

                return payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        payment_date = _parse_payment_date(d.pop("paymentDate", UNSET))

        def _parse_allocations(data: object) -> list[AllocationIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allocations_type_0 = []
                _allocations_type_0 = data
                for allocations_type_0_item_data in _allocations_type_0:
                    allocations_type_0_item = AllocationIn.from_dict(
                        allocations_type_0_item_data
                    )

                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllocationIn] | None | Unset, data)

        allocations = _parse_allocations(d.pop("allocations", UNSET))

        def _parse_processor_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processor_token = _parse_processor_token(d.pop("processorToken", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        apply_credit = d.pop("applyCredit", UNSET)

        pass_fee_to_client = d.pop("passFeeToClient", UNSET)

        payment_create = cls(
            client_id=client_id,
            amount=amount,
            payment_method=payment_method,
            payment_date=payment_date,
            allocations=allocations,
            processor_token=processor_token,
            reference=reference,
            apply_credit=apply_credit,
            pass_fee_to_client=pass_fee_to_client,
        )

        return payment_create
