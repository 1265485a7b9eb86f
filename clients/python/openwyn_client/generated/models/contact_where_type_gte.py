from enum import StrEnum


class ContactWhereTypeGte(StrEnum):
    BILLING = "BILLING"
    CLIENT_CONTACT = "CLIENT_CONTACT"
    OTHER = "OTHER"
    PRIMARY = "PRIMARY"

    def __str__(self) -> str:
        return str(self.value)
