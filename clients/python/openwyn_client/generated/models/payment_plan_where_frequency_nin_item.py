from enum import StrEnum


class PaymentPlanWhereFrequencyNinItem(StrEnum):
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
