from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, JsonDocument, Varchar
from openwyn.models.base import Base, TenantOwned


class CustomRecordType(TenantOwned, Base):
    """A record type a tenant defines: its name and its field definitions."""

    __tablename__ = "custom_record_types"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    name: Mapped[str] = mapped_column(Varchar(63))
    display_name: Mapped[str] = mapped_column(Varchar(200))
    description: Mapped[str | None] = mapped_column(Varchar(10_000))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class CustomRecord(TenantOwned, Base):
    """One record of a custom type, keyed by the source system's id (systemRef)."""

    __tablename__ = "custom_records"
    __table_args__ = (
        UniqueConstraint("tenant_id", "type_id", "system_ref"),
        Index(
            "ix_custom_records_tenant_id_type_id_updated_at", "tenant_id", "type_id", "updated_at"
        ),
        # The GIN index on (tenant_id, data) is PostgreSQL-only: see migration 0003.
    )

    type_id: Mapped[int] = mapped_column(IdType, ForeignKey("custom_record_types.id"))
    system_ref: Mapped[str] = mapped_column(Varchar(255))
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
