from enum import StrEnum


class PaymentPlanWhereKindGte(StrEnum):
    AUTOPAY = "AUTOPAY"
    RECURRING = "RECURRING"

    def __str__(self) -> str:
        return str(self.value)
