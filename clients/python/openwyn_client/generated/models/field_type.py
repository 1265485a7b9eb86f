from enum import StrEnum


class FieldType(StrEnum):
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    DECIMAL = "decimal"
    EMAIL = "email"
    ENUM = "enum"
    INTEGER = "integer"
    JSON = "json"
    REFERENCE = "reference"
    STRING = "string"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
