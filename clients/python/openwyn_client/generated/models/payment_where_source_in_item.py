from enum import StrEnum


class PaymentWhereSourceInItem(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
