from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, JsonDocument, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Client(TenantOwned, FromPms, Base):
    __tablename__ = "clients"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "client_ref"),
        # The documented default order: name asc, createdAt desc, id.
        # `active` rides along so a count filtered on it stays index-only.
        Index(
            "ix_clients_tenant_id_name_created_at",
            "tenant_id",
            "name",
            "created_at",
            postgresql_include=["active"],
        ),
        Index("ix_clients_tenant_id_partner_staff_id", "tenant_id", "partner_staff_id"),
        Index("ix_clients_tenant_id_manager_staff_id", "tenant_id", "manager_staff_id"),
        Index("ix_clients_tenant_id_office_id", "tenant_id", "office_id"),
        Index("ix_clients_tenant_id_dept_id", "tenant_id", "dept_id"),
        Index("ix_clients_tenant_id_industry_id", "tenant_id", "industry_id"),
        Index("ix_clients_tenant_id_service_line_id", "tenant_id", "service_line_id"),
        Index(
            "ix_clients_tenant_id_client_business_entity_id",
            "tenant_id",
            "client_business_entity_id",
        ),
    )

    client_ref: Mapped[str | None] = mapped_column(Varchar(100))
    name: Mapped[str] = mapped_column(Varchar(200))
    client_key: Mapped[str | None] = mapped_column(Varchar(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    partner_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    manager_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    office_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("offices.id"))
    dept_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("departments.id"))
    industry_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("industries.id"))
    service_line_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("service_lines.id"))
    client_business_entity_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("client_business_entities.id")
    )
    email: Mapped[str | None] = mapped_column(Varchar(254))
    phone: Mapped[str | None] = mapped_column(Varchar(50))
    website: Mapped[str | None] = mapped_column(Varchar(500))
    tax_id: Mapped[str | None] = mapped_column(Varchar(50))
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    billing_address: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    send_invoices_electronically: Mapped[bool] = mapped_column(Boolean, default=False)
    # Due dates default from it (money-work.md §4).
    payment_terms: Mapped[str] = mapped_column(
        Varchar(20), default="NET_30", server_default="NET_30"
    )
    custom_fields: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    # Shown by the single-object answers only (contract §13.6).
    legal_name: Mapped[str | None] = mapped_column(Varchar(200))
    size: Mapped[str | None] = mapped_column(Varchar(50))
    type: Mapped[str | None] = mapped_column(Varchar(50))
