"""Field definitions of custom record types, and the validators built from them.

A definition is data (stored with the type); ``record_models`` turns a type's definitions into
strict Pydantic models, so a custom record is validated exactly like a standard one: unknown
attributes, wrong JSON types, out-of-range values and bad formats are 400s naming the path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Context, Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationInfo,
    WithJsonSchema,
    create_model,
    model_validator,
)

from openwyn.kit import inputs

MAX_FIELDS = 200
DEFAULT_STRING_LENGTH = 255
MAX_TEXT_LENGTH = 100_000
MAX_JSON_BYTES = 64 * 1024
TYPE_NAME = r"^[a-z][a-z0-9_]{0,62}$"
FIELD_NAME = r"^[a-z][A-Za-z0-9]{0,62}$"
_EXACT = Context(prec=60)  # wider than any accepted decimal (38 digits): normalising never rounds
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
# The spec's date form only: Python 3.11's `date.fromisoformat` also reads 20260415 and
# 2026-W16-3, which clients of other languages would not send or expect back.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class FieldType(StrEnum):
    STRING = "string"
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    EMAIL = "email"
    URL = "url"
    REFERENCE = "reference"
    JSON = "json"


_LENGTHED = (FieldType.STRING, FieldType.TEXT)
_BOUNDED = (FieldType.INTEGER, FieldType.DECIMAL)

_LIMIT_TEXT = r"^-?[0-9]{1,30}(\.[0-9]{1,8})?$"


STORED = {"stored": True}  # validation context of definitions read back from the database


def _limit(value: Any, info: ValidationInfo) -> Decimal:
    """A bound of an integer or decimal field: a JSON number, or a plain numeric string (a
    stored one is the Decimal's own text, `8.4E+30` included)."""
    stored = isinstance(info.context, dict) and info.context.get("stored")
    if isinstance(value, str) and not stored and not re.fullmatch(_LIMIT_TEXT, value):
        raise ValueError('must be a number or a numeric string such as "12.5"')
    return inputs.exact_number(value)


# `exact_number`'s range as the document states it: below 1e31 in size, and not closer to zero
# than 1e-30 unless zero.
_TINY = {"exclusiveMinimum": -1e-30, "exclusiveMaximum": 1e-30}
_LIMIT_SCHEMA = {
    "anyOf": [
        {
            "type": "number",
            "exclusiveMinimum": -1e31,
            "exclusiveMaximum": 1e31,
            "not": {"allOf": [_TINY, {"not": {"const": 0}}]},
        },
        {"type": "string", "pattern": _LIMIT_TEXT},
    ]
}
Limit = Annotated[Decimal, BeforeValidator(_limit), WithJsonSchema(_LIMIT_SCHEMA)]


def _present(name: str) -> dict[str, Any]:
    return {"required": [name], "properties": {name: {"not": {"type": "null"}}}}


def _of_type(*types: FieldType) -> dict[str, Any]:
    return {"required": ["type"], "properties": {"type": {"enum": [t.value for t in types]}}}


# `_options_fit_the_type`, as the schema states it: which options go with which field types.
# (That min does not exceed max, and that field names do not repeat, no JSON Schema can say.)
_OPTIONS_FIT_THE_TYPE: dict[str, Any] = {
    "allOf": [
        {"if": _present("enumValues"), "then": _of_type(FieldType.ENUM)},
        {"if": _of_type(FieldType.ENUM), "then": _present("enumValues")},
        {"if": _present("referencedEntityType"), "then": _of_type(FieldType.REFERENCE)},
        {"if": _of_type(FieldType.REFERENCE), "then": _present("referencedEntityType")},
        {"if": _present("maxLength"), "then": _of_type(*_LENGTHED)},
        {"if": {"anyOf": [_present("min"), _present("max")]}, "then": _of_type(*_BOUNDED)},
    ]
}


class FieldDefinition(BaseModel):
    """One field of a custom type, as clients define it and as discovery shows it."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        json_schema_extra=_OPTIONS_FIT_THE_TYPE,
    )

    name: Annotated[str, Strict(), Field(pattern=FIELD_NAME)]
    type: FieldType
    required: Annotated[bool, Strict()] = False
    nullable: Annotated[bool, Strict()] = True
    unique: Annotated[bool, Strict()] = False
    description: Annotated[str, Strict(), Field(max_length=1000)] | None = None
    # 235.0 is an integer to JSON Schema, and so to us (inputs.integral).
    rank: (
        Annotated[int, Strict(), Field(ge=0, le=10_000), BeforeValidator(inputs.integral)] | None
    ) = None
    max_length: (
        Annotated[int, Strict(), Field(ge=1, le=MAX_TEXT_LENGTH), BeforeValidator(inputs.integral)]
        | None
    ) = Field(default=None, alias="maxLength")
    min: Limit | None = None
    max: Limit | None = None
    enum_values: (
        Annotated[
            list[Annotated[str, Strict(), Field(min_length=1, max_length=100)]],
            Field(min_length=1, max_length=500, json_schema_extra={"uniqueItems": True}),
        ]
        | None
    ) = Field(default=None, alias="enumValues")
    referenced_entity_type: Annotated[str, Strict(), Field(pattern=TYPE_NAME)] | None = Field(
        default=None, alias="referencedEntityType"
    )

    @model_validator(mode="before")
    @classmethod
    def _reference_type_synonym(cls, data: Any) -> Any:
        # The documentation also spells it referenceType.
        if isinstance(data, dict) and "referenceType" in data:
            data = dict(data)
            synonym = data.pop("referenceType")
            data.setdefault("referencedEntityType", synonym)
        return data

    @model_validator(mode="after")
    def _options_fit_the_type(self) -> FieldDefinition:
        if self.enum_values is not None and self.type is not FieldType.ENUM:
            raise ValueError("enumValues is only for enum fields")
        if self.type is FieldType.ENUM and not self.enum_values:
            raise ValueError("an enum field needs enumValues")
        if self.enum_values and len(set(self.enum_values)) != len(self.enum_values):
            raise ValueError("enumValues must not repeat")
        if (self.referenced_entity_type is None) == (self.type is FieldType.REFERENCE):
            raise ValueError("referencedEntityType is required for, and only for, references")
        if self.max_length is not None and self.type not in _LENGTHED:
            raise ValueError("maxLength is only for string and text fields")
        if (self.min is not None or self.max is not None) and self.type not in _BOUNDED:
            raise ValueError("min and max are only for integer and decimal fields")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not exceed max")
        return self

    @property
    def length_limit(self) -> int | None:
        if self.type is FieldType.STRING:
            return self.max_length or DEFAULT_STRING_LENGTH
        if self.type is FieldType.TEXT:
            return self.max_length or MAX_TEXT_LENGTH
        return None

    def public(self) -> dict[str, Any]:
        """The definition as answers show it (every key, camelCase)."""
        shown = self.model_dump(by_alias=True, mode="json")
        shown["maxLength"] = self.length_limit
        for bound in ("min", "max"):
            if shown[bound] is not None:
                shown[bound] = _shown_limit(shown[bound])
        return shown


def _shown_limit(text: str) -> int | float:
    """A stored bound as a JSON number: an integer if it is one as written and fits 64 bits
    (what JSON encoders write as an integer), else a float. The stored text is the Decimal's
    own, so `1E+30` and `1E-30` come as well as `12.5`."""
    number = Decimal(text)
    if "." in text or number != number.to_integral_value() or abs(number) >= 2**63:
        return float(number)
    return int(number)


def unique_names(fields: list[FieldDefinition]) -> list[FieldDefinition]:
    names = [field.name for field in fields]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"field names must be unique: {', '.join(repeated)}")
    return fields


def _url(value: str) -> str:
    if not _URL.match(value):
        raise ValueError("is not an http or https URL")
    return value


def _small_json(value: Any) -> Any:
    from openwyn.kit.json import dumps

    inputs.stored_exactly(value)
    if len(dumps(value)) > MAX_JSON_BYTES:
        raise ValueError(f"is larger than {MAX_JSON_BYTES} bytes")
    return value


def _calendar_date(value: Any) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValueError("must be a date string YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be a date string YYYY-MM-DD") from exc


# Datetime fields keep `inputs.IsoDateTime`: ISO 8601 with an offset, as every other timestamp
# the API takes.
CalendarDate = Annotated[date, BeforeValidator(_calendar_date)]


def _decimal_in(low: Decimal | None, high: Decimal | None) -> Any:
    def check(value: Decimal) -> Decimal:
        if (low is not None and value < low) or (high is not None and value > high):
            raise ValueError(f"must be between {low} and {high}")
        return value

    return check


@dataclass(frozen=True)
class Reference:
    """A reference value before resolution: an id, or the target's systemRef."""

    id: int | None = None
    system_ref: str | None = None


def _reference(value: Any) -> Reference:
    parsed = inputs.reference(value)
    if isinstance(parsed, dict):
        return Reference(system_ref=parsed["pmsRef"])
    return Reference(id=parsed)


def value_type(field: FieldDefinition) -> Any:
    """The Pydantic type that validates one value of `field` (null aside)."""
    kind = field.type
    if kind in _LENGTHED:
        return Annotated[str, Strict(), Field(max_length=field.length_limit)]
    if kind is FieldType.INTEGER:
        low = int(field.min) if field.min is not None else -(2**63)
        high = int(field.max) if field.max is not None else 2**63 - 1
        return Annotated[int, Strict(), Field(ge=low, le=high), BeforeValidator(inputs.integral)]
    if kind is FieldType.DECIMAL:
        return Annotated[
            Decimal,
            BeforeValidator(inputs.exact_number),
            AfterValidator(_decimal_in(field.min, field.max)),
            WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}]}),
        ]
    simple: dict[FieldType, Any] = {
        FieldType.BOOLEAN: inputs.Bool,
        FieldType.DATE: CalendarDate,
        FieldType.DATETIME: inputs.IsoDateTime,
        FieldType.EMAIL: inputs.Email,
        FieldType.URL: Annotated[str, Strict(), Field(max_length=2000), AfterValidator(_url)],
        FieldType.JSON: Annotated[Any, AfterValidator(_small_json)],
        FieldType.REFERENCE: Annotated[
            Reference, BeforeValidator(_reference), WithJsonSchema(inputs.REFERENCE_SCHEMA)
        ],
    }
    if kind is FieldType.ENUM:
        return Literal[tuple(field.enum_values or ())]
    return simple[kind]


@dataclass(frozen=True)
class RecordModels:
    create: type[BaseModel]
    update: type[BaseModel]


def record_models(type_name: str, fields: list[FieldDefinition]) -> RecordModels:
    """Strict attribute models of a type: create (required fields enforced) and update."""
    create: dict[str, Any] = {}
    update: dict[str, Any] = {}
    for field in fields:
        kind = value_type(field)
        if field.nullable:
            kind = kind | None
        create[field.name] = (kind, ...) if field.required else (kind, None)
        update[field.name] = (kind, None)
    config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)
    prefix = "".join(part.capitalize() for part in type_name.split("_"))
    return RecordModels(
        create=create_model(f"{prefix}RecordCreate", __config__=config, **create),
        update=create_model(f"{prefix}RecordUpdate", __config__=config, **update),
    )


def stored_value(field: FieldDefinition, value: Any) -> Any:
    """A validated value as the JSON document keeps it: decimals as exact strings, dates ISO."""
    if value is None:
        return None
    if isinstance(value, Decimal):  # one spelling per number, so equality filters match
        return format(value.normalize(_EXACT), "f")
    if isinstance(value, datetime):
        return inputs.canonical_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def shown_value(field: FieldDefinition, value: Any) -> Any:
    """A stored value as answers show it: decimals as JSON numbers (exact)."""
    if value is not None and field.type is FieldType.DECIMAL:
        return Decimal(value)
    return value
