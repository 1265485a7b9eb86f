from enum import StrEnum


class InvoiceWhereStatusGt(StrEnum):
    CANCELLED = "CANCELLED"
    DRAFT = "DRAFT"
    OVERDUE = "OVERDUE"
    PAID = "PAID"
    PENDING = "PENDING"
    POSTED = "POSTED"

    def __str__(self) -> str:
        return str(self.value)
