from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_summary import BatchSummary
    from ..models.record_outcome import RecordOutcome


T = TypeVar("T", bound="RecordBatchResult")


@_attrs_define
class RecordBatchResult:
    """
    Attributes:
        records (list[RecordOutcome]):
        summary (BatchSummary):
    """

    records: list[RecordOutcome]
    summary: BatchSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_summary import BatchSummary
        from ..models.record_outcome import RecordOutcome

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = RecordOutcome.from_dict(records_item_data)

            records.append(records_item)

        summary = BatchSummary.from_dict(d.pop("summary"))

        record_batch_result = cls(
            records=records,
            summary=summary,
        )

        record_batch_result.additional_properties = d
        return record_batch_result

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
