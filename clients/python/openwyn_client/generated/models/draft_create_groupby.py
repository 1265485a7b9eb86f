from enum import StrEnum


class DraftCreateGroupby(StrEnum):
    JOB = "JOB"
    NONE = "NONE"
    SERVICE_LINE = "SERVICE_LINE"
    STAFF = "STAFF"
    TASK = "TASK"

    def __str__(self) -> str:
        return str(self.value)
