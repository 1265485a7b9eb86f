from enum import StrEnum


class DraftInvoiceListRequestBillTypeType0(StrEnum):
    ADVANCED = "ADVANCED"
    PROGRESS = "PROGRESS"
    WIP = "WIP"

    def __str__(self) -> str:
        return str(self.value)
