"""What the outbound message routes answer (money-work.md §11, "Outbound messages")."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Status = Literal["QUEUED", "SENT", "FAILED", "CAPTURED"]


class AttachmentView(BaseModel):
    fileId: int  # noqa: N815 - the contract's field names
    filename: str


class OutboundMessageView(BaseModel):
    id: int
    to: list[str]
    cc: list[str]
    subject: str
    text: str
    html: str | None
    attachments: list[AttachmentView]
    status: Status
    attempts: int
    lastError: str | None  # noqa: N815
    relatedType: str | None  # noqa: N815
    relatedId: int | None  # noqa: N815
    createdAt: str  # noqa: N815
    sentAt: str | None  # noqa: N815
    version: int
