from enum import StrEnum


class EngagementWhereStatusInItem(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    DECLINED = "DECLINED"
    DRAFT = "DRAFT"
    EXECUTED = "EXECUTED"
    EXPIRED = "EXPIRED"
    ON_HOLD = "ON_HOLD"
    SENT = "SENT"
    SIGNED = "SIGNED"

    def __str__(self) -> str:
        return str(self.value)
