from enum import StrEnum


class JobWhereFeeTypeNeq(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
