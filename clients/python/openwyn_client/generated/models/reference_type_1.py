from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReferenceType1")


@_attrs_define
class ReferenceType1:
    """
    Attributes:
        pms_ref (str):
    """

    pms_ref: str

    def to_dict(self) -> dict[str, Any]:
        pms_ref = self.pms_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pmsRef": pms_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pms_ref = d.pop("pmsRef")

        reference_type_1 = cls(
            pms_ref=pms_ref,
        )

        return reference_type_1
