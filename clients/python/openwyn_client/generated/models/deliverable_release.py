from enum import StrEnum


class DeliverableRelease(StrEnum):
    IMMEDIATE = "IMMEDIATE"
    ON_PAYMENT = "ON_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)
