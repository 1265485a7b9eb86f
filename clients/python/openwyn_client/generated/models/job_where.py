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
    from ..models.job_template_where import JobTemplateWhere
    from ..models.job_where_fee_type import JobWhereFeeType
    from ..models.job_where_status import JobWhereStatus
    from ..models.service_line_where import ServiceLineWhere
    from ..models.staff_where import StaffWhere
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison
    from ..models.wip_where import WipWhere


T = TypeVar("T", bound="JobWhere")


@_attrs_define
class JobWhere:
    """A boolean expression over Job fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[JobWhere] | Unset):
        field_or_ (list[JobWhere] | Unset):
        field_not_ (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        job_ref (StringComparison | Unset):
        name (StringComparison | Unset):
        client_id (IntegerComparison | Unset):
        job_template_id (IntegerComparison | Unset):
        service_line_id (IntegerComparison | Unset):
        partner_staff_id (IntegerComparison | Unset):
        manager_staff_id (IntegerComparison | Unset):
        status (JobWhereStatus | Unset):
        start_date (DateComparison | Unset):
        due_date (DateComparison | Unset):
        end_date (DateComparison | Unset):
        fee_type (JobWhereFeeType | Unset):
        budget (DecimalComparison | Unset):
        fixed_fee (DecimalComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        client (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        partner (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        manager (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        job_template (JobTemplateWhere | Unset): A boolean expression over JobTemplate fields and relations; keys are
            ANDed.
        service_line (ServiceLineWhere | Unset): A boolean expression over ServiceLine fields and relations; keys are
            ANDed.
        wips (WipWhere | Unset): A boolean expression over Wip fields and relations; keys are ANDed.
    """

    field_and_: list[JobWhere] | Unset = UNSET
    field_or_: list[JobWhere] | Unset = UNSET
    field_not_: JobWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    job_ref: StringComparison | Unset = UNSET
    name: StringComparison | Unset = UNSET
    client_id: IntegerComparison | Unset = UNSET
    job_template_id: IntegerComparison | Unset = UNSET
    service_line_id: IntegerComparison | Unset = UNSET
    partner_staff_id: IntegerComparison | Unset = UNSET
    manager_staff_id: IntegerComparison | Unset = UNSET
    status: JobWhereStatus | Unset = UNSET
    start_date: DateComparison | Unset = UNSET
    due_date: DateComparison | Unset = UNSET
    end_date: DateComparison | Unset = UNSET
    fee_type: JobWhereFeeType | Unset = UNSET
    budget: DecimalComparison | Unset = UNSET
    fixed_fee: DecimalComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    client: ClientWhere | Unset = UNSET
    partner: StaffWhere | Unset = UNSET
    manager: StaffWhere | Unset = UNSET
    job_template: JobTemplateWhere | Unset = UNSET
    service_line: ServiceLineWhere | Unset = UNSET
    wips: WipWhere | Unset = UNSET

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

        job_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_ref, Unset):
            job_ref = self.job_ref.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        client_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = self.client_id.to_dict()

        job_template_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_template_id, Unset):
            job_template_id = self.job_template_id.to_dict()

        service_line_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_line_id, Unset):
            service_line_id = self.service_line_id.to_dict()

        partner_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_staff_id, Unset):
            partner_staff_id = self.partner_staff_id.to_dict()

        manager_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_staff_id, Unset):
            manager_staff_id = self.manager_staff_id.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        due_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        fee_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = self.fee_type.to_dict()

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        fixed_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_fee, Unset):
            fixed_fee = self.fixed_fee.to_dict()

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

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        job_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_template, Unset):
            job_template = self.job_template.to_dict()

        service_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_line, Unset):
            service_line = self.service_line.to_dict()

        wips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wips, Unset):
            wips = self.wips.to_dict()

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
        if job_ref is not UNSET:
            field_dict["jobRef"] = job_ref
        if name is not UNSET:
            field_dict["name"] = name
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if job_template_id is not UNSET:
            field_dict["jobTemplateId"] = job_template_id
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if budget is not UNSET:
            field_dict["budget"] = budget
        if fixed_fee is not UNSET:
            field_dict["fixedFee"] = fixed_fee
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if client is not UNSET:
            field_dict["client"] = client
        if partner is not UNSET:
            field_dict["partner"] = partner
        if manager is not UNSET:
            field_dict["manager"] = manager
        if job_template is not UNSET:
            field_dict["jobTemplate"] = job_template
        if service_line is not UNSET:
            field_dict["serviceLine"] = service_line
        if wips is not UNSET:
            field_dict["wips"] = wips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.decimal_comparison import DecimalComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.job_template_where import JobTemplateWhere
        from ..models.job_where_fee_type import JobWhereFeeType
        from ..models.job_where_status import JobWhereStatus
        from ..models.service_line_where import ServiceLineWhere
        from ..models.staff_where import StaffWhere
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison
        from ..models.wip_where import WipWhere

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[JobWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = JobWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[JobWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = JobWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: JobWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = JobWhere.from_dict(_field_not_)

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

        _job_ref = d.pop("jobRef", UNSET)
        job_ref: StringComparison | Unset
        if isinstance(_job_ref, Unset):
            job_ref = UNSET
        else:
            job_ref = StringComparison.from_dict(_job_ref)

        _name = d.pop("name", UNSET)
        name: StringComparison | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = StringComparison.from_dict(_name)

        _client_id = d.pop("clientId", UNSET)
        client_id: IntegerComparison | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = IntegerComparison.from_dict(_client_id)

        _job_template_id = d.pop("jobTemplateId", UNSET)
        job_template_id: IntegerComparison | Unset
        if isinstance(_job_template_id, Unset):
            job_template_id = UNSET
        else:
            job_template_id = IntegerComparison.from_dict(_job_template_id)

        _service_line_id = d.pop("serviceLineId", UNSET)
        service_line_id: IntegerComparison | Unset
        if isinstance(_service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = IntegerComparison.from_dict(_service_line_id)

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

        _status = d.pop("status", UNSET)
        status: JobWhereStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobWhereStatus.from_dict(_status)

        _start_date = d.pop("startDate", UNSET)
        start_date: DateComparison | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = DateComparison.from_dict(_start_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: DateComparison | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = DateComparison.from_dict(_due_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: DateComparison | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = DateComparison.from_dict(_end_date)

        _fee_type = d.pop("feeType", UNSET)
        fee_type: JobWhereFeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = JobWhereFeeType.from_dict(_fee_type)

        _budget = d.pop("budget", UNSET)
        budget: DecimalComparison | Unset
        if isinstance(_budget, Unset):
            budget = UNSET
        else:
            budget = DecimalComparison.from_dict(_budget)

        _fixed_fee = d.pop("fixedFee", UNSET)
        fixed_fee: DecimalComparison | Unset
        if isinstance(_fixed_fee, Unset):
            fixed_fee = UNSET
        else:
            fixed_fee = DecimalComparison.from_dict(_fixed_fee)

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

        _partner = d.pop("partner", UNSET)
        partner: StaffWhere | Unset
        if isinstance(_partner, Unset):
            partner = UNSET
        else:
            partner = StaffWhere.from_dict(_partner)

        _manager = d.pop("manager", UNSET)
        manager: StaffWhere | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = StaffWhere.from_dict(_manager)

        _job_template = d.pop("jobTemplate", UNSET)
        job_template: JobTemplateWhere | Unset
        if isinstance(_job_template, Unset):
            job_template = UNSET
        else:
            job_template = JobTemplateWhere.from_dict(_job_template)

        _service_line = d.pop("serviceLine", UNSET)
        service_line: ServiceLineWhere | Unset
        if isinstance(_service_line, Unset):
            service_line = UNSET
        else:
            service_line = ServiceLineWhere.from_dict(_service_line)

        _wips = d.pop("wips", UNSET)
        wips: WipWhere | Unset
        if isinstance(_wips, Unset):
            wips = UNSET
        else:
            wips = WipWhere.from_dict(_wips)

        job_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            job_ref=job_ref,
            name=name,
            client_id=client_id,
            job_template_id=job_template_id,
            service_line_id=service_line_id,
            partner_staff_id=partner_staff_id,
            manager_staff_id=manager_staff_id,
            status=status,
            start_date=start_date,
            due_date=due_date,
            end_date=end_date,
            fee_type=fee_type,
            budget=budget,
            fixed_fee=fixed_fee,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            client=client,
            partner=partner,
            manager=manager,
            job_template=job_template,
            service_line=service_line,
            wips=wips,
        )

        return job_where
