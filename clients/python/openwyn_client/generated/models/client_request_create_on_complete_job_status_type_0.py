from enum import StrEnum


class ClientRequestCreateOnCompleteJobStatusType0(StrEnum):
    CANCELLED = "CANCELLED"
    CLOSED = "CLOSED"
    COMPLETED = "COMPLETED"
    IN_PROGRESS = "IN_PROGRESS"
    ON_HOLD = "ON_HOLD"
    OPEN = "OPEN"
    PLANNING = "PLANNING"

    def __str__(self) -> str:
        return str(self.value)
