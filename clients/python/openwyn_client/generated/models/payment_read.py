from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_read_paymentmethod import PaymentReadPaymentmethod
from ..models.payment_read_source import PaymentReadSource
from ..models.payment_read_status import PaymentReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_allocation import PaymentAllocation


T = TypeVar("T", bound="PaymentRead")


@_attrs_define
class PaymentRead:
    """
    Attributes:
        id (int):
        client_id (int):
        amount (float):
        currency (str):
        payment_method (PaymentReadPaymentmethod):
        status (PaymentReadStatus):
        payment_date (datetime.date):
        fee_amount (float):
        surcharge_amount (float):
        net_amount (float):
        source (PaymentReadSource):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        client_name (None | str):
        invoice_id (int | None):
        invoice_number (None | str):
        allocations (list[PaymentAllocation]):
        pms_ref (None | str | Unset):
        confirmation_date (datetime.date | None | Unset):
        card_last_four (None | str | Unset):
        card_type (None | str | Unset):
        processor (None | str | Unset):
        processor_reference (None | str | Unset):
        reference (None | str | Unset):
        failure_code (None | str | Unset):
        refund_reason (None | str | Unset):
        refunded_at (datetime.datetime | None | Unset):
        ar_tran_id (None | str | Unset):
    """

    id: int
    client_id: int
    amount: float
    currency: str
    payment_method: PaymentReadPaymentmethod
    status: PaymentReadStatus
    payment_date: datetime.date
    fee_amount: float
    surcharge_amount: float
    net_amount: float
    source: PaymentReadSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    client_name: None | str
    invoice_id: int | None
    invoice_number: None | str
    allocations: list[PaymentAllocation]
    pms_ref: None | str | Unset = UNSET
    confirmation_date: datetime.date | None | Unset = UNSET
    card_last_four: None | str | Unset = UNSET
    card_type: None | str | Unset = UNSET
    processor: None | str | Unset = UNSET
    processor_reference: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    refund_reason: None | str | Unset = UNSET
    refunded_at: datetime.datetime | None | Unset = UNSET
    ar_tran_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        amount = self.amount

        currency = self.currency

        payment_method = self.payment_method.value

        status = self.status.value

        payment_date = self.payment_date.isoformat()

        fee_amount = self.fee_amount

        surcharge_amount = self.surcharge_amount

        net_amount = self.net_amount

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        client_name: None | str
        client_name = self.client_name

        invoice_id: int | None
        invoice_id = self.invoice_id

        invoice_number: None | str
        invoice_number = self.invoice_number

        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        confirmation_date: None | str | Unset
        if isinstance(self.confirmation_date, Unset):
            confirmation_date = UNSET
        elif isinstance(self.confirmation_date, datetime.date):
            confirmation_date = self.confirmation_date.isoformat()
        else:
            confirmation_date = self.confirmation_date

        card_last_four: None | str | Unset
        if isinstance(self.card_last_four, Unset):
            card_last_four = UNSET
        else:
            card_last_four = self.card_last_four

        card_type: None | str | Unset
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        else:
            card_type = self.card_type

        processor: None | str | Unset
        if isinstance(self.processor, Unset):
            processor = UNSET
        else:
            processor = self.processor

        processor_reference: None | str | Unset
        if isinstance(self.processor_reference, Unset):
            processor_reference = UNSET
        else:
            processor_reference = self.processor_reference

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        refund_reason: None | str | Unset
        if isinstance(self.refund_reason, Unset):
            refund_reason = UNSET
        else:
            refund_reason = self.refund_reason

        refunded_at: None | str | Unset
        if isinstance(self.refunded_at, Unset):
            refunded_at = UNSET
        elif isinstance(self.refunded_at, datetime.datetime):
            refunded_at = self.refunded_at.isoformat()
        else:
            refunded_at = self.refunded_at

        ar_tran_id: None | str | Unset
        if isinstance(self.ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = self.ar_tran_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "amount": amount,
                "currency": currency,
                "paymentMethod": payment_method,
                "status": status,
                "paymentDate": payment_date,
                "feeAmount": fee_amount,
                "surchargeAmount": surcharge_amount,
                "netAmount": net_amount,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
                "clientName": client_name,
                "invoiceId": invoice_id,
                "invoiceNumber": invoice_number,
                "allocations": allocations,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if confirmation_date is not UNSET:
            field_dict["confirmationDate"] = confirmation_date
        if card_last_four is not UNSET:
            field_dict["cardLastFour"] = card_last_four
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if processor is not UNSET:
            field_dict["processor"] = processor
        if processor_reference is not UNSET:
            field_dict["processorReference"] = processor_reference
        if reference is not UNSET:
            field_dict["reference"] = reference
        if failure_code is not UNSET:
            field_dict["failureCode"] = failure_code
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if refunded_at is not UNSET:
            field_dict["refundedAt"] = refunded_at
        if ar_tran_id is not UNSET:
            field_dict["arTranId"] = ar_tran_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_allocation import PaymentAllocation

        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("clientId")

        amount = d.pop("amount")

        currency = d.pop("currency")

        payment_method = PaymentReadPaymentmethod(d.pop("paymentMethod"))

        status = PaymentReadStatus(d.pop("status"))

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        fee_amount = d.pop("feeAmount")

        surcharge_amount = d.pop("surchargeAmount")

        net_amount = d.pop("netAmount")

        source = PaymentReadSource(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        def _parse_client_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_name = _parse_client_name(d.pop("clientName"))

        def _parse_invoice_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId"))

        def _parse_invoice_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_number = _parse_invoice_number(d.pop("invoiceNumber"))

        allocations = []
        _allocations = d.pop("allocations")
        for allocations_item_data in _allocations:
            allocations_item = PaymentAllocation.from_dict(allocations_item_data)

            allocations.append(allocations_item)

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_confirmation_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmation_date_type_0 = datetime.date.fromisoformat(data)

                return confirmation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        confirmation_date = _parse_confirmation_date(d.pop("confirmationDate", UNSET))

        def _parse_card_last_four(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_last_four = _parse_card_last_four(d.pop("cardLastFour", UNSET))

        def _parse_card_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_type = _parse_card_type(d.pop("cardType", UNSET))

        def _parse_processor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processor = _parse_processor(d.pop("processor", UNSET))

        def _parse_processor_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processor_reference = _parse_processor_reference(
            d.pop("processorReference", UNSET)
        )

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_failure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_code = _parse_failure_code(d.pop("failureCode", UNSET))

        def _parse_refund_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_reason = _parse_refund_reason(d.pop("refundReason", UNSET))

        def _parse_refunded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refunded_at_type_0 = datetime.datetime.fromisoformat(data)

                return refunded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        refunded_at = _parse_refunded_at(d.pop("refundedAt", UNSET))

        def _parse_ar_tran_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ar_tran_id = _parse_ar_tran_id(d.pop("arTranId", UNSET))

        payment_read = cls(
            id=id,
            client_id=client_id,
            amount=amount,
            currency=currency,
            payment_method=payment_method,
            status=status,
            payment_date=payment_date,
            fee_amount=fee_amount,
            surcharge_amount=surcharge_amount,
            net_amount=net_amount,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client_name=client_name,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            allocations=allocations,
            pms_ref=pms_ref,
            confirmation_date=confirmation_date,
            card_last_four=card_last_four,
            card_type=card_type,
            processor=processor,
            processor_reference=processor_reference,
            reference=reference,
            failure_code=failure_code,
            refund_reason=refund_reason,
            refunded_at=refunded_at,
            ar_tran_id=ar_tran_id,
        )

        payment_read.additional_properties = d
        return payment_read

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
