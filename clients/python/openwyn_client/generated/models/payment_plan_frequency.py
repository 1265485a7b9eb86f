from enum import StrEnum


class PaymentPlanFrequency(StrEnum):
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
