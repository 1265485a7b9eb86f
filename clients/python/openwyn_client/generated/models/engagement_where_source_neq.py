from enum import StrEnum


class EngagementWhereSourceNeq(StrEnum):
    OPENWYN = "OPENWYN"
    PMS = "PMS"

    def __str__(self) -> str:
        return str(self.value)
