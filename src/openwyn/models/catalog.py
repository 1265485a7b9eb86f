"""The firm's classifications of clients and work: industries, service lines, business entities."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Industry(TenantOwned, FromPms, Base):
    __tablename__ = "industries"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_industries_tenant_id_name", "tenant_id", "name"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    code: Mapped[str | None] = mapped_column(Varchar(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceLine(TenantOwned, FromPms, Base):
    __tablename__ = "service_lines"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_service_lines_tenant_id_name", "tenant_id", "name"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    code: Mapped[str | None] = mapped_column(Varchar(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClientBusinessEntity(TenantOwned, FromPms, Base):
    __tablename__ = "client_business_entities"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "code"),
        Index("ix_client_business_entities_tenant_id_name", "tenant_id", "name"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    code: Mapped[str] = mapped_column(Varchar(50))
    description: Mapped[str | None] = mapped_column(Varchar(10_000))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
