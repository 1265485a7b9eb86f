from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar, utcnow
from openwyn.models.base import Base


class Event(Base):
    """The outbox: one row per committed create, update or delete, written in its transaction.

    ``id`` grows with every event. On PostgreSQL ``txid`` is the writing transaction's id
    (``pg_current_xact_id()``): the feed orders by (txid, id) and hands out only transactions
    older than every one still running, so a late commit is never skipped. SQLite runs one
    writer at a time, so ``id`` alone is commit order there.
    """

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("tenant_id", "event_id"),
        Index("ix_events_tenant_id_txid_id", "tenant_id", "txid", "id"),
        Index("ix_events_tenant_id_occurred_at", "tenant_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    txid: Mapped[int] = mapped_column(BigInteger, default=0)
    event_id: Mapped[str] = mapped_column(Varchar(40))
    entity_type: Mapped[str] = mapped_column(Varchar(63))
    operation: Mapped[str] = mapped_column(Varchar(32))
    entity_id: Mapped[int] = mapped_column(IdType)
    system_ref: Mapped[str | None] = mapped_column(Varchar(255))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # JSON text as written by kit.json (exact decimals); served as is, never re-parsed.
    data: Mapped[str] = mapped_column(Text)
    previous: Mapped[str | None] = mapped_column(Text)
