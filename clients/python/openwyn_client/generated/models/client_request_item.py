from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_request_file import ClientRequestFile


T = TypeVar("T", bound="ClientRequestItem")


@_attrs_define
class ClientRequestItem:
    """
    Attributes:
        id (int):
        title (str):
        description (None | str):
        status (str):
        comment (None | str):
        files (list[ClientRequestFile]):
    """

    id: int
    title: str
    description: None | str
    status: str
    comment: None | str
    files: list[ClientRequestFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description: None | str
        description = self.description

        status = self.status

        comment: None | str
        comment = self.comment

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "status": status,
                "comment": comment,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_request_file import ClientRequestFile

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = d.pop("status")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ClientRequestFile.from_dict(files_item_data)

            files.append(files_item)

        client_request_item = cls(
            id=id,
            title=title,
            description=description,
            status=status,
            comment=comment,
            files=files,
        )

        client_request_item.additional_properties = d
        return client_request_item

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
