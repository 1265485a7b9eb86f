from enum import StrEnum


class EngagementDetailSource(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
