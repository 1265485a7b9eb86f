from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, UniqueConstraint, column
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar, utcnow
from openwyn.models.base import Base, FromPms, TenantOwned


def _job_written_at(context: DefaultExecutionContext) -> datetime:
    """A job write's own `updated_at` (the statement's), so the project's stays equal to it."""
    parameters = context.get_current_parameters()  # type: ignore[no-untyped-call]
    written: datetime | None = parameters.get("updated_at")
    return written or utcnow()


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
        # The projects' default order (updatedAt desc, then id), an index range with a LIMIT.
        Index(
            "ix_jobs_tenant_id_project_updated_at",
            "tenant_id",
            column("project_updated_at").desc(),
            "id",
        ),
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
    # The project's `updatedAt` (money-work.md §11): the later of the job's `updated_at` and
    # its roll-ups' last activity. A job write stamps it with its own `updated_at` (the
    # column's default and onupdate); a roll-up refresh with its activity time.
    project_updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=_job_written_at, onupdate=_job_written_at
    )
