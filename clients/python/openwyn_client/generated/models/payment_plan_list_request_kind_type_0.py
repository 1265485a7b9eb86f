from enum import StrEnum


class PaymentPlanListRequestKindType0(StrEnum):
    AUTOPAY = "AUTOPAY"
    RECURRING = "RECURRING"

    def __str__(self) -> str:
        return str(self.value)
