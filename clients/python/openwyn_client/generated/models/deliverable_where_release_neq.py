from enum import StrEnum


class DeliverableWhereReleaseNeq(StrEnum):
    IMMEDIATE = "IMMEDIATE"
    ON_PAYMENT = "ON_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)
