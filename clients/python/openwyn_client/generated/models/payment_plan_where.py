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
    from ..models.payment_plan_where_frequency import PaymentPlanWhereFrequency
    from ..models.payment_plan_where_kind import PaymentPlanWhereKind
    from ..models.payment_plan_where_payment_method import PaymentPlanWherePaymentMethod
    from ..models.payment_plan_where_status import PaymentPlanWhereStatus
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="PaymentPlanWhere")


@_attrs_define
class PaymentPlanWhere:
    """A boolean expression over PaymentPlan fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[PaymentPlanWhere] | Unset):
        field_or_ (list[PaymentPlanWhere] | Unset):
        field_not_ (PaymentPlanWhere | Unset): A boolean expression over PaymentPlan fields and relations; keys are
            ANDed.
        id (IntegerComparison | Unset):
        client_id (IntegerComparison | Unset):
        kind (PaymentPlanWhereKind | Unset):
        amount (DecimalComparison | Unset):
        frequency (PaymentPlanWhereFrequency | Unset):
        start_date (DateComparison | Unset):
        end_date (DateComparison | Unset):
        payment_method (PaymentPlanWherePaymentMethod | Unset):
        status (PaymentPlanWhereStatus | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
    """

    field_and_: list[PaymentPlanWhere] | Unset = UNSET
    field_or_: list[PaymentPlanWhere] | Unset = UNSET
    field_not_: PaymentPlanWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    kind: PaymentPlanWhereKind | Unset = UNSET
    amount: DecimalComparison | Unset = UNSET
    frequency: PaymentPlanWhereFrequency | Unset = UNSET
    start_date: DateComparison | Unset = UNSET
    end_date: DateComparison | Unset = UNSET
    payment_method: PaymentPlanWherePaymentMethod | Unset = UNSET
    status: PaymentPlanWhereStatus | Unset = UNSET
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

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        kind: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

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
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if amount is not UNSET:
            field_dict["amount"] = amount
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if status is not UNSET:
            field_dict["status"] = status
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
        from ..models.payment_plan_where_frequency import PaymentPlanWhereFrequency
        from ..models.payment_plan_where_kind import PaymentPlanWhereKind
        from ..models.payment_plan_where_payment_method import (
            PaymentPlanWherePaymentMethod,
        )
        from ..models.payment_plan_where_status import PaymentPlanWhereStatus
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[PaymentPlanWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = PaymentPlanWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[PaymentPlanWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = PaymentPlanWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: PaymentPlanWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = PaymentPlanWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _kind = d.pop("kind", UNSET)
        kind: PaymentPlanWhereKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PaymentPlanWhereKind.from_dict(_kind)

        _amount = d.pop("amount", UNSET)
        amount: DecimalComparison | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DecimalComparison.from_dict(_amount)

        _frequency = d.pop("frequency", UNSET)
        frequency: PaymentPlanWhereFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = PaymentPlanWhereFrequency.from_dict(_frequency)

        _start_date = d.pop("startDate", UNSET)
        start_date: DateComparison | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = DateComparison.from_dict(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: DateComparison | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = DateComparison.from_dict(_end_date)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PaymentPlanWherePaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentPlanWherePaymentMethod.from_dict(_payment_method)

        _status = d.pop("status", UNSET)
        status: PaymentPlanWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentPlanWhereStatus.from_dict(_status)

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

        payment_plan_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            client_id=client_id,
            kind=kind,
            amount=amount,
            frequency=frequency,
            start_date=start_date,
            end_date=end_date,
            payment_method=payment_method,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
        )

        return payment_plan_where
