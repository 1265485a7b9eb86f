from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_batch_record_input_attributes import (
        RecordBatchRecordInputAttributes,
    )
    from ..models.system_ref_type_1 import SystemRefType1


T = TypeVar("T", bound="RecordBatchRecordInput")


@_attrs_define
class RecordBatchRecordInput:
    """One record of a batch: its type, its id in the source system, its attributes.

    Attributes:
        type_ (str):
        system_ref (str | SystemRefType1): The record's id in the source system: a string, or an object of scalars.
        attributes (RecordBatchRecordInputAttributes | Unset):
    """

    type_: str
    system_ref: str | SystemRefType1
    attributes: RecordBatchRecordInputAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.system_ref_type_1 import SystemRefType1

        type_ = self.type_

        system_ref: dict[str, Any] | str
        if isinstance(self.system_ref, SystemRefType1):
            system_ref = self.system_ref.to_dict()
        else:
            system_ref = self.system_ref

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "systemRef": system_ref,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.record_batch_record_input_attributes import (
            RecordBatchRecordInputAttributes,
        )
        from ..models.system_ref_type_1 import SystemRefType1

        d = dict(src_dict)
        type_ = d.pop("type")

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

        _attributes = d.pop("attributes", UNSET)
        attributes: RecordBatchRecordInputAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = RecordBatchRecordInputAttributes.from_dict(_attributes)

        record_batch_record_input = cls(
            type_=type_,
            system_ref=system_ref,
            attributes=attributes,
        )

        return record_batch_record_input
