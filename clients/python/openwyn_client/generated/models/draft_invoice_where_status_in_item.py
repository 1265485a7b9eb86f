from enum import StrEnum


class DraftInvoiceWhereStatusInItem(StrEnum):
    ABANDONED = "ABANDONED"
    APPROVED = "APPROVED"
    FINALIZED = "FINALIZED"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    UNDER_REVIEW = "UNDER_REVIEW"

    def __str__(self) -> str:
        return str(self.value)
