from enum import StrEnum


class DeliverableWhereReleaseEq(StrEnum):
    IMMEDIATE = "IMMEDIATE"
    ON_PAYMENT = "ON_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)
