from enum import StrEnum


class SortDirection(StrEnum):
    ASC = "asc"
    ASC_NULLS_FIRST = "asc_nulls_first"
    ASC_NULLS_LAST = "asc_nulls_last"
    DESC = "desc"
    DESC_NULLS_FIRST = "desc_nulls_first"
    DESC_NULLS_LAST = "desc_nulls_last"

    def __str__(self) -> str:
        return str(self.value)
