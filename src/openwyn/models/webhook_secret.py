from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, text
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import UTCDateTime, Varchar
from openwyn.models.base import Base, TenantOwned


class WebhookSecret(TenantOwned, Base):
    """A tenant's signing secret. The current one has no expiry; after a rotation the previous
    one keeps signing until `expires_at` (24 hours), so receivers can switch without a gap."""

    __tablename__ = "webhook_secrets"
    __table_args__ = (
        Index("ix_webhook_secrets_tenant_id_created_at", "tenant_id", "created_at"),
        # One current secret per tenant, even when two requests create the first at once.
        Index(
            "uq_webhook_secrets_tenant_id_current",
            "tenant_id",
            unique=True,
            postgresql_where=text("expires_at IS NULL"),
            sqlite_where=text("expires_at IS NULL"),
        ),
    )

    # Kept readable: deliveries must be signed with it.
    secret: Mapped[str] = mapped_column(Varchar(100))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
