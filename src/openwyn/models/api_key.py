from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar
from openwyn.models.base import Base, Timestamped


class ApiKey(Timestamped, Base):
    """An API key: only its public prefix and the SHA-256 digest of the whole key are stored."""

    __tablename__ = "api_keys"
    __table_args__ = (
        UniqueConstraint("tenant_id", "prefix"),
        # The token exchange finds a key by prefix before it knows the tenant.
        Index("ix_api_keys_prefix", "prefix"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Varchar(200))
    prefix: Mapped[str] = mapped_column(Varchar(16))
    digest: Mapped[str] = mapped_column(Varchar(64))
    roles: Mapped[list[str]] = mapped_column(JSON)
    staff_id: Mapped[int | None] = mapped_column(IdType)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
