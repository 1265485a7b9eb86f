"""Work in progress (money-work.md §2): unbilled time, expenses, fixed fees and progress
amounts, and each job's roll-ups of them.

A WIP row is shaped for the billing cycle that follows it: it is taken onto a draft bill
(`draft_invoice_id`, status ON_DRAFT), billed (`invoice_id`, `billed_amount`, BILLED), written
off (`write_off_amount`, WRITTEN_OFF) and reopened when its invoice is voided (OPEN again). The
draft and invoice links carry no foreign key yet: their tables come with billing.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    PrimaryKeyConstraint,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned

# Hours in steps of 0.01, at most 24 an entry; a job's total may run to millions.
Hours = Numeric(10, 2, asdecimal=True)
TotalHours = Numeric(14, 2, asdecimal=True)


class Wip(TenantOwned, FromPms, Base):
    __tablename__ = "wips"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        # The default order (loggedDate desc, id) and the date filters.
        Index("ix_wips_tenant_id_logged_date", "tenant_id", "logged_date"),
        # A job's roll-ups are summed over its rows.
        Index("ix_wips_tenant_id_job_id_status", "tenant_id", "job_id", "status"),
        Index("ix_wips_tenant_id_client_id_logged_date", "tenant_id", "client_id", "logged_date"),
        # A staff member's hours on one day (at most 24).
        Index("ix_wips_tenant_id_staff_id_logged_date", "tenant_id", "staff_id", "logged_date"),
        Index("ix_wips_tenant_id_draft_invoice_id", "tenant_id", "draft_invoice_id"),
        Index("ix_wips_tenant_id_invoice_id", "tenant_id", "invoice_id"),
        CheckConstraint("hours IS NULL OR hours > 0", name="hours_positive"),
        CheckConstraint("outstanding_amount >= 0", name="outstanding_not_negative"),
        CheckConstraint(
            "billed_amount >= 0 AND write_off_amount >= 0", name="amounts_not_negative"
        ),
    )

    type: Mapped[str] = mapped_column(Varchar(20))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    job_id: Mapped[int] = mapped_column(IdType, ForeignKey("jobs.id"))
    staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    logged_date: Mapped[date] = mapped_column(Date)
    hours: Mapped[Decimal | None] = mapped_column(Hours)
    rate: Mapped[Decimal | None] = mapped_column(Money)
    value: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(Varchar(3))
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Varchar(4000))
    task_code: Mapped[str | None] = mapped_column(Varchar(50))
    service_line_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("service_lines.id"))
    # No foreign key: a receipt names a file the way records do, and files may be deleted.
    receipt_file_id: Mapped[int | None] = mapped_column(IdType)
    billed_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    write_off_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    write_off_reason: Mapped[str | None] = mapped_column(Varchar(500))
    outstanding_amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(Varchar(20), default="OPEN")
    draft_invoice_id: Mapped[int | None] = mapped_column(IdType)
    invoice_id: Mapped[int | None] = mapped_column(IdType)
    source: Mapped[str] = mapped_column(Varchar(10))


class JobRollup(Base):
    """A job's sums over its WIP rows, recomputed from those rows in the transaction of every
    WIP write (under a lock on the job), so they are exact and a project reads them at the
    cost of one row whatever the number of WIP rows."""

    __tablename__ = "job_rollups"
    __table_args__ = (PrimaryKeyConstraint("tenant_id", "job_id"),)

    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    job_id: Mapped[int] = mapped_column(IdType, ForeignKey("jobs.id", ondelete="CASCADE"))
    hours_logged: Mapped[Decimal] = mapped_column(TotalHours)
    wip_value: Mapped[Decimal] = mapped_column(Money)
    wip_outstanding: Mapped[Decimal] = mapped_column(Money)
    billed_amount: Mapped[Decimal] = mapped_column(Money)
    write_off_amount: Mapped[Decimal] = mapped_column(Money)
    invoiced_amount: Mapped[Decimal] = mapped_column(Money)
    collected_amount: Mapped[Decimal] = mapped_column(Money)
    last_activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
