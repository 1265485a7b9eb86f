from enum import StrEnum


class ProjectListRequestFeeTypeType0(StrEnum):
    FIXED = "FIXED"
    HOURLY = "HOURLY"

    def __str__(self) -> str:
        return str(self.value)
