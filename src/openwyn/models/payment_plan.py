"""Payment plans (money-work.md §5): a client's recurring charge of a fixed amount, or AutoPay
of its open invoices, each period from `start_date` by `frequency`.

A run is one period of a plan: unique per (tenant, plan, period_start), so workers racing to
charge a period insert one run and the others skip it, and a period is charged once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, TenantOwned


class PaymentPlan(TenantOwned, Base):
    __tablename__ = "payment_plans"
    __table_args__ = (
        Index("ix_payment_plans_tenant_id_client_id", "tenant_id", "client_id"),
        Index("ix_payment_plans_tenant_id_status", "tenant_id", "status"),
        CheckConstraint("kind IN ('RECURRING', 'AUTOPAY')", name="kind_known"),
        CheckConstraint("frequency IN ('WEEKLY', 'MONTHLY', 'QUARTERLY')", name="frequency_known"),
        CheckConstraint(
            "status IN ('ACTIVE', 'PAUSED', 'CANCELLED', 'COMPLETED')", name="status_known"
        ),
    )

    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    kind: Mapped[str] = mapped_column(Varchar(10))
    # RECURRING only: what each period charges (AUTOPAY charges what the invoices ask).
    amount: Mapped[Decimal | None] = mapped_column(Money)
    frequency: Mapped[str] = mapped_column(Varchar(10))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    processor_token: Mapped[str] = mapped_column(Varchar(200))
    payment_method: Mapped[str] = mapped_column(Varchar(20))
    status: Mapped[str] = mapped_column(Varchar(10))


class PaymentPlanRun(TenantOwned, Base):
    __tablename__ = "payment_plan_runs"
    __table_args__ = (
        UniqueConstraint("tenant_id", "plan_id", "period_start"),
        CheckConstraint("status IN ('CHARGED', 'FAILED', 'NOTHING_DUE')", name="status_known"),
    )

    plan_id: Mapped[int] = mapped_column(IdType, ForeignKey("payment_plans.id"))
    period_start: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Varchar(20))
    payment_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("payments.id"))
    attempts: Mapped[int] = mapped_column(Integer)
    # A FAILED run is charged again then (once); None when no retry is left.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failure_code: Mapped[str | None] = mapped_column(Varchar(60))
