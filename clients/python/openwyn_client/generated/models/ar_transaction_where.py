from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_transaction_where_kind import ArTransactionWhereKind
    from ..models.client_where import ClientWhere
    from ..models.decimal_comparison import DecimalComparison
    from ..models.integer_comparison import IntegerComparison
    from ..models.invoice_where import InvoiceWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="ArTransactionWhere")


@_attrs_define
class ArTransactionWhere:
    """A boolean expression over ArTransaction fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[ArTransactionWhere] | Unset):
        field_or_ (list[ArTransactionWhere] | Unset):
        field_not_ (ArTransactionWhere | Unset): A boolean expression over ArTransaction fields and relations; keys are
            ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        ar_tran_id (StringComparison | Unset):
        kind (ArTransactionWhereKind | Unset):
        amount (DecimalComparison | Unset):
        currency (StringComparison | Unset):
        client_id (IntegerComparison | Unset):
        invoice_id (IntegerComparison | Unset):
        payment_id (IntegerComparison | Unset):
        credit_id (StringComparison | Unset):
        reverses_ar_tran_id (StringComparison | Unset):
        memo (StringComparison | Unset):
        posted_at (TimestampComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        invoice (InvoiceWhere | Unset): A boolean expression over Invoice fields and relations; keys are ANDed.
    """

    field_and_: list[ArTransactionWhere] | Unset = UNSET
    field_or_: list[ArTransactionWhere] | Unset = UNSET
    field_not_: ArTransactionWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    ar_tran_id: StringComparison | Unset = UNSET
    kind: ArTransactionWhereKind | Unset = UNSET
    amount: DecimalComparison | Unset = UNSET
    currency: StringComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    invoice_id: IntegerComparison | Unset = UNSET
    payment_id: IntegerComparison | Unset = UNSET
    credit_id: StringComparison | Unset = UNSET
    reverses_ar_tran_id: StringComparison | Unset = UNSET
    memo: StringComparison | Unset = UNSET
    posted_at: TimestampComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
    invoice: InvoiceWhere | Unset = UNSET

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

        ar_tran_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_tran_id, Unset):
            ar_tran_id = self.ar_tran_id.to_dict()

        kind: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        invoice_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = self.invoice_id.to_dict()

        payment_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_id, Unset):
            payment_id = self.payment_id.to_dict()

        credit_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_id, Unset):
            credit_id = self.credit_id.to_dict()

        reverses_ar_tran_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reverses_ar_tran_id, Unset):
            reverses_ar_tran_id = self.reverses_ar_tran_id.to_dict()

        memo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memo, Unset):
            memo = self.memo.to_dict()

        posted_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.posted_at, Unset):
            posted_at = self.posted_at.to_dict()

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

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

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
        if ar_tran_id is not UNSET:
            field_dict["arTranId"] = ar_tran_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if credit_id is not UNSET:
            field_dict["creditId"] = credit_id
        if reverses_ar_tran_id is not UNSET:
            field_dict["reversesArTranId"] = reverses_ar_tran_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if posted_at is not UNSET:
            field_dict["postedAt"] = posted_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if client is not UNSET:
            field_dict["client"] = client
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ar_transaction_where_kind import ArTransactionWhereKind
        from ..models.client_where import ClientWhere
        from ..models.decimal_comparison import DecimalComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.invoice_where import InvoiceWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[ArTransactionWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = ArTransactionWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[ArTransactionWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = ArTransactionWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: ArTransactionWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = ArTransactionWhere.from_dict(_field_not_)

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

        _ar_tran_id = d.pop("arTranId", UNSET)
        ar_tran_id: StringComparison | Unset
        if isinstance(_ar_tran_id, Unset):
            ar_tran_id = UNSET
        else:
            ar_tran_id = StringComparison.from_dict(_ar_tran_id)

        _kind = d.pop("kind", UNSET)
        kind: ArTransactionWhereKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ArTransactionWhereKind.from_dict(_kind)

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

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: IntegerComparison | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = IntegerComparison.from_dict(_invoice_id)

        _payment_id = d.pop("paymentId", UNSET)
        payment_id: IntegerComparison | Unset
        if isinstance(_payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = IntegerComparison.from_dict(_payment_id)

        _credit_id = d.pop("creditId", UNSET)
        credit_id: StringComparison | Unset
        if isinstance(_credit_id, Unset):
            credit_id = UNSET
        else:
            credit_id = StringComparison.from_dict(_credit_id)

        _reverses_ar_tran_id = d.pop("reversesArTranId", UNSET)
        reverses_ar_tran_id: StringComparison | Unset
        if isinstance(_reverses_ar_tran_id, Unset):
            reverses_ar_tran_id = UNSET
        else:
            reverses_ar_tran_id = StringComparison.from_dict(_reverses_ar_tran_id)

        _memo = d.pop("memo", UNSET)
        memo: StringComparison | Unset
        if isinstance(_memo, Unset):
            memo = UNSET
        else:
            memo = StringComparison.from_dict(_memo)

        _posted_at = d.pop("postedAt", UNSET)
        posted_at: TimestampComparison | Unset
        if isinstance(_posted_at, Unset):
            posted_at = UNSET
        else:
            posted_at = TimestampComparison.from_dict(_posted_at)

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

        _invoice = d.pop("invoice", UNSET)
        invoice: InvoiceWhere | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = InvoiceWhere.from_dict(_invoice)

        ar_transaction_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            ar_tran_id=ar_tran_id,
            kind=kind,
            amount=amount,
            currency=currency,
            client_id=client_id,
            invoice_id=invoice_id,
            payment_id=payment_id,
            credit_id=credit_id,
            reverses_ar_tran_id=reverses_ar_tran_id,
            memo=memo,
            posted_at=posted_at,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            invoice=invoice,
        )

        return ar_transaction_where
