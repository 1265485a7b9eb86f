from enum import StrEnum


class DraftInvoiceBilltype(StrEnum):
    ADVANCED = "ADVANCED"
    PROGRESS = "PROGRESS"
    WIP = "WIP"

    def __str__(self) -> str:
        return str(self.value)
