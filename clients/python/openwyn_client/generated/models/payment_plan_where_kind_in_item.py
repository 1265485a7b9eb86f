from enum import StrEnum


class PaymentPlanWhereKindInItem(StrEnum):
    AUTOPAY = "AUTOPAY"
    RECURRING = "RECURRING"

    def __str__(self) -> str:
        return str(self.value)
