"""What the outbound message routes answer (money-work.md §11, "Outbound messages")."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class OutboundMessageStatus(StrEnum):
    """QUEUED until the worker settles it: SENT, FAILED after its last attempt, or CAPTURED
    (kept, never sent) when no SMTP server is configured."""

    QUEUED = "QUEUED"
    SENT = "SENT"
    FAILED = "FAILED"
    CAPTURED = "CAPTURED"


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
    status: OutboundMessageStatus
    attempts: int
    lastError: str | None  # noqa: N815
    relatedType: str | None  # noqa: N815
    relatedId: int | None  # noqa: N815
    createdAt: str  # noqa: N815
    sentAt: str | None  # noqa: N815
    version: int
