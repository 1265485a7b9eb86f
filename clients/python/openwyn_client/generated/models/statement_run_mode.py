from enum import StrEnum


class StatementRunMode(StrEnum):
    AUTO = "AUTO"
    REVIEW = "REVIEW"

    def __str__(self) -> str:
        return str(self.value)
