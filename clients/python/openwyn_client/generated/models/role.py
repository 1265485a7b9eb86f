from enum import StrEnum


class Role(StrEnum):
    API_ADMIN = "API_ADMIN"
    API_USER = "API_USER"
    CUSTOM_TYPE_R = "CUSTOM_TYPE_R"
    CUSTOM_TYPE_W = "CUSTOM_TYPE_W"
    RECORD_R = "RECORD_R"
    RECORD_W = "RECORD_W"
    SUPER_ADMIN = "SUPER_ADMIN"

    def __str__(self) -> str:
        return str(self.value)
