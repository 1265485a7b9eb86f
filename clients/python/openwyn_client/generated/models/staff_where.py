from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.client_where import ClientWhere
    from ..models.date_comparison import DateComparison
    from ..models.decimal_comparison import DecimalComparison
    from ..models.department_where import DepartmentWhere
    from ..models.integer_comparison import IntegerComparison
    from ..models.job_where import JobWhere
    from ..models.office_where import OfficeWhere
    from ..models.staff_where_staff_type import StaffWhereStaffType
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison
    from ..models.wip_where import WipWhere


T = TypeVar("T", bound="StaffWhere")


@_attrs_define
class StaffWhere:
    """A boolean expression over Staff fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[StaffWhere] | Unset):
        field_or_ (list[StaffWhere] | Unset):
        field_not_ (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        first_name (StringComparison | Unset):
        last_name (StringComparison | Unset):
        email (StringComparison | Unset):
        title (StringComparison | Unset):
        staff_type (StaffWhereStaffType | Unset):
        dept_id (IntegerComparison | Unset):
        office_id (IntegerComparison | Unset):
        manager_staff_id (IntegerComparison | Unset):
        billing_rate (DecimalComparison | Unset):
        cost_rate (DecimalComparison | Unset):
        start_date (DateComparison | Unset):
        end_date (DateComparison | Unset):
        active (BooleanComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
        department (DepartmentWhere | Unset): A boolean expression over Department fields and relations; keys are ANDed.
        office (OfficeWhere | Unset): A boolean expression over Office fields and relations; keys are ANDed.
        manager (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        reports (StaffWhere | Unset): A boolean expression over Staff fields and relations; keys are ANDed.
        partner_clients (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        manager_clients (ClientWhere | Unset): A boolean expression over Client fields and relations; keys are ANDed.
        partner_jobs (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
        manager_jobs (JobWhere | Unset): A boolean expression over Job fields and relations; keys are ANDed.
        wips (WipWhere | Unset): A boolean expression over Wip fields and relations; keys are ANDed.
    """

    field_and_: list[StaffWhere] | Unset = UNSET
    field_or_: list[StaffWhere] | Unset = UNSET
    field_not_: StaffWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    first_name: StringComparison | Unset = UNSET
    last_name: StringComparison | Unset = UNSET
    email: StringComparison | Unset = UNSET
    title: StringComparison | Unset = UNSET
    staff_type: StaffWhereStaffType | Unset = UNSET
    dept_id: IntegerComparison | Unset = UNSET
    office_id: IntegerComparison | Unset = UNSET
    manager_staff_id: IntegerComparison | Unset = UNSET
    billing_rate: DecimalComparison | Unset = UNSET
    cost_rate: DecimalComparison | Unset = UNSET
    start_date: DateComparison | Unset = UNSET
    end_date: DateComparison | Unset = UNSET
    active: BooleanComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET
    department: DepartmentWhere | Unset = UNSET
    office: OfficeWhere | Unset = UNSET
    manager: StaffWhere | Unset = UNSET
    reports: StaffWhere | Unset = UNSET
    partner_clients: ClientWhere | Unset = UNSET
    manager_clients: ClientWhere | Unset = UNSET
    partner_jobs: JobWhere | Unset = UNSET
    manager_jobs: JobWhere | Unset = UNSET
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

        first_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name.to_dict()

        last_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        staff_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_type, Unset):
            staff_type = self.staff_type.to_dict()

        dept_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dept_id, Unset):
            dept_id = self.dept_id.to_dict()

        office_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office_id, Unset):
            office_id = self.office_id.to_dict()

        manager_staff_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_staff_id, Unset):
            manager_staff_id = self.manager_staff_id.to_dict()

        billing_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_rate, Unset):
            billing_rate = self.billing_rate.to_dict()

        cost_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_rate, Unset):
            cost_rate = self.cost_rate.to_dict()

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        office: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office, Unset):
            office = self.office.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        reports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = self.reports.to_dict()

        partner_clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_clients, Unset):
            partner_clients = self.partner_clients.to_dict()

        manager_clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_clients, Unset):
            manager_clients = self.manager_clients.to_dict()

        partner_jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_jobs, Unset):
            partner_jobs = self.partner_jobs.to_dict()

        manager_jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_jobs, Unset):
            manager_jobs = self.manager_jobs.to_dict()

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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if staff_type is not UNSET:
            field_dict["staffType"] = staff_type
        if dept_id is not UNSET:
            field_dict["deptId"] = dept_id
        if office_id is not UNSET:
            field_dict["officeId"] = office_id
        if manager_staff_id is not UNSET:
            field_dict["managerStaffId"] = manager_staff_id
        if billing_rate is not UNSET:
            field_dict["billingRate"] = billing_rate
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version
        if department is not UNSET:
            field_dict["department"] = department
        if office is not UNSET:
            field_dict["office"] = office
        if manager is not UNSET:
            field_dict["manager"] = manager
        if reports is not UNSET:
            field_dict["reports"] = reports
        if partner_clients is not UNSET:
            field_dict["partnerClients"] = partner_clients
        if manager_clients is not UNSET:
            field_dict["managerClients"] = manager_clients
        if partner_jobs is not UNSET:
            field_dict["partnerJobs"] = partner_jobs
        if manager_jobs is not UNSET:
            field_dict["managerJobs"] = manager_jobs
        if wips is not UNSET:
            field_dict["wips"] = wips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.client_where import ClientWhere
        from ..models.date_comparison import DateComparison
        from ..models.decimal_comparison import DecimalComparison
        from ..models.department_where import DepartmentWhere
        from ..models.integer_comparison import IntegerComparison
        from ..models.job_where import JobWhere
        from ..models.office_where import OfficeWhere
        from ..models.staff_where_staff_type import StaffWhereStaffType
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison
        from ..models.wip_where import WipWhere

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[StaffWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = StaffWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[StaffWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = StaffWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: StaffWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = StaffWhere.from_dict(_field_not_)

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

        _first_name = d.pop("firstName", UNSET)
        first_name: StringComparison | Unset
        if isinstance(_first_name, Unset):
            first_name = UNSET
        else:
            first_name = StringComparison.from_dict(_first_name)

        _last_name = d.pop("lastName", UNSET)
        last_name: StringComparison | Unset
        if isinstance(_last_name, Unset):
            last_name = UNSET
        else:
            last_name = StringComparison.from_dict(_last_name)

        _email = d.pop("email", UNSET)
        email: StringComparison | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = StringComparison.from_dict(_email)

        _title = d.pop("title", UNSET)
        title: StringComparison | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = StringComparison.from_dict(_title)

        _staff_type = d.pop("staffType", UNSET)
        staff_type: StaffWhereStaffType | Unset
        if isinstance(_staff_type, Unset):
            staff_type = UNSET
        else:
            staff_type = StaffWhereStaffType.from_dict(_staff_type)

        _dept_id = d.pop("deptId", UNSET)
        dept_id: IntegerComparison | Unset
        if isinstance(_dept_id, Unset):
            dept_id = UNSET
        else:
            dept_id = IntegerComparison.from_dict(_dept_id)

        _office_id = d.pop("officeId", UNSET)
        office_id: IntegerComparison | Unset
        if isinstance(_office_id, Unset):
            office_id = UNSET
        else:
            office_id = IntegerComparison.from_dict(_office_id)

        _manager_staff_id = d.pop("managerStaffId", UNSET)
        manager_staff_id: IntegerComparison | Unset
        if isinstance(_manager_staff_id, Unset):
            manager_staff_id = UNSET
        else:
            manager_staff_id = IntegerComparison.from_dict(_manager_staff_id)

        _billing_rate = d.pop("billingRate", UNSET)
        billing_rate: DecimalComparison | Unset
        if isinstance(_billing_rate, Unset):
            billing_rate = UNSET
        else:
            billing_rate = DecimalComparison.from_dict(_billing_rate)

        _cost_rate = d.pop("costRate", UNSET)
        cost_rate: DecimalComparison | Unset
        if isinstance(_cost_rate, Unset):
            cost_rate = UNSET
        else:
            cost_rate = DecimalComparison.from_dict(_cost_rate)

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

        _active = d.pop("active", UNSET)
        active: BooleanComparison | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = BooleanComparison.from_dict(_active)

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

        _department = d.pop("department", UNSET)
        department: DepartmentWhere | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = DepartmentWhere.from_dict(_department)

        _office = d.pop("office", UNSET)
        office: OfficeWhere | Unset
        if isinstance(_office, Unset):
            office = UNSET
        else:
            office = OfficeWhere.from_dict(_office)

        _manager = d.pop("manager", UNSET)
        manager: StaffWhere | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = StaffWhere.from_dict(_manager)

        _reports = d.pop("reports", UNSET)
        reports: StaffWhere | Unset
        if isinstance(_reports, Unset):
            reports = UNSET
        else:
            reports = StaffWhere.from_dict(_reports)

        _partner_clients = d.pop("partnerClients", UNSET)
        partner_clients: ClientWhere | Unset
        if isinstance(_partner_clients, Unset):
            partner_clients = UNSET
        else:
            partner_clients = ClientWhere.from_dict(_partner_clients)

        _manager_clients = d.pop("managerClients", UNSET)
        manager_clients: ClientWhere | Unset
        if isinstance(_manager_clients, Unset):
            manager_clients = UNSET
        else:
            manager_clients = ClientWhere.from_dict(_manager_clients)

        _partner_jobs = d.pop("partnerJobs", UNSET)
        partner_jobs: JobWhere | Unset
        if isinstance(_partner_jobs, Unset):
            partner_jobs = UNSET
        else:
            partner_jobs = JobWhere.from_dict(_partner_jobs)

        _manager_jobs = d.pop("managerJobs", UNSET)
        manager_jobs: JobWhere | Unset
        if isinstance(_manager_jobs, Unset):
            manager_jobs = UNSET
        else:
            manager_jobs = JobWhere.from_dict(_manager_jobs)

        _wips = d.pop("wips", UNSET)
        wips: WipWhere | Unset
        if isinstance(_wips, Unset):
            wips = UNSET
        else:
            wips = WipWhere.from_dict(_wips)

        staff_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            first_name=first_name,
            last_name=last_name,
            email=email,
            title=title,
            staff_type=staff_type,
            dept_id=dept_id,
            office_id=office_id,
            manager_staff_id=manager_staff_id,
            billing_rate=billing_rate,
            cost_rate=cost_rate,
            start_date=start_date,
            end_date=end_date,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            department=department,
            office=office,
            manager=manager,
            reports=reports,
            partner_clients=partner_clients,
            manager_clients=manager_clients,
            partner_jobs=partner_jobs,
            manager_jobs=manager_jobs,
            wips=wips,
        )

        return staff_where
