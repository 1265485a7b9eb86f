from enum import StrEnum


class WipWhereTypeGt(StrEnum):
    EXPENSE = "EXPENSE"
    FIXED_FEE = "FIXED_FEE"
    PROGRESS = "PROGRESS"
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
