from enum import StrEnum


class DraftInvoiceWhereBillTypeGt(StrEnum):
    ADVANCED = "ADVANCED"
    PROGRESS = "PROGRESS"
    WIP = "WIP"

    def __str__(self) -> str:
        return str(self.value)
