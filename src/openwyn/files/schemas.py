"""What the file routes answer and accept (besides the multipart upload's form fields)."""

from __future__ import annotations

from typing import Annotated

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
