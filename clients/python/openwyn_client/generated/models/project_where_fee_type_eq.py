from enum import StrEnum


class ProjectWhereFeeTypeEq(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
