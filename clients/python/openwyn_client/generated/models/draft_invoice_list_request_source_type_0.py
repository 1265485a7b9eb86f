from enum import StrEnum


class DraftInvoiceListRequestSourceType0(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
