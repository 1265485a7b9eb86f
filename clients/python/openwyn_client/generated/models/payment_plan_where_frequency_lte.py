from enum import StrEnum


class PaymentPlanWhereFrequencyLte(StrEnum):
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
