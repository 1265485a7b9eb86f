from enum import StrEnum


class JobWhereFeeTypeNinItem(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
