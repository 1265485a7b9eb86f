from enum import StrEnum


class StaffListRequestStaffTypeType0(StrEnum):
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    PARTNER = "PARTNER"
    SENIOR = "SENIOR"
    STAFF = "STAFF"

    def __str__(self) -> str:
        return str(self.value)
