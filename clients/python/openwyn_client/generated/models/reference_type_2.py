from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.system_ref_type_1 import SystemRefType1


T = TypeVar("T", bound="ReferenceType2")


@_attrs_define
class ReferenceType2:
    """
    Attributes:
        system_ref (str | SystemRefType1): The record's id in the source system: a string, or an object of scalars.
    """

    system_ref: str | SystemRefType1

    def to_dict(self) -> dict[str, Any]:
        from ..models.system_ref_type_1 import SystemRefType1

        system_ref: dict[str, Any] | str
        if isinstance(self.system_ref, SystemRefType1):
            system_ref = self.system_ref.to_dict()
        else:
            system_ref = self.system_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "systemRef": system_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_ref_type_1 import SystemRefType1

        d = dict(src_dict)

        def _parse_system_ref(data: object) -> str | SystemRefType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_system_ref_type_1 = SystemRefType1.from_dict(data)

                return componentsschemas_system_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SystemRefType1, data)

        system_ref = _parse_system_ref(d.pop("systemRef"))

        reference_type_2 = cls(
            system_ref=system_ref,
        )

        return reference_type_2
