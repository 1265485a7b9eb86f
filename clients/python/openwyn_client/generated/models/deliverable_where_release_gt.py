from enum import StrEnum


class DeliverableWhereReleaseGt(StrEnum):
    IMMEDIATE = "IMMEDIATE"
    ON_PAYMENT = "ON_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)
