from enum import StrEnum


class JobCreateFeeTypeType0(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
