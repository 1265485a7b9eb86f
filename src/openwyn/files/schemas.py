"""What the file routes answer and accept (besides the multipart upload's form fields)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict

from openwyn.files.signing import MAX_SECONDS
from openwyn.kit.inputs import integral


class FileView(BaseModel):
    id: int
    name: str
    contentType: str  # noqa: N815 - the contract's field names
    size: int
    sha256: str
    recordType: str | None  # noqa: N815
    recordId: int | None  # noqa: N815
    systemRef: str | None  # noqa: N815
    description: str | None
    createdAt: str  # noqa: N815


class DownloadUrlRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    expiresIn: Annotated[  # noqa: N815
        int,
        Strict(),
        Field(ge=1, le=MAX_SECONDS, description="Seconds the link works for (at most 7 days)."),
        BeforeValidator(integral),
    ] = 3600


class DownloadUrl(BaseModel):
    url: str
    expiresAt: str  # noqa: N815


# The upload's multipart form as the OpenAPI document states it: fields are text or bytes, never
# null, and attaching takes a record type with an id or a systemRef (files/service.py).
UPLOAD_FORM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "The file's bytes."},
        "recordType": {"type": "string", "minLength": 1, "maxLength": 63},
        "recordId": {"type": "integer", "minimum": 1, "maximum": 2**53},
        "systemRef": {"type": "string", "minLength": 1, "maxLength": 255},
        "description": {"type": "string", "maxLength": 2000},
    },
    "required": ["file"],
    "additionalProperties": False,
    "dependentRequired": {"recordId": ["recordType"], "systemRef": ["recordType"]},
    "dependentSchemas": {
        "recordType": {"anyOf": [{"required": ["recordId"]}, {"required": ["systemRef"]}]}
    },
}
