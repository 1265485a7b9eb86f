from enum import StrEnum


class StatementWhereStatusLte(StrEnum):
    PENDING_REVIEW = "PENDING_REVIEW"
    QUEUED = "QUEUED"
    SENT = "SENT"
    SKIPPED = "SKIPPED"

    def __str__(self) -> str:
        return str(self.value)
