from enum import StrEnum


class DraftInvoiceWhereBillTypeLte(StrEnum):
    ADVANCED = "ADVANCED"
    PROGRESS = "PROGRESS"
    WIP = "WIP"

    def __str__(self) -> str:
        return str(self.value)
