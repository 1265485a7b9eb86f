from enum import StrEnum


class ClientRequestWhereStatusLte(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    DRAFT = "DRAFT"
    IN_PROGRESS = "IN_PROGRESS"
    OVERDUE = "OVERDUE"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
