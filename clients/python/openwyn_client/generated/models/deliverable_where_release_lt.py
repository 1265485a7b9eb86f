from enum import StrEnum


class DeliverableWhereReleaseLt(StrEnum):
    IMMEDIATE = "IMMEDIATE"
    ON_PAYMENT = "ON_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)
