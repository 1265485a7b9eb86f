from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_outcome_status import RecordOutcomeStatus

if TYPE_CHECKING:
    from ..models.error_model import ErrorModel
    from ..models.record_outcome_system_ref_type_1 import RecordOutcomeSystemRefType1


T = TypeVar("T", bound="RecordOutcome")


@_attrs_define
class RecordOutcome:
    """
    Attributes:
        index (int): The record's position in the request.
        type_ (None | str):
        system_ref (None | RecordOutcomeSystemRefType1 | str):
        id (int | None):
        operation (None | str): CREATED, UPDATED, UNCHANGED or DELETED.
        status (RecordOutcomeStatus):
        error (ErrorModel | None):
    """

    index: int
    type_: None | str
    system_ref: None | RecordOutcomeSystemRefType1 | str
    id: int | None
    operation: None | str
    status: RecordOutcomeStatus
    error: ErrorModel | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_model import ErrorModel
        from ..models.record_outcome_system_ref_type_1 import (
            RecordOutcomeSystemRefType1,
        )

        index = self.index

        type_: None | str
        type_ = self.type_

        system_ref: dict[str, Any] | None | str
        if isinstance(self.system_ref, RecordOutcomeSystemRefType1):
            system_ref = self.system_ref.to_dict()
        else:
            system_ref = self.system_ref

        id: int | None
        id = self.id

        operation: None | str
        operation = self.operation

        status = self.status.value

        error: dict[str, Any] | None
        if isinstance(self.error, ErrorModel):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
                "systemRef": system_ref,
                "id": id,
                "operation": operation,
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_model import ErrorModel
        from ..models.record_outcome_system_ref_type_1 import (
            RecordOutcomeSystemRefType1,
        )

        d = dict(src_dict)
        index = d.pop("index")

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_system_ref(data: object) -> None | RecordOutcomeSystemRefType1 | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_ref_type_1 = RecordOutcomeSystemRefType1.from_dict(data)

                return system_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordOutcomeSystemRefType1 | str, data)

        system_ref = _parse_system_ref(d.pop("systemRef"))

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        def _parse_operation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation = _parse_operation(d.pop("operation"))

        status = RecordOutcomeStatus(d.pop("status"))

        def _parse_error(data: object) -> ErrorModel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorModel.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorModel | None, data)

        error = _parse_error(d.pop("error"))

        record_outcome = cls(
            index=index,
            type_=type_,
            system_ref=system_ref,
            id=id,
            operation=operation,
            status=status,
            error=error,
        )

        record_outcome.additional_properties = d
        return record_outcome

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
