from enum import StrEnum


class JobWhereFeeTypeLte(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
