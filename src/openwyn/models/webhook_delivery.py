from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar
from openwyn.models.base import Base, TenantOwned

_DUE = text("next_attempt_at IS NOT NULL")
_FAILED = text("status = 'FAILED'")


class WebhookDelivery(TenantOwned, Base):
    """One event owed to one subscription: the queue row that workers claim.

    ``next_attempt_at`` is when a worker may next take it; claiming it pushes that time to the
    end of the claim's lease, so a killed worker's claim simply comes due again. It is None once
    the delivery has succeeded or finally failed. ``claimed_attempt`` is the number of the attempt
    under way (None when none is): a worker records its outcome only while it still matches,
    which is how it proves the claim is still its own.
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        # A delivery belongs to its subscription's tenant, and to no other: one key checks
        # both, and a tenant's deletion reaches its deliveries through its subscriptions.
        ForeignKeyConstraint(
            ["tenant_id", "subscription_id"],
            ["event_subscriptions.tenant_id", "event_subscriptions.id"],
            ondelete="CASCADE",
        ),
        UniqueConstraint("tenant_id", "subscription_id", "event_id"),
        # Recovery queues a subscription's failed deliveries of a window again. Only failures
        # are in the index: a delivery that succeeds, the common case, never writes to it.
        Index(
            "ix_webhook_deliveries_failed",
            "tenant_id",
            "subscription_id",
            "created_at",
            postgresql_where=_FAILED,
            sqlite_where=_FAILED,
        ),
        # Workers claim due deliveries of every tenant, oldest first.
        Index(
            "ix_webhook_deliveries_next_attempt_at",
            "next_attempt_at",
            postgresql_where=_DUE,
            sqlite_where=_DUE,
        ),
    )

    # Foreign keys are checked row by row, a tenth of the database's work in queueing a
    # delivery each (a profile of the webhook bench): the tenant is checked with the
    # subscription, in the table's composite key, not on its own.
    tenant_id: Mapped[int] = mapped_column(IdType)
    subscription_id: Mapped[int] = mapped_column(IdType)
    event_row_id: Mapped[int] = mapped_column(IdType, ForeignKey("events.id", ondelete="CASCADE"))
    event_id: Mapped[str] = mapped_column(Varchar(40))
    entity_type: Mapped[str] = mapped_column(Varchar(63))
    operation: Mapped[str] = mapped_column(Varchar(32))
    entity_id: Mapped[int] = mapped_column(IdType)
    # PENDING (never tried), RETRYING, SUCCEEDED or FAILED (no attempt left, or given up).
    status: Mapped[str] = mapped_column(Varchar(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Attempts since the delivery was last queued (a redelivery starts a new round of retries).
    round_attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_attempt: Mapped[int | None] = mapped_column(Integer)
    last_status_code: Mapped[int | None] = mapped_column(Integer)


class WebhookAttempt(TenantOwned, Base):
    """The delivery log: one row per attempt, PENDING while the request is in flight.

    Its tenant is its delivery's, copied in the statement that logs it; the delivery's key is
    the only one checked, and a tenant's deletion reaches the log through its deliveries.
    """

    __tablename__ = "webhook_attempts"
    __table_args__ = (
        Index(
            "ix_webhook_attempts_tenant_id_subscription_id_id", "tenant_id", "subscription_id", "id"
        ),
        Index("ix_webhook_attempts_tenant_id_delivery_id", "tenant_id", "delivery_id"),
    )

    tenant_id: Mapped[int] = mapped_column(IdType)
    delivery_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("webhook_deliveries.id", ondelete="CASCADE")
    )
    subscription_id: Mapped[int] = mapped_column(IdType)
    event_id: Mapped[str] = mapped_column(Varchar(40))
    entity_type: Mapped[str] = mapped_column(Varchar(63))
    operation: Mapped[str] = mapped_column(Varchar(32))
    entity_id: Mapped[int] = mapped_column(IdType)
    attempt: Mapped[int] = mapped_column(Integer)
    # PENDING (in flight), SUCCEEDED, RETRYING (failed, another attempt is scheduled), FAILED.
    status: Mapped[str] = mapped_column(Varchar(10))
    status_code: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Varchar(1000))
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class WebhookDispatchCursor(Base):
    """How far a tenant's change feed has been fanned out into deliveries (feed position)."""

    __tablename__ = "webhook_dispatch_cursors"

    tenant_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True
    )
    txid: Mapped[int] = mapped_column(BigInteger)
    event_row_id: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
