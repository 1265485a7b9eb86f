from enum import StrEnum


class ContactInfoWhereKindInItem(StrEnum):
    ADDRESS = "ADDRESS"
    EMAIL = "EMAIL"
    FAX = "FAX"
    MOBILE = "MOBILE"
    PHONE = "PHONE"
    WEBSITE = "WEBSITE"

    def __str__(self) -> str:
        return str(self.value)
