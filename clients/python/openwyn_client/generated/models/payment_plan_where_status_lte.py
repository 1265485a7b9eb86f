from enum import StrEnum


class PaymentPlanWhereStatusLte(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    PAUSED = "PAUSED"

    def __str__(self) -> str:
        return str(self.value)
