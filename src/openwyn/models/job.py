from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class JobTemplate(TenantOwned, FromPms, Base):
    __tablename__ = "job_templates"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_job_templates_tenant_id_name", "tenant_id", "name"),
        Index("ix_job_templates_tenant_id_service_line_id", "tenant_id", "service_line_id"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    code: Mapped[str | None] = mapped_column(Varchar(50))
    description: Mapped[str | None] = mapped_column(Varchar(10_000))
    service_line_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("service_lines.id"))
    fee_type: Mapped[str | None] = mapped_column(Varchar(20))
    default_budget: Mapped[Decimal | None] = mapped_column(Money)
    tasks: Mapped[list[str] | None] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Job(TenantOwned, FromPms, Base):
    __tablename__ = "jobs"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "job_ref"),
        # The default order, as for projects (the read view of jobs): updatedAt desc, id.
        Index("ix_jobs_tenant_id_updated_at", "tenant_id", "updated_at"),
        Index("ix_jobs_tenant_id_client_id", "tenant_id", "client_id"),
        Index("ix_jobs_tenant_id_partner_staff_id", "tenant_id", "partner_staff_id"),
        Index("ix_jobs_tenant_id_manager_staff_id", "tenant_id", "manager_staff_id"),
        Index("ix_jobs_tenant_id_job_template_id", "tenant_id", "job_template_id"),
        Index("ix_jobs_tenant_id_service_line_id", "tenant_id", "service_line_id"),
        Index("ix_jobs_tenant_id_status", "tenant_id", "status"),
    )

    job_ref: Mapped[str | None] = mapped_column(Varchar(100))
    name: Mapped[str] = mapped_column(Varchar(200))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    job_template_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("job_templates.id"))
    service_line_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("service_lines.id"))
    partner_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    manager_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(Varchar(20), default="PLANNING")
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    fee_type: Mapped[str | None] = mapped_column(Varchar(20))
    budget: Mapped[Decimal | None] = mapped_column(Money)
    fixed_fee: Mapped[Decimal | None] = mapped_column(Money)
    # Per-staff billing rates of this job, overriding each staff member's billingRate:
    # [{"staffId": 3, "rate": "250.00"}] (money-work.md §2).
    rates: Mapped[list[dict[str, object]] | None] = mapped_column(JSON)
