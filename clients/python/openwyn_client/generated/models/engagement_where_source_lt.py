from enum import StrEnum


class EngagementWhereSourceLt(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
