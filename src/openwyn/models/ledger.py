"""The accounts receivable ledger (money-work.md §1): append-only transactions, the
allocations that settle invoices, and each client's denormalised balance.

A row is never updated or deleted: a correction is a REVERSAL row (the opposite amount, naming
the row it reverses, at most once). An allocation links a settling row (PAYMENT, CREDIT_MEMO or
WRITE_OFF) to an invoice by a positive amount; reversing the settling row appends a negative
allocation naming the allocation it undoes, so allocations are append-only too.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, PrimaryKeyConstraint, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar, utcnow
from openwyn.models.base import Base

KINDS = ("INVOICE", "PAYMENT", "REFUND", "CREDIT_MEMO", "WRITE_OFF", "REVERSAL")


class ArTransaction(Base):
    __tablename__ = "ar_transactions"
    __table_args__ = (
        UniqueConstraint("tenant_id", "ar_tran_id"),
        # A row is reversed at most once.
        UniqueConstraint("tenant_id", "reverses_ar_tran_id"),
        Index("ix_ar_transactions_tenant_id_client_id", "tenant_id", "client_id", "id"),
        Index("ix_ar_transactions_tenant_id_invoice_id", "tenant_id", "invoice_id"),
        CheckConstraint(
            "kind IN ('INVOICE', 'PAYMENT', 'REFUND', 'CREDIT_MEMO', 'WRITE_OFF', 'REVERSAL')",
            name="kind_known",
        ),
        # Positive when it increases what the client owes.
        CheckConstraint(
            "(kind IN ('INVOICE', 'REFUND') AND amount > 0)"
            " OR (kind IN ('PAYMENT', 'CREDIT_MEMO', 'WRITE_OFF') AND amount < 0)"
            " OR (kind = 'REVERSAL' AND amount <> 0 AND reverses_ar_tran_id IS NOT NULL)",
            name="amount_signed_by_kind",
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    ar_tran_id: Mapped[str] = mapped_column(Varchar(40))
    kind: Mapped[str] = mapped_column(Varchar(20))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(Varchar(3))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    invoice_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("invoices.id"))
    # Payments come with their own table; no foreign key until then.
    payment_id: Mapped[int | None] = mapped_column(IdType)
    credit_id: Mapped[str | None] = mapped_column(Varchar(40))
    reverses_ar_tran_id: Mapped[str | None] = mapped_column(Varchar(40))
    memo: Mapped[str | None] = mapped_column(Varchar(500))
    # The practice management system's id of the row, when one sent it (payments by records).
    pms_ref: Mapped[str | None] = mapped_column(Varchar(100))
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ArAllocation(Base):
    __tablename__ = "ar_allocations"
    __table_args__ = (
        Index("ix_ar_allocations_tenant_id_invoice_id", "tenant_id", "invoice_id"),
        Index("ix_ar_allocations_tenant_id_transaction_id", "tenant_id", "transaction_id"),
        UniqueConstraint("tenant_id", "reverses_allocation_id"),
        CheckConstraint(
            "(amount > 0 AND reverses_allocation_id IS NULL)"
            " OR (amount < 0 AND reverses_allocation_id IS NOT NULL)",
            name="amount_signed_by_reversal",
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    # The settling row (PAYMENT, CREDIT_MEMO or WRITE_OFF).
    transaction_id: Mapped[int] = mapped_column(IdType, ForeignKey("ar_transactions.id"))
    invoice_id: Mapped[int] = mapped_column(IdType, ForeignKey("invoices.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    reverses_allocation_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("ar_allocations.id")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ClientBalance(Base):
    """A client's ledger sum (`balance`) and credit not yet allocated (`unapplied_credit`);
    balance = open invoices' outstanding - unapplied credit."""

    __tablename__ = "client_balances"
    __table_args__ = (
        PrimaryKeyConstraint("tenant_id", "client_id"),
        CheckConstraint("unapplied_credit >= 0", name="unapplied_credit_not_negative"),
    )

    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id", ondelete="CASCADE"))
    balance: Mapped[Decimal] = mapped_column(Money)
    unapplied_credit: Mapped[Decimal] = mapped_column(Money)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
