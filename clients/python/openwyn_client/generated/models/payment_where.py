from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_where import ClientWhere
    from ..models.date_comparison import DateComparison
    from ..models.decimal_comparison import DecimalComparison
    from ..models.integer_comparison import IntegerComparison
    from ..models.payment_where_payment_method import PaymentWherePaymentMethod
    from ..models.payment_where_source import PaymentWhereSource
    from ..models.payment_where_status import PaymentWhereStatus
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="PaymentWhere")


@_attrs_define
class PaymentWhere:
    """A boolean expression over Payment fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[PaymentWhere] | Unset):
        field_or_ (list[PaymentWhere] | Unset):
        field_not_ (PaymentWhere | Unset): A boolean expression over Payment fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        client_id (IntegerComparison | Unset):
        amount (DecimalComparison | Unset):
        currency (StringComparison | Unset):
        payment_method (PaymentWherePaymentMethod | Unset):
        status (PaymentWhereStatus | Unset):
        payment_date (DateComparison | Unset):
        confirmation_date (DateComparison | Unset):
        card_last_four (StringComparison | Unset):
        card_type (StringComparison | Unset):
        processor (StringComparison | Unset):
        processor_reference (StringComparison | Unset):
        fee_amount (DecimalComparison | Unset):
        surcharge_amount (DecimalComparison | Unset):
        net_amount (DecimalComparison | Unset):
        reference (StringComparison | Unset):
        failure_code (StringComparison | Unset):
        refund_reason (StringComparison | Unset):
        refunded_at (TimestampComparison | Unset):
        ar_tran_id (StringComparison | Unset):
        source (PaymentWhereSource | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
    """

    field_and_: list[PaymentWhere] | Unset = UNSET
    field_or_: list[PaymentWhere] | Unset = UNSET
    field_not_: PaymentWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    amount: DecimalComparison | Unset = UNSET
    currency: StringComparison | Unset = UNSET
    payment_method: PaymentWherePaymentMethod | Unset = UNSET
    status: PaymentWhereStatus | Unset = UNSET
    payment_date: DateComparison | Unset = UNSET
    confirmation_date: DateComparison | Unset = UNSET
    card_last_four: StringComparison | Unset = UNSET
    card_type: StringComparison | Unset = UNSET
    processor: StringComparison | Unset = UNSET
    processor_reference: StringComparison | Unset = UNSET
    fee_amount: DecimalComparison | Unset = UNSET
    surcharge_amount: DecimalComparison | Unset = UNSET
    net_amount: DecimalComparison | Unset = UNSET
    reference: StringComparison | Unset = UNSET
    failure_code: StringComparison | Unset = UNSET
    refund_reason: StringComparison | Unset = UNSET
    refunded_at: TimestampComparison | Unset = UNSET
    ar_tran_id: StringComparison | Unset = UNSET
    source: PaymentWhereSource | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_and_, Unset):
            field_and_ = []
            for field_and_item_data in self.field_and_:
                field_and_item = field_and_item_data.to_dict()
                field_and_.append(field_and_item)

        field_or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_or_, Unset):
            field_or_ = []
            for field_or_item_data in self.field_or_:
                field_or_item = field_or_item_data.to_dict()
                field_or_.append(field_or_item)

        field_not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_not_, Unset):
            field_not_ = self.field_not_.to_dict()

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        pms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pms_ref, Unset):
            pms_ref = self.pms_ref.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        payment_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.to_dict()

        confirmation_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmation_date, Unset):
            confirmation_date = self.confirmation_date.to_dict()

        card_last_four: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_last_four, Unset):
            card_last_four = self.card_last_four.to_dict()

        card_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.to_dict()

        processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processor, Unset):
            processor = self.processor.to_dict()

        processor_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processor_reference, Unset):
            processor_reference = self.processor_reference.to_dict()

        fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = self.fee_amount.to_dict()

        surcharge_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.surcharge_amount, Unset):
            surcharge_amount = self.surcharge_amount.to_dict()

        net_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_amount, Unset):
            net_amount = self.net_amount.to_dict()

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        failure_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure_code, Unset):
            failure_code = self.failure_code.to_dict()

        refund_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund_reason, Unset):
            refund_reason = self.refund_reason.to_dict()

        refunded_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refunded_at, Unset):
            refunded_at = self.refunded_at.to_dict()

        ar_tran_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_tran_id, Unset):
            ar_tran_id = self.ar_tran_id.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if field_and_ is not UNSET:
            field_dict["_and"] = field_and_
        if field_or_ is not UNSET:
            field_dict["_or"] = field_or_
        if field_not_ is not UNSET:
            field_dict["_not"] = field_not_
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if status is not UNSET:
            field_dict["status"] = status
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
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
        if fee_amount is not UNSET:
            field_dict["feeAmount"] = fee_amount
        if surcharge_amount is not UNSET:
            field_dict["surchargeAmount"] = surcharge_amount
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount
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
        if source is not UNSET:
            field_dict["source"] = source
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.decimal_comparison import DecimalComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.payment_where_payment_method import PaymentWherePaymentMethod
        from ..models.payment_where_source import PaymentWhereSource
        from ..models.payment_where_status import PaymentWhereStatus
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[PaymentWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = PaymentWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[PaymentWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = PaymentWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: PaymentWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = PaymentWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _pms_ref = d.pop("pmsRef", UNSET)
        pms_ref: StringComparison | Unset
        if isinstance(_pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = StringComparison.from_dict(_pms_ref)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _amount = d.pop("amount", UNSET)
        amount: DecimalComparison | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DecimalComparison.from_dict(_amount)

        _currency = d.pop("currency", UNSET)
        currency: StringComparison | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = StringComparison.from_dict(_currency)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PaymentWherePaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentWherePaymentMethod.from_dict(_payment_method)

        _status = d.pop("status", UNSET)
        status: PaymentWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentWhereStatus.from_dict(_status)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: DateComparison | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = DateComparison.from_dict(_payment_date)

        _confirmation_date = d.pop("confirmationDate", UNSET)
        confirmation_date: DateComparison | Unset
        if isinstance(_confirmation_date, Unset):
            confirmation_date = UNSET
        else:
            confirmation_date = DateComparison.from_dict(_confirmation_date)

        _card_last_four = d.pop("cardLastFour", UNSET)
        card_last_four: StringComparison | Unset
        if isinstance(_card_last_four, Unset):
            card_last_four = UNSET
        else:
            card_last_four = StringComparison.from_dict(_card_last_four)

        _card_type = d.pop("cardType", UNSET)
        card_type: StringComparison | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = StringComparison.from_dict(_card_type)

        _processor = d.pop("processor", UNSET)
        processor: StringComparison | Unset
        if isinstance(_processor, Unset):
            processor = UNSET
        else:
            processor = StringComparison.from_dict(_processor)

        _processor_reference = d.pop("processorReference", UNSET)
        processor_reference: StringComparison | Unset
        if isinstance(_processor_reference, Unset):
            processor_reference = UNSET
        else:
            processor_reference = StringComparison.from_dict(_processor_reference)

        _fee_amount = d.pop("feeAmount", UNSET)
        fee_amount: DecimalComparison | Unset
        if isinstance(_fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = DecimalComparison.from_dict(_fee_amount)

        _surcharge_amount = d.pop("surchargeAmount", UNSET)
        surcharge_amount: DecimalComparison | Unset
        if isinstance(_surcharge_amount, Unset):
            surcharge_amount = UNSET
        else:
            surcharge_amount = DecimalComparison.from_dict(_surcharge_amount)

        _net_amount = d.pop("netAmount", UNSET)
        net_amount: DecimalComparison | Unset
        if isinstance(_net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = DecimalComparison.from_dict(_net_amount)

        _reference = d.pop("reference", UNSET)
        reference: StringComparison | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = StringComparison.from_dict(_reference)

        _failure_code = d.pop("failureCode", UNSET)
        failure_code: StringComparison | Unset
        if isinstance(_failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = StringComparison.from_dict(_failure_code)

        _refund_reason = d.pop("refundReason", UNSET)
        refund_reason: StringComparison | Unset
        if isinstance(_refund_reason, Unset):
            refund_reason = UNSET
        else:
            refund_reason = StringComparison.from_dict(_refund_reason)

        _refunded_at = d.pop("refundedAt", UNSET)
        refunded_at: TimestampComparison | Unset
        if isinstance(_refunded_at, Unset):
            refunded_at = UNSET
        else:
            refunded_at = TimestampComparison.from_dict(_refunded_at)

        _ar_tran_id = d.pop("arTranId", UNSET)
        ar_tran_id: StringComparison | Unset
        if isinstance(_ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = StringComparison.from_dict(_ar_tran_id)

        _source = d.pop("source", UNSET)
        source: PaymentWhereSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PaymentWhereSource.from_dict(_source)

        _created_at = d.pop("createdAt", UNSET)
        created_at: TimestampComparison | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = TimestampComparison.from_dict(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: TimestampComparison | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = TimestampComparison.from_dict(_updated_at)

        _version = d.pop("version", UNSET)
        version: IntegerComparison | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = IntegerComparison.from_dict(_version)

        _client = d.pop("client", UNSET)
        client: ClientWhere | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientWhere.from_dict(_client)

        payment_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            client_id=client_id,
            amount=amount,
            currency=currency,
            payment_method=payment_method,
            status=status,
            payment_date=payment_date,
            confirmation_date=confirmation_date,
            card_last_four=card_last_four,
            card_type=card_type,
            processor=processor,
            processor_reference=processor_reference,
            fee_amount=fee_amount,
            surcharge_amount=surcharge_amount,
            net_amount=net_amount,
            reference=reference,
            failure_code=failure_code,
            refund_reason=refund_reason,
            refunded_at=refunded_at,
            ar_tran_id=ar_tran_id,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
        )

        return payment_where
