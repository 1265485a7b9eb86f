from enum import StrEnum


class ServiceInBillingschedule(StrEnum):
    MONTHLY = "MONTHLY"
    ONCE = "ONCE"
    ON_COMPLETION = "ON_COMPLETION"
    QUARTERLY = "QUARTERLY"

    def __str__(self) -> str:
        return str(self.value)
