from enum import StrEnum


class PaymentPlanWherePaymentMethodNeq(StrEnum):
    ACH = "ACH"
    CREDIT_CARD = "CREDIT_CARD"
    DEBIT_CARD = "DEBIT_CARD"

    def __str__(self) -> str:
        return str(self.value)
