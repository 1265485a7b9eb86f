"""Invoices and their lines (money-work.md §4), and the per-tenant, per-year counter that
numbers them at posting.

`paid_amount`, `written_off_amount` and `outstanding_amount` are denormalised sums over the AR
ledger (models/ledger.py), updated in the transaction of every ledger write; `openwyn
verify-ledger` recomputes them. An invoice's outstanding amount is its ledger rows (INVOICE and
the REVERSAL of it) minus what allocations settled, so a DRAFT or CANCELLED invoice owes 0.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    PrimaryKeyConstraint,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned

Quantity = Numeric(14, 4, asdecimal=True)
TaxRate = Numeric(6, 4, asdecimal=True)


class Invoice(TenantOwned, FromPms, Base):
    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "invoice_number"),
        Index("ix_invoices_tenant_id_issue_date", "tenant_id", "issue_date"),
        Index("ix_invoices_tenant_id_client_id_due_date", "tenant_id", "client_id", "due_date"),
        Index("ix_invoices_tenant_id_project_id", "tenant_id", "project_id"),
        # A client's invoices in a status, newest first (the open invoices of a client).
        Index(
            "ix_invoices_tenant_id_client_id_status_issue_date",
            "tenant_id",
            "client_id",
            "status",
            "issue_date",
        ),
        CheckConstraint("outstanding_amount >= 0", name="outstanding_not_negative"),
        CheckConstraint(
            "paid_amount >= 0 AND written_off_amount >= 0", name="settled_not_negative"
        ),
        CheckConstraint("total_amount >= 0", name="total_not_negative"),
    )

    invoice_number: Mapped[str | None] = mapped_column(Varchar(100))
    reference: Mapped[str | None] = mapped_column(Varchar(200))
    status: Mapped[str] = mapped_column(Varchar(20), default="DRAFT")
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    project_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    issue_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    subtotal: Mapped[Decimal] = mapped_column(Money)
    tax_amount: Mapped[Decimal] = mapped_column(Money)
    total_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(Varchar(3))
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    written_off_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    outstanding_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    notes: Mapped[str | None] = mapped_column(Varchar(4000))
    # The INVOICE ledger row's public id, once posted.
    ar_tran_id: Mapped[str | None] = mapped_column(Varchar(40))
    # No foreign key: draft bills come with their own tables.
    draft_invoice_id: Mapped[int | None] = mapped_column(IdType)
    draft_invoice_system_ref: Mapped[str | None] = mapped_column(Varchar(200))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(Varchar(10))
    # The PDF stored last (a file id; no foreign key: a deleted file is rendered again) and
    # the invoice's version it shows.
    pdf_file_id: Mapped[int | None] = mapped_column(IdType)
    pdf_version: Mapped[int | None] = mapped_column(Integer)


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        Index("ix_invoice_lines_tenant_id_invoice_id", "tenant_id", "invoice_id", "position"),
        CheckConstraint("tax_rate >= 0 AND tax_rate < 1", name="tax_rate_in_range"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    invoice_id: Mapped[int] = mapped_column(IdType, ForeignKey("invoices.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Varchar(2000))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(TaxRate)
    tax_amount: Mapped[Decimal] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Varchar(4000))
    job_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    wip_ids: Mapped[list[int]] = mapped_column(JSON)
    # What this line billed of each of its WIP entries (strings, by WIP id), so a void gives
    # exactly that back.
    wip_amounts: Mapped[dict[str, str]] = mapped_column(JSON)


class InvoiceCounter(Base):
    """The last number given to a tenant's posted invoices in a year; locked FOR UPDATE by
    each posting, so numbers are gapless and never collide."""

    __tablename__ = "invoice_counters"
    __table_args__ = (PrimaryKeyConstraint("tenant_id", "year"),)

    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
