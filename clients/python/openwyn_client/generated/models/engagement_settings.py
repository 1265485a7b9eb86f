from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EngagementSettings")


@_attrs_define
class EngagementSettings:
    """`engagements` settings: with `executionRequiresSignedPdf`, an engagement executed
    without the client needs `fileId`, a PDF the firm uploaded.

        Attributes:
            execution_requires_signed_pdf (bool | Unset):  Default: False.
    """

    execution_requires_signed_pdf: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        execution_requires_signed_pdf = self.execution_requires_signed_pdf

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if execution_requires_signed_pdf is not UNSET:
            field_dict["executionRequiresSignedPdf"] = execution_requires_signed_pdf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        execution_requires_signed_pdf = d.pop("executionRequiresSignedPdf", UNSET)

        engagement_settings = cls(
            execution_requires_signed_pdf=execution_requires_signed_pdf,
        )

        return engagement_settings
