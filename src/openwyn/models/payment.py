"""Payments (money-work.md §5): money a client paid, by any method, and what became of it.

A payment's ledger effect lives in the AR ledger (models/ledger.py): its PAYMENT row (whose
allocations settle invoices, the rest being unapplied credit), and on refund or dispute a
REFUND row. This row keeps what the ledger does not: the method, the processor's answer, fees
and the workflow status (PENDING, CONFIRMED, FAILED, REFUNDED, DISPUTED).

`pms_ref` is the Records API's systemRef, as for every standard type (contract §13.5).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned

_PENDING = text("status = 'PENDING'")


class Payment(TenantOwned, FromPms, Base):
    __tablename__ = "payments"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index(
            "ix_payments_tenant_id_client_id_payment_date", "tenant_id", "client_id", "payment_date"
        ),
        Index("ix_payments_tenant_id_payment_date", "tenant_id", "payment_date"),
        # The worker settles pending payments of every tenant when they come due.
        Index(
            "ix_payments_settles_at",
            "settles_at",
            postgresql_where=_PENDING,
            sqlite_where=_PENDING,
        ),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "status IN ('PENDING', 'CONFIRMED', 'FAILED', 'REFUNDED', 'DISPUTED')",
            name="status_known",
        ),
        CheckConstraint("fee_amount >= 0 AND surcharge_amount >= 0", name="fees_not_negative"),
    )

    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(Varchar(3))
    payment_method: Mapped[str] = mapped_column(Varchar(20))
    status: Mapped[str] = mapped_column(Varchar(20))
    payment_date: Mapped[date] = mapped_column(Date)
    confirmation_date: Mapped[date | None] = mapped_column(Date)
    card_last_four: Mapped[str | None] = mapped_column(Varchar(4))
    card_type: Mapped[str | None] = mapped_column(Varchar(40))
    # The processor that handled it ('sandbox', ...), None for an offline payment.
    processor: Mapped[str | None] = mapped_column(Varchar(40))
    processor_reference: Mapped[str | None] = mapped_column(Varchar(200))
    fee_amount: Mapped[Decimal] = mapped_column(Money)
    surcharge_amount: Mapped[Decimal] = mapped_column(Money)
    net_amount: Mapped[Decimal] = mapped_column(Money)
    # The payer's reference (a check number, a wire's reference).
    reference: Mapped[str | None] = mapped_column(Varchar(200))
    failure_code: Mapped[str | None] = mapped_column(Varchar(100))
    refund_reason: Mapped[str | None] = mapped_column(Varchar(1000))
    refunded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The PAYMENT ledger row's public id.
    ar_tran_id: Mapped[str | None] = mapped_column(Varchar(40))
    # When a PENDING payment (ACH) is next asked of its processor; None once settled.
    settles_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(Varchar(10))
