from enum import StrEnum


class CommunicationPreferencesPreferredMethodType0(StrEnum):
    EMAIL = "EMAIL"
    MAIL = "MAIL"
    PHONE = "PHONE"
    PORTAL = "PORTAL"

    def __str__(self) -> str:
        return str(self.value)
