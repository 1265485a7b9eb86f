from enum import StrEnum


class OutboundMessageStatus(StrEnum):
    CAPTURED = "CAPTURED"
    FAILED = "FAILED"
    QUEUED = "QUEUED"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
