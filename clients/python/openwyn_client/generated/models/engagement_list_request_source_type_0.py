from enum import StrEnum


class EngagementListRequestSourceType0(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
