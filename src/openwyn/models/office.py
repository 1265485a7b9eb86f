from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Office(TenantOwned, FromPms, Base):
    __tablename__ = "offices"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_offices_tenant_id_name", "tenant_id", "name"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    code: Mapped[str | None] = mapped_column(Varchar(50))
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    phone: Mapped[str | None] = mapped_column(Varchar(50))
    timezone: Mapped[str | None] = mapped_column(Varchar(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
