from enum import StrEnum


class WipListRequestTypeType0(StrEnum):
    EXPENSE = "EXPENSE"
    FIXED_FEE = "FIXED_FEE"
    PROGRESS = "PROGRESS"
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
