"""Draft bills (money-work.md §3): a draft gathers a client's WIP and progress amounts into
lines, is adjusted, reviewed and approved, and becomes an invoice. Every workflow action leaves
a history row. The invoice link carries no foreign key: invoices come with the ledger."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, Numeric, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned

# A line's tax rate: 0 <= rate < 1, with up to six decimals (0.0825).
TaxRate = Numeric(8, 6, asdecimal=True)


class DraftInvoice(TenantOwned, FromPms, Base):
    __tablename__ = "draft_invoices"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "draft_number"),
        Index("ix_draft_invoices_tenant_id_client_id", "tenant_id", "client_id"),
        Index("ix_draft_invoices_tenant_id_status", "tenant_id", "status"),
        Index("ix_draft_invoices_tenant_id_updated_at", "tenant_id", "updated_at"),
    )

    draft_number: Mapped[str] = mapped_column(Varchar(20))
    status: Mapped[str] = mapped_column(Varchar(20))
    review_status: Mapped[str | None] = mapped_column(Varchar(20))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    client_name: Mapped[str | None] = mapped_column(Varchar(255))
    project_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    bill_type: Mapped[str] = mapped_column(Varchar(20))
    group_by: Mapped[str] = mapped_column(Varchar(20))
    subtotal: Mapped[Decimal] = mapped_column(Money)
    tax_amount: Mapped[Decimal] = mapped_column(Money)
    total_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(Varchar(3))
    biller_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    reviewer_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    approver_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    sender_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    invoice_id: Mapped[int | None] = mapped_column(IdType)
    ar_tran_id: Mapped[str | None] = mapped_column(Varchar(40))
    notes: Mapped[str | None] = mapped_column(Varchar(4000))
    pms_invoice_number: Mapped[str | None] = mapped_column(Varchar(100))
    source: Mapped[str] = mapped_column(Varchar(10))


class DraftInvoiceLine(TenantOwned, Base):
    __tablename__ = "draft_invoice_lines"
    __table_args__ = (
        Index("ix_draft_invoice_lines_tenant_id_draft_invoice_id", "tenant_id", "draft_invoice_id"),
    )

    draft_invoice_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("draft_invoices.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Varchar(1000))
    quantity: Mapped[Decimal] = mapped_column(Money)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    standard_amount: Mapped[Decimal] = mapped_column(Money)
    adjustment: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(TaxRate)
    tax_amount: Mapped[Decimal] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Varchar(4000))
    job_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    wip_ids: Mapped[list[int]] = mapped_column(JSON)


class DraftInvoiceHistory(TenantOwned, Base):
    __tablename__ = "draft_invoice_histories"
    __table_args__ = (
        Index(
            "ix_draft_invoice_histories_tenant_id_draft_invoice_id",
            "tenant_id",
            "draft_invoice_id",
        ),
        Index("ix_draft_invoice_histories_tenant_id_created_at", "tenant_id", "created_at"),
        Index("ix_draft_invoice_histories_tenant_id_client_id", "tenant_id", "client_id"),
    )

    draft_invoice_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("draft_invoices.id", ondelete="CASCADE")
    )
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    invoice_id: Mapped[int | None] = mapped_column(IdType)
    job_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    activity_type: Mapped[str] = mapped_column(Varchar(40))
    actor_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    comment: Mapped[str | None] = mapped_column(Varchar(4000))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
