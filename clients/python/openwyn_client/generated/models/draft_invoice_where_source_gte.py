from enum import StrEnum


class DraftInvoiceWhereSourceGte(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
