"""Statement runs and their statements (money-work.md §6).

A run is the tenant's statements of one local date: at most one per (tenant, run_date), so two
workers racing to create the day's run insert one row and the other skips. A statement is one
client's statement of the run: its figures as of `as_of` are recomputed from the ledger when it
is read or sent; `total_due` keeps what it showed when the run made it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, TenantOwned


class StatementRun(TenantOwned, Base):
    __tablename__ = "statement_runs"
    __table_args__ = (
        UniqueConstraint("tenant_id", "run_date"),
        CheckConstraint("status IN ('PENDING_REVIEW', 'SENT')", name="status_known"),
        CheckConstraint("mode IN ('REVIEW', 'AUTO')", name="mode_known"),
    )

    run_date: Mapped[date] = mapped_column(Date)
    # PENDING_REVIEW until sent (at once in AUTO mode), then SENT.
    status: Mapped[str] = mapped_column(Varchar(20))
    mode: Mapped[str] = mapped_column(Varchar(10))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Statement(TenantOwned, Base):
    __tablename__ = "statements"
    __table_args__ = (
        UniqueConstraint("tenant_id", "run_id", "client_id"),
        Index("ix_statements_tenant_id_client_id", "tenant_id", "client_id"),
        CheckConstraint(
            "status IN ('QUEUED', 'SKIPPED', 'SENT', 'PENDING_REVIEW')", name="status_known"
        ),
    )

    run_id: Mapped[int] = mapped_column(IdType, ForeignKey("statement_runs.id"))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    as_of: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Varchar(20))
    total_due: Mapped[Decimal] = mapped_column(Money)
    # The trigger (days past due of the client's oldest open invoice) that the run crossed.
    trigger_days: Mapped[int | None] = mapped_column(Integer)
    # Why a statement was skipped: SKIPPED_BY_REVIEWER or NO_RECIPIENTS.
    skip_reason: Mapped[str | None] = mapped_column(Varchar(40))
    message_id: Mapped[int | None] = mapped_column(IdType)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
