from enum import StrEnum


class SignerInRole(StrEnum):
    BILLING = "BILLING"
    PRIMARY = "PRIMARY"
    SIGNER = "SIGNER"

    def __str__(self) -> str:
        return str(self.value)
