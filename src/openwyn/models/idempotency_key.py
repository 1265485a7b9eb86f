from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar, utcnow
from openwyn.models.base import Base


class IdempotencyKey(Base):
    """The stored first answer to a REST POST, replayed for retries with the same key."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (Index("ix_idempotency_keys_tenant_id_created_at", "tenant_id", "created_at"),)

    tenant_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(Varchar(255), primary_key=True)
    request_hash: Mapped[str] = mapped_column(Varchar(64))
    status_code: Mapped[int] = mapped_column(Integer)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
