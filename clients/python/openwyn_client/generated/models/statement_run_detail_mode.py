from enum import StrEnum


class StatementRunDetailMode(StrEnum):
    AUTO = "AUTO"
    REVIEW = "REVIEW"

    def __str__(self) -> str:
        return str(self.value)
