from enum import StrEnum


class StaffUpdateStaffTypeType0(StrEnum):
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    PARTNER = "PARTNER"
    SENIOR = "SENIOR"
    STAFF = "STAFF"

    def __str__(self) -> str:
        return str(self.value)
