from enum import StrEnum


class DraftReviewRequestDecision(StrEnum):
    APPROVE = "APPROVE"
    REQUEST_CHANGES = "REQUEST_CHANGES"

    def __str__(self) -> str:
        return str(self.value)
