from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar
from openwyn.models.base import Base, TenantOwned

_DUE = text("next_attempt_at IS NOT NULL")


class OutboundMessage(TenantOwned, Base):
    """An email queued in the transaction of the action that caused it (money-work.md §9).

    ``status`` is QUEUED until the mail worker sends it (SENT), gives up on it (FAILED) or,
    with no SMTP server configured, keeps it for reading only (CAPTURED). ``next_attempt_at``
    is when a worker may next take it; a claim pushes it to the end of the claim's lease, so a
    stopped worker's claim comes due again. It is None once the message is settled.
    """

    __tablename__ = "outbound_messages"
    __table_args__ = (
        Index("ix_outbound_messages_tenant_id_created_at", "tenant_id", "created_at"),
        Index("ix_outbound_messages_tenant_id_status", "tenant_id", "status"),
        Index(
            "ix_outbound_messages_tenant_id_related_type_related_id",
            "tenant_id",
            "related_type",
            "related_id",
        ),
        # Workers take due messages of every tenant, oldest first.
        Index(
            "ix_outbound_messages_next_attempt_at",
            "next_attempt_at",
            postgresql_where=_DUE,
            sqlite_where=_DUE,
        ),
    )

    to: Mapped[list[str]] = mapped_column(JSON)
    cc: Mapped[list[str]] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(Varchar(998))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # QUEUED, SENT, FAILED or CAPTURED.
    status: Mapped[str] = mapped_column(Varchar(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Varchar(1000))
    related_type: Mapped[str | None] = mapped_column(Varchar(63))
    related_id: Mapped[int | None] = mapped_column(IdType)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
