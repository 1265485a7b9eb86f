from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """
    Attributes:
        jwt_api_key (str):
    """

    jwt_api_key: str

    def to_dict(self) -> dict[str, Any]:
        jwt_api_key = self.jwt_api_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jwtApiKey": jwt_api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jwt_api_key = d.pop("jwtApiKey")

        token_request = cls(
            jwt_api_key=jwt_api_key,
        )

        return token_request
