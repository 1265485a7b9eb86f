from enum import StrEnum


class ArTransactionWhereKindEq(StrEnum):
    CREDIT_MEMO = "CREDIT_MEMO"
    INVOICE = "INVOICE"
    PAYMENT = "PAYMENT"
    REFUND = "REFUND"
    REVERSAL = "REVERSAL"
    WRITE_OFF = "WRITE_OFF"

    def __str__(self) -> str:
        return str(self.value)
