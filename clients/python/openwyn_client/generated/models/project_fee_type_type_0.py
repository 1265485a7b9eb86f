from enum import StrEnum


class ProjectFeeTypeType0(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
