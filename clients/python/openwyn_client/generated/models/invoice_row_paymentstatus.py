from enum import StrEnum


class InvoiceRowPaymentstatus(StrEnum):
    PAID = "PAID"
    PARTIALLY_PAID = "PARTIALLY_PAID"
    UNPAID = "UNPAID"

    def __str__(self) -> str:
        return str(self.value)
