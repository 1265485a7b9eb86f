from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualExecute")


@_attrs_define
class ManualExecute:
    """An uploaded signed letter, when the firm has one.

    Attributes:
        file_id (int | None | Unset):
    """

    file_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_id: int | None | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if file_id is not UNSET:
            field_dict["fileId"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_id = _parse_file_id(d.pop("fileId", UNSET))

        manual_execute = cls(
            file_id=file_id,
        )

        return manual_execute
