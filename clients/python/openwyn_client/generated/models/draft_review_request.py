from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.draft_review_request_decision import DraftReviewRequestDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftReviewRequest")


@_attrs_define
class DraftReviewRequest:
    """
    Attributes:
        decision (DraftReviewRequestDecision):
        comment (None | str | Unset):
    """

    decision: DraftReviewRequestDecision
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decision = DraftReviewRequestDecision(d.pop("decision"))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        draft_review_request = cls(
            decision=decision,
            comment=comment,
        )

        return draft_review_request
