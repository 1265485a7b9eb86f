from enum import StrEnum


class StaffWhereStaffTypeLt(StrEnum):
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    PARTNER = "PARTNER"
    SENIOR = "SENIOR"
    STAFF = "STAFF"

    def __str__(self) -> str:
        return str(self.value)
