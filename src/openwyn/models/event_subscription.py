from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar, utcnow
from openwyn.models.base import Base, TenantOwned


class EventSubscription(TenantOwned, Base):
    """A tenant's request to receive one (entityType, operation) pair at a delivery URL."""

    __tablename__ = "event_subscriptions"
    __table_args__ = (
        Index(
            "ix_event_subscriptions_tenant_id_entity_type_operation",
            "tenant_id",
            "entity_type",
            "operation",
        ),
        # What a delivery's foreign key names: a subscription together with its tenant.
        UniqueConstraint("tenant_id", "id"),
    )

    staff_id: Mapped[int | None] = mapped_column(IdType)
    entity_type: Mapped[str] = mapped_column(Varchar(63))
    operation: Mapped[str] = mapped_column(Varchar(32))
    delivery_url: Mapped[str] = mapped_column(Varchar(2000))
    description: Mapped[str | None] = mapped_column(Varchar(2000))
    filter_expression: Mapped[str | None] = mapped_column(Varchar(4000))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # ACTIVE, INACTIVE (turned off by a person) or DISABLED (by failures or a 410).
    status: Mapped[str] = mapped_column(Varchar(10), default="ACTIVE")
    is_internal: Mapped[bool] = mapped_column(Boolean, default=False)
    # When it was last turned on (created or reactivated): it is owed the events from then on,
    # never those that occurred while it was off.
    active_since: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # When the current run of failed deliveries began (None after a success): five days of
    # nothing but failures disables the subscription.
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
