from enum import StrEnum


class CommunicationPreferencesEmailFrequencyType0(StrEnum):
    DAILY = "DAILY"
    IMMEDIATE = "IMMEDIATE"
    MONTHLY = "MONTHLY"
    NEVER = "NEVER"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
