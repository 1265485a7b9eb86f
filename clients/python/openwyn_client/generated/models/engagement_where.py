from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_where import ClientWhere
    from ..models.date_comparison import DateComparison
    from ..models.decimal_comparison import DecimalComparison
    from ..models.engagement_where_source import EngagementWhereSource
    from ..models.engagement_where_status import EngagementWhereStatus
    from ..models.integer_comparison import IntegerComparison
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="EngagementWhere")


@_attrs_define
class EngagementWhere:
    """A boolean expression over Engagement fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[EngagementWhere] | Unset):
        field_or_ (list[EngagementWhere] | Unset):
        field_not_ (EngagementWhere | Unset): A boolean expression over Engagement fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        name (StringComparison | Unset):
        description (StringComparison | Unset):
        type_ (StringComparison | Unset):
        status (EngagementWhereStatus | Unset):
        client_id (IntegerComparison | Unset):
        template_id (IntegerComparison | Unset):
        partner_staff_id (IntegerComparison | Unset):
        manager_staff_id (IntegerComparison | Unset):
        start_date (DateComparison | Unset):
        end_date (DateComparison | Unset):
        engagement_name_template (StringComparison | Unset):
        estimated_value (DecimalComparison | Unset):
        currency (StringComparison | Unset):
        prepayment_amount (DecimalComparison | Unset):
        prepaid_amount (DecimalComparison | Unset):
        renewed_from_id (IntegerComparison | Unset):
        expires_in_days (IntegerComparison | Unset):
        reminder_days (IntegerComparison | Unset):
        sent_at (TimestampComparison | Unset):
        expires_at (TimestampComparison | Unset):
        signed_at (TimestampComparison | Unset):
        executed_at (TimestampComparison | Unset):
        source (EngagementWhereSource | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
    """

    field_and_: list[EngagementWhere] | Unset = UNSET
    field_or_: list[EngagementWhere] | Unset = UNSET
    field_not_: EngagementWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    name: StringComparison | Unset = UNSET
    description: StringComparison | Unset = UNSET
    type_: StringComparison | Unset = UNSET
    status: EngagementWhereStatus | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    template_id: IntegerComparison | Unset = UNSET
    partner_staff_id: IntegerComparison | Unset = UNSET
    manager_staff_id: IntegerComparison | Unset = UNSET
    start_date: DateComparison | Unset = UNSET
    end_date: DateComparison | Unset = UNSET
    engagement_name_template: StringComparison | Unset = UNSET
    estimated_value: DecimalComparison | Unset = UNSET
    currency: StringComparison | Unset = UNSET
    prepayment_amount: DecimalComparison | Unset = UNSET
    prepaid_amount: DecimalComparison | Unset = UNSET
    renewed_from_id: IntegerComparison | Unset = UNSET
    expires_in_days: IntegerComparison | Unset = UNSET
    reminder_days: IntegerComparison | Unset = UNSET
    sent_at: TimestampComparison | Unset = UNSET
    expires_at: TimestampComparison | Unset = UNSET
    signed_at: TimestampComparison | Unset = UNSET
    executed_at: TimestampComparison | Unset = UNSET
    source: EngagementWhereSource | Unset = UNSET
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

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        template_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_id, Unset):
            template_id = self.template_id.to_dict()

        partner_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_staff_id, Unset):
            partner_staff_id = self.partner_staff_id.to_dict()

        manager_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_staff_id, Unset):
            manager_staff_id = self.manager_staff_id.to_dict()

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        engagement_name_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engagement_name_template, Unset):
            engagement_name_template = self.engagement_name_template.to_dict()

        estimated_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_value, Unset):
            estimated_value = self.estimated_value.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        prepayment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepayment_amount, Unset):
            prepayment_amount = self.prepayment_amount.to_dict()

        prepaid_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_amount, Unset):
            prepaid_amount = self.prepaid_amount.to_dict()

        renewed_from_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewed_from_id, Unset):
            renewed_from_id = self.renewed_from_id.to_dict()

        expires_in_days: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_in_days, Unset):
            expires_in_days = self.expires_in_days.to_dict()

        reminder_days: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminder_days, Unset):
            reminder_days = self.reminder_days.to_dict()

        sent_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.to_dict()

        expires_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.to_dict()

        signed_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signed_at, Unset):
            signed_at = self.signed_at.to_dict()

        executed_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.executed_at, Unset):
            executed_at = self.executed_at.to_dict()

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if engagement_name_template is not UNSET:
            field_dict["engagementNameTemplate"] = engagement_name_template
        if estimated_value is not UNSET:
            field_dict["estimatedValue"] = estimated_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if prepayment_amount is not UNSET:
            field_dict["prepaymentAmount"] = prepayment_amount
        if prepaid_amount is not UNSET:
            field_dict["prepaidAmount"] = prepaid_amount
        if renewed_from_id is not UNSET:
            field_dict["renewedFromId"] = renewed_from_id
        if expires_in_days is not UNSET:
            field_dict["expiresInDays"] = expires_in_days
        if reminder_days is not UNSET:
            field_dict["reminderDays"] = reminder_days
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if signed_at is not UNSET:
            field_dict["signedAt"] = signed_at
        if executed_at is not UNSET:
            field_dict["executedAt"] = executed_at
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
        from ..models.engagement_where_source import EngagementWhereSource
        from ..models.engagement_where_status import EngagementWhereStatus
        from ..models.integer_comparison import IntegerComparison
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[EngagementWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = EngagementWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[EngagementWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = EngagementWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: EngagementWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = EngagementWhere.from_dict(_field_not_)

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

        _name = d.pop("name", UNSET)
        name: StringComparison | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = StringComparison.from_dict(_name)

        _description = d.pop("description", UNSET)
        description: StringComparison | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = StringComparison.from_dict(_description)

        _type_ = d.pop("type", UNSET)
        type_: StringComparison | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StringComparison.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: EngagementWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EngagementWhereStatus.from_dict(_status)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _template_id = d.pop("templateId", UNSET)
        template_id: IntegerComparison | Unset
        if isinstance(_template_id, Unset):
            template_id = UNSET
        else:
            template_id = IntegerComparison.from_dict(_template_id)

        _partner_staff_id = d.pop("partnerStaffId", UNSET)
        partner_staff_id: IntegerComparison | Unset
        if isinstance(_partner_staff_id, Unset):
            partner_staff_id = UNSET
        else:
            partner_staff_id = IntegerComparison.from_dict(_partner_staff_id)

        _manager_staff_id = d.pop("managerStaffId", UNSET)
        manager_staff_id: IntegerComparison | Unset
        if isinstance(_manager_staff_id, Unset):
            manager_staff_id = UNSET
        else:
            manager_staff_id = IntegerComparison.from_dict(_manager_staff_id)

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

        _engagement_name_template = d.pop("engagementNameTemplate", UNSET)
        engagement_name_template: StringComparison | Unset
        if isinstance(_engagement_name_template, Unset):
            engagement_name_template = UNSET
        else:
            engagement_name_template = StringComparison.from_dict(
                _engagement_name_template
            )

        _estimated_value = d.pop("estimatedValue", UNSET)
        estimated_value: DecimalComparison | Unset
        if isinstance(_estimated_value, Unset):
            estimated_value = UNSET
        else:
            estimated_value = DecimalComparison.from_dict(_estimated_value)

        _currency = d.pop("currency", UNSET)
        currency: StringComparison | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = StringComparison.from_dict(_currency)

        _prepayment_amount = d.pop("prepaymentAmount", UNSET)
        prepayment_amount: DecimalComparison | Unset
        if isinstance(_prepayment_amount, Unset):
            prepayment_amount = UNSET
        else:
            prepayment_amount = DecimalComparison.from_dict(_prepayment_amount)

        _prepaid_amount = d.pop("prepaidAmount", UNSET)
        prepaid_amount: DecimalComparison | Unset
        if isinstance(_prepaid_amount, Unset):
            prepaid_amount = UNSET
        else:
            prepaid_amount = DecimalComparison.from_dict(_prepaid_amount)

        _renewed_from_id = d.pop("renewedFromId", UNSET)
        renewed_from_id: IntegerComparison | Unset
        if isinstance(_renewed_from_id, Unset):
            renewed_from_id = UNSET
        else:
            renewed_from_id = IntegerComparison.from_dict(_renewed_from_id)

        _expires_in_days = d.pop("expiresInDays", UNSET)
        expires_in_days: IntegerComparison | Unset
        if isinstance(_expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = IntegerComparison.from_dict(_expires_in_days)

        _reminder_days = d.pop("reminderDays", UNSET)
        reminder_days: IntegerComparison | Unset
        if isinstance(_reminder_days, Unset):
            reminder_days = UNSET
        else:
            reminder_days = IntegerComparison.from_dict(_reminder_days)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: TimestampComparison | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = TimestampComparison.from_dict(_sent_at)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: TimestampComparison | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = TimestampComparison.from_dict(_expires_at)

        _signed_at = d.pop("signedAt", UNSET)
        signed_at: TimestampComparison | Unset
        if isinstance(_signed_at, Unset):
            signed_at = UNSET
        else:
            signed_at = TimestampComparison.from_dict(_signed_at)

        _executed_at = d.pop("executedAt", UNSET)
        executed_at: TimestampComparison | Unset
        if isinstance(_executed_at, Unset):
            executed_at = UNSET
        else:
            executed_at = TimestampComparison.from_dict(_executed_at)

        _source = d.pop("source", UNSET)
        source: EngagementWhereSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = EngagementWhereSource.from_dict(_source)

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

        engagement_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            name=name,
            description=description,
            type_=type_,
            status=status,
            client_id=client_id,
            template_id=template_id,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            start_date=start_date,
            end_date=end_date,
            engagement_name_template=engagement_name_template,
            estimated_value=estimated_value,
            currency=currency,
            prepayment_amount=prepayment_amount,
            prepaid_amount=prepaid_amount,
            renewed_from_id=renewed_from_id,
            expires_in_days=expires_in_days,
            reminder_days=reminder_days,
            sent_at=sent_at,
            expires_at=expires_at,
            signed_at=signed_at,
            executed_at=executed_at,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
        )

        return engagement_where
