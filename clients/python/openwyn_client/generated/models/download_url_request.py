from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadUrlRequest")


@_attrs_define
class DownloadUrlRequest:
    """
    Attributes:
        expires_in (int | Unset): Seconds the link works for (at most 7 days). Default: 3600.
    """

    expires_in: int | Unset = 3600

    def to_dict(self) -> dict[str, Any]:
        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expires_in = d.pop("expiresIn", UNSET)

        download_url_request = cls(
            expires_in=expires_in,
        )

        return download_url_request
