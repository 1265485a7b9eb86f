"""What the records routes answer, for the OpenAPI document (the routes build plain dicts:
kinds.py's record views, upsert.py's batch results)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from openwyn.kit.schemas import ErrorModel

SystemRefShown = str | dict[str, Any]


class Record(BaseModel):
    type: str
    systemRef: SystemRefShown = Field(description="As it was sent: a string or an object.")  # noqa: N815
    id: int
    active: bool
    version: int
    createdAt: str  # noqa: N815
    updatedAt: str  # noqa: N815
    attributes: dict[str, Any]


class RecordOutcome(BaseModel):
    index: int = Field(description="The record's position in the request.")
    type: str | None
    systemRef: SystemRefShown | None  # noqa: N815
    id: int | None
    operation: str | None = Field(description="CREATED, UPDATED, UNCHANGED or DELETED.")
    status: Literal["SUCCESS", "FAILED"]
    error: ErrorModel | None


class BatchSummary(BaseModel):
    total: int
    succeeded: int
    failed: int
    created: int | None = None
    updated: int | None = None
    unchanged: int | None = None
    deleted: int | None = None


class RecordBatchResult(BaseModel):
    records: list[RecordOutcome]
    summary: BatchSummary


class TypeField(BaseModel):
    name: str
    type: str
    required: bool
    nullable: bool
    unique: bool
    description: str | None
    rank: int | None
    maxLength: int | None  # noqa: N815
    min: int | float | None
    max: int | float | None
    enumValues: list[str] | None  # noqa: N815
    referencedEntityType: str | None  # noqa: N815
    filterable: bool | None = Field(default=None, description="Standard types only.")
    sortable: bool | None = Field(default=None, description="Standard types only.")


class RecordType(BaseModel):
    """A type records can be written as: a standard entity or a tenant's custom type."""

    name: str
    displayName: str | None  # noqa: N815
    description: str | None
    isCustom: bool  # noqa: N815
    active: bool
    recordsUrl: str = Field(description="Where its records are searched.")  # noqa: N815
    schemaUrl: str  # noqa: N815
    fields: list[TypeField]
    id: int | None = Field(default=None, description="Custom types only, as below.")
    version: int | None = None
    createdAt: str | None = None  # noqa: N815
    updatedAt: str | None = None  # noqa: N815


class CustomType(RecordType):
    id: int
    version: int
    createdAt: str  # noqa: N815
    updatedAt: str  # noqa: N815
