from enum import StrEnum


class StaffStaffTypeType0(StrEnum):
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    PARTNER = "PARTNER"
    SENIOR = "SENIOR"
    STAFF = "STAFF"

    def __str__(self) -> str:
        return str(self.value)
