from enum import StrEnum


class ReviewDecision(StrEnum):
    ACCEPT = "ACCEPT"
    REQUEST_CHANGES = "REQUEST_CHANGES"

    def __str__(self) -> str:
        return str(self.value)
