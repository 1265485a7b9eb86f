from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ar_transaction_kind import ArTransactionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArTransaction")


@_attrs_define
class ArTransaction:
    """
    Attributes:
        id (int):
        ar_tran_id (str):
        kind (ArTransactionKind):
        amount (float):
        currency (str):
        client_id (int):
        posted_at (datetime.datetime):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        pms_ref (None | str | Unset):
        invoice_id (int | None | Unset):
        payment_id (int | None | Unset):
        credit_id (None | str | Unset):
        reverses_ar_tran_id (None | str | Unset):
        memo (None | str | Unset):
        version (int | None | Unset):
    """

    id: int
    ar_tran_id: str
    kind: ArTransactionKind
    amount: float
    currency: str
    client_id: int
    posted_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    pms_ref: None | str | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    payment_id: int | None | Unset = UNSET
    credit_id: None | str | Unset = UNSET
    reverses_ar_tran_id: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ar_tran_id = self.ar_tran_id

        kind = self.kind.value

        amount = self.amount

        currency = self.currency

        client_id = self.client_id

        posted_at = self.posted_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        payment_id: int | None | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

        credit_id: None | str | Unset
        if isinstance(self.credit_id, Unset):
            credit_id = UNSET
        else:
            credit_id = self.credit_id

        reverses_ar_tran_id: None | str | Unset
        if isinstance(self.reverses_ar_tran_id, Unset):
            reverses_ar_tran_id = UNSET
        else:
            reverses_ar_tran_id = self.reverses_ar_tran_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arTranId": ar_tran_id,
                "kind": kind,
                "amount": amount,
                "currency": currency,
                "clientId": client_id,
                "postedAt": posted_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
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
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        ar_tran_id = d.pop("arTranId")

        kind = ArTransactionKind(d.pop("kind"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        client_id = d.pop("clientId")

        posted_at = datetime.datetime.fromisoformat(d.pop("postedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId", UNSET))

        def _parse_payment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_id = _parse_payment_id(d.pop("paymentId", UNSET))

        def _parse_credit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_id = _parse_credit_id(d.pop("creditId", UNSET))

        def _parse_reverses_ar_tran_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reverses_ar_tran_id = _parse_reverses_ar_tran_id(
            d.pop("reversesArTranId", UNSET)
        )

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        ar_transaction = cls(
            id=id,
            ar_tran_id=ar_tran_id,
            kind=kind,
            amount=amount,
            currency=currency,
            client_id=client_id,
            posted_at=posted_at,
            created_at=created_at,
            updated_at=updated_at,
            pms_ref=pms_ref,
            invoice_id=invoice_id,
            payment_id=payment_id,
            credit_id=credit_id,
            reverses_ar_tran_id=reverses_ar_tran_id,
            memo=memo,
            version=version,
        )

        ar_transaction.additional_properties = d
        return ar_transaction

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
