from enum import StrEnum


class DraftInvoiceWhereReviewStatusNeq(StrEnum):
    APPROVED = "APPROVED"
    CHANGES_REQUESTED = "CHANGES_REQUESTED"
    NOT_SUBMITTED = "NOT_SUBMITTED"
    PENDING_REVIEW = "PENDING_REVIEW"
    REVIEWED = "REVIEWED"

    def __str__(self) -> str:
        return str(self.value)
