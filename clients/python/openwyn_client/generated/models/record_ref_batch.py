from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.record_ref_batch_record_ref import RecordRefBatchRecordRef
    from ..models.record_ref_batch_records_item_type_1 import (
        RecordRefBatchRecordsItemType1,
    )


T = TypeVar("T", bound="RecordRefBatch")


@_attrs_define
class RecordRefBatch:
    """
    Attributes:
        records (list[RecordRefBatchRecordRef | RecordRefBatchRecordsItemType1]):
    """

    records: list[RecordRefBatchRecordRef | RecordRefBatchRecordsItemType1]

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_ref_batch_record_ref import RecordRefBatchRecordRef

        records = []
        for records_item_data in self.records:
            records_item: dict[str, Any]
            if isinstance(records_item_data, RecordRefBatchRecordRef):
                records_item = records_item_data.to_dict()
            else:
                records_item = records_item_data.to_dict()

            records.append(records_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.record_ref_batch_record_ref import RecordRefBatchRecordRef
        from ..models.record_ref_batch_records_item_type_1 import (
            RecordRefBatchRecordsItemType1,
        )

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:

            def _parse_records_item(
                data: object,
            ) -> RecordRefBatchRecordRef | RecordRefBatchRecordsItemType1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    records_item_record_ref = RecordRefBatchRecordRef.from_dict(data)

                    return records_item_record_ref
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                records_item_type_1 = RecordRefBatchRecordsItemType1.from_dict(data)

                return records_item_type_1

            records_item = _parse_records_item(records_item_data)

            records.append(records_item)

        record_ref_batch = cls(
            records=records,
        )

        return record_ref_batch
