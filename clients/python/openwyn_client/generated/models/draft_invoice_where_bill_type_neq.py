from enum import StrEnum


class DraftInvoiceWhereBillTypeNeq(StrEnum):
    ADVANCED = "ADVANCED"
    PROGRESS = "PROGRESS"
    WIP = "WIP"

    def __str__(self) -> str:
        return str(self.value)
