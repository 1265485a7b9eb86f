from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_template_fee_type_type_0 import JobTemplateFeeTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTemplate")


@_attrs_define
class JobTemplate:
    """
    Attributes:
        id (int):
        name (str):
        active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        pms_ref (None | str | Unset):
        code (None | str | Unset):
        description (None | str | Unset):
        service_line_id (int | None | Unset):
        fee_type (JobTemplateFeeTypeType0 | None | Unset):
        default_budget (float | None | Unset):
        tasks (list[str] | None | Unset):
    """

    id: int
    name: str
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    pms_ref: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    service_line_id: int | None | Unset = UNSET
    fee_type: JobTemplateFeeTypeType0 | None | Unset = UNSET
    default_budget: float | None | Unset = UNSET
    tasks: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        active = self.active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

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

        service_line_id: int | None | Unset
        if isinstance(self.service_line_id, Unset):
            service_line_id = UNSET
        else:
            service_line_id = self.service_line_id

        fee_type: None | str | Unset
        if isinstance(self.fee_type, Unset):
            fee_type = UNSET
        elif isinstance(self.fee_type, JobTemplateFeeTypeType0):
            fee_type = self.fee_type.value
        else:
            fee_type = self.fee_type

        default_budget: float | None | Unset
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "active": active,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

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

        def _parse_service_line_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_line_id = _parse_service_line_id(d.pop("serviceLineId", UNSET))

        def _parse_fee_type(data: object) -> JobTemplateFeeTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_type_0 = JobTemplateFeeTypeType0(data)

                return fee_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobTemplateFeeTypeType0 | None | Unset, data)

        fee_type = _parse_fee_type(d.pop("feeType", UNSET))

        def _parse_default_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

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

        job_template = cls(
            id=id,
            name=name,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            pms_ref=pms_ref,
            code=code,
            description=description,
            service_line_id=service_line_id,
            fee_type=fee_type,
            default_budget=default_budget,
            tasks=tasks,
        )

        job_template.additional_properties = d
        return job_template

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
