from enum import StrEnum


class ProjectWhereFeeTypeLt(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
