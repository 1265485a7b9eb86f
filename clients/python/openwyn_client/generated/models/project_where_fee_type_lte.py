from enum import StrEnum


class ProjectWhereFeeTypeLte(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
