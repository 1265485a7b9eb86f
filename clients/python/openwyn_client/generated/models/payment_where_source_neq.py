from enum import StrEnum


class PaymentWhereSourceNeq(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
