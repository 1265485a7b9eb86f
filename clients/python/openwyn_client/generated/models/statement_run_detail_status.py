from enum import StrEnum


class StatementRunDetailStatus(StrEnum):
    PENDING_REVIEW = "PENDING_REVIEW"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
