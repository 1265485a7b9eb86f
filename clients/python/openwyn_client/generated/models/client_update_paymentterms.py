from enum import StrEnum


class ClientUpdatePaymentterms(StrEnum):
    DUE_ON_RECEIPT = "DUE_ON_RECEIPT"
    NET_15 = "NET_15"
    NET_30 = "NET_30"
    NET_45 = "NET_45"
    NET_60 = "NET_60"

    def __str__(self) -> str:
        return str(self.value)
