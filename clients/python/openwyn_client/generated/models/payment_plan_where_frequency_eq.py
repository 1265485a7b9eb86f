from enum import StrEnum


class PaymentPlanWhereFrequencyEq(StrEnum):
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
