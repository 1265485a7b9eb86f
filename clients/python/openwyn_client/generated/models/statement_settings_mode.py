from enum import StrEnum


class StatementSettingsMode(StrEnum):
    AUTO = "AUTO"
    REVIEW = "REVIEW"

    def __str__(self) -> str:
        return str(self.value)
