from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_template_create_fee_type_type_0 import JobTemplateCreateFeeTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="JobTemplateCreate")


@_attrs_define
class JobTemplateCreate:
    """
    Attributes:
        name (str):
        pms_ref (None | str | Unset):
        code (None | str | Unset):
        description (None | str | Unset):
        service_line_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        fee_type (JobTemplateCreateFeeTypeType0 | None | Unset):
        default_budget (float | None | str | Unset):
        tasks (list[str] | None | Unset):
        active (bool | Unset):
    """

    name: str
    pms_ref: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    service_line_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
    fee_type: JobTemplateCreateFeeTypeType0 | None | Unset = UNSET
    default_budget: float | None | str | Unset = UNSET
    tasks: list[str] | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        name = self.name

        pms_ref: None | str | Unset
        if isinstance(self.pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = self.pms_ref

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        service_line_id: dict[str, Any] | int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        elif isinstance(self.service_line_id, ReferenceType1) or isinstance(
            self.service_line_id, ReferenceType2
        ):
            service_line_id = self.service_line_id.to_dict()
        else:
            service_line_id = self.service_line_id

        fee_type: None | str | Unset
        if isinstance(self.fee_type, Unset):
            fee_type = UNSET
        elif isinstance(self.fee_type, JobTemplateCreateFeeTypeType0):
            fee_type = self.fee_type.value
        else:
            fee_type = self.fee_type

        default_budget: float | None | str | Unset
        if isinstance(self.default_budget, Unset):
            default_budget = UNSET
        else:
            default_budget = self.default_budget

        tasks: list[str] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = self.tasks

        else:
            tasks = self.tasks

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if service_line_id is not UNSET:
            field_dict["serviceLineId"] = service_line_id
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if default_budget is not UNSET:
            field_dict["defaultBudget"] = default_budget
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_type_1 import ReferenceType1
        from ..models.reference_type_2 import ReferenceType2

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_pms_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pms_ref = _parse_pms_ref(d.pop("pmsRef", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_service_line_id(
            data: object,
        ) -> int | None | ReferenceType1 | ReferenceType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_1 = ReferenceType1.from_dict(data)

                return componentsschemas_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reference_type_2 = ReferenceType2.from_dict(data)

                return componentsschemas_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ReferenceType1 | ReferenceType2 | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_fee_type(
            data: object,
        ) -> JobTemplateCreateFeeTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_type_0 = JobTemplateCreateFeeTypeType0(data)

                return fee_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobTemplateCreateFeeTypeType0 | None | Unset, data)

        fee_type = _parse_fee_type(d.pop("feeType", UNSET))

        def _parse_default_budget(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        default_budget = _parse_default_budget(d.pop("defaultBudget", UNSET))

        def _parse_tasks(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = cast(list[str], data)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        active = d.pop("active", UNSET)

        job_template_create = cls(
            name=name,
            pms_ref=pms_ref,
            code=code,
            description=description,
            service_line_id=service_line_id,
            fee_type=fee_type,
            default_budget=default_budget,
            tasks=tasks,
            active=active,
        )

        return job_template_create
