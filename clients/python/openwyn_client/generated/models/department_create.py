from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_type_1 import ReferenceType1
    from ..models.reference_type_2 import ReferenceType2


T = TypeVar("T", bound="DepartmentCreate")


@_attrs_define
class DepartmentCreate:
    """
    Attributes:
        name (str):
        pms_ref (None | str | Unset):
        code (None | str | Unset):
        parent_department_id (int | None | ReferenceType1 | ReferenceType2 | Unset):
        active (bool | Unset):
    """

    name: str
    pms_ref: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    parent_department_id: int | None | ReferenceType1 | ReferenceType2 | Unset = UNSET
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

        parent_department_id: dict[str, Any] | int | None | Unset
        if isinstance(self.parent_department_id, Unset):
            parent_department_id = UNSET
        elif isinstance(self.parent_department_id, ReferenceType1) or isinstance(
            self.parent_department_id, ReferenceType2
        ):
            parent_department_id = self.parent_department_id.to_dict()
        else:
            parent_department_id = self.parent_department_id

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
        if parent_department_id is not UNSET:
            field_dict["parentDepartmentId"] = parent_department_id
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

        def _parse_parent_department_id(
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

        parent_department_id = _parse_parent_department_id(
            d.pop("parentDepartmentId", UNSET)
        )

        active = d.pop("active", UNSET)

        department_create = cls(
            name=name,
            pms_ref=pms_ref,
            code=code,
            parent_department_id=parent_department_id,
            active=active,
        )

        return department_create
