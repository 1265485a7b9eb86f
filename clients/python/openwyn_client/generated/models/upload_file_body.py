from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadFileBody")


@_attrs_define
class UploadFileBody:
    """
    Attributes:
        file (File): The file's bytes.
        record_type (str | Unset):
        record_id (int | Unset):
        system_ref (str | Unset):
        description (str | Unset):
    """

    file: File
    record_type: str | Unset = UNSET
    record_id: int | Unset = UNSET
    system_ref: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        record_type = self.record_type

        record_id = self.record_id

        system_ref = self.system_ref

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if record_id is not UNSET:
            field_dict["recordId"] = record_id
        if system_ref is not UNSET:
            field_dict["systemRef"] = system_ref
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.record_type, Unset):
            files.append(
                ("recordType", (None, str(self.record_type).encode(), "text/plain"))
            )

        if not isinstance(self.record_id, Unset):
            files.append(
                ("recordId", (None, str(self.record_id).encode(), "text/plain"))
            )

        if not isinstance(self.system_ref, Unset):
            files.append(
                ("systemRef", (None, str(self.system_ref).encode(), "text/plain"))
            )

        if not isinstance(self.description, Unset):
            files.append(
                ("description", (None, str(self.description).encode(), "text/plain"))
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        record_type = d.pop("recordType", UNSET)

        record_id = d.pop("recordId", UNSET)

        system_ref = d.pop("systemRef", UNSET)

        description = d.pop("description", UNSET)

        upload_file_body = cls(
            file=file,
            record_type=record_type,
            record_id=record_id,
            system_ref=system_ref,
            description=description,
        )

        return upload_file_body
