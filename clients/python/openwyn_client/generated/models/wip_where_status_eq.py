from enum import StrEnum


class WipWhereStatusEq(StrEnum):
    BILLED = "BILLED"
    ON_DRAFT = "ON_DRAFT"
    OPEN = "OPEN"
    WRITTEN_OFF = "WRITTEN_OFF"

    def __str__(self) -> str:
        return str(self.value)
