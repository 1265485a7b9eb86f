from enum import StrEnum


class PaymentReadStatus(StrEnum):
    CONFIRMED = "CONFIRMED"
    DISPUTED = "DISPUTED"
    FAILED = "FAILED"
    PENDING = "PENDING"
    REFUNDED = "REFUNDED"

    def __str__(self) -> str:
        return str(self.value)
