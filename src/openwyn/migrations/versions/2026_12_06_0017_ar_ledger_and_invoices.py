"""The AR ledger and invoices: ar_transactions, ar_allocations, client_balances, invoices,
invoice_lines and invoice_counters; the tenant's billing settings (timezone, currency,
invoiceNumberFormat) and the client's paymentTerms.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invoice_counters",
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_invoice_counters_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "year", name=op.f("pk_invoice_counters")),
    )
    op.create_table(
        "client_balances",
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("balance", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("unapplied_credit", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("updated_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "unapplied_credit >= 0", name=op.f("ck_client_balances_unapplied_credit_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_balances_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_client_balances_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "client_id", name=op.f("pk_client_balances")),
    )
    op.create_table(
        "invoices",
        sa.Column(
            "invoice_number",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "reference",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("subtotal", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("tax_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("total_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "currency",
            sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("paid_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("written_off_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("outstanding_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "notes",
            sa.String(length=4000).with_variant(
                sa.String(length=4000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "ar_tran_id",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "draft_invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "draft_invoice_system_ref",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("posted_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "source",
            sa.String(length=10).with_variant(sa.String(length=10, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("created_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "pms_ref",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "outstanding_amount >= 0", name=op.f("ck_invoices_outstanding_not_negative")
        ),
        sa.CheckConstraint(
            "paid_amount >= 0 AND written_off_amount >= 0",
            name=op.f("ck_invoices_settled_not_negative"),
        ),
        sa.CheckConstraint("total_amount >= 0", name=op.f("ck_invoices_total_not_negative")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_invoices_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["jobs.id"], name=op.f("fk_invoices_project_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_invoices_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint(
            "tenant_id", "invoice_number", name=op.f("uq_invoices_tenant_id_invoice_number")
        ),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_invoices_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_invoices_tenant_id_client_id_due_date",
            ["tenant_id", "client_id", "due_date"],
            unique=False,
        )
        batch_op.create_index(
            "ix_invoices_tenant_id_issue_date", ["tenant_id", "issue_date"], unique=False
        )
        batch_op.create_index(
            "ix_invoices_tenant_id_project_id", ["tenant_id", "project_id"], unique=False
        )

    op.create_table(
        "ar_transactions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "ar_tran_id",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "currency",
            sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "payment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "credit_id",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "reverses_ar_tran_id",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "memo",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "pms_ref",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("posted_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind IN ('INVOICE', 'REFUND') AND amount > 0) OR (kind IN ('PAYMENT', 'CREDIT_MEMO', 'WRITE_OFF') AND amount < 0) OR (kind = 'REVERSAL' AND amount <> 0 AND reverses_ar_tran_id IS NOT NULL)",
            name=op.f("ck_ar_transactions_amount_signed_by_kind"),
        ),
        sa.CheckConstraint(
            "kind IN ('INVOICE', 'PAYMENT', 'REFUND', 'CREDIT_MEMO', 'WRITE_OFF', 'REVERSAL')",
            name=op.f("ck_ar_transactions_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_ar_transactions_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_ar_transactions_invoice_id_invoices")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_ar_transactions_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ar_transactions")),
        sa.UniqueConstraint(
            "tenant_id", "ar_tran_id", name=op.f("uq_ar_transactions_tenant_id_ar_tran_id")
        ),
        sa.UniqueConstraint(
            "tenant_id",
            "reverses_ar_tran_id",
            name=op.f("uq_ar_transactions_tenant_id_reverses_ar_tran_id"),
        ),
    )
    with op.batch_alter_table("ar_transactions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ar_transactions_tenant_id_client_id", ["tenant_id", "client_id", "id"], unique=False
        )
        batch_op.create_index(
            "ix_ar_transactions_tenant_id_invoice_id", ["tenant_id", "invoice_id"], unique=False
        )

    op.create_table(
        "invoice_lines",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "description",
            sa.String(length=2000).with_variant(
                sa.String(length=2000, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("tax_rate", sa.Numeric(precision=6, scale=4), nullable=False),
        sa.Column("tax_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "notes",
            sa.String(length=4000).with_variant(
                sa.String(length=4000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("wip_ids", sa.JSON(), nullable=False),
        sa.Column("wip_amounts", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "tax_rate >= 0 AND tax_rate < 1", name=op.f("ck_invoice_lines_tax_rate_in_range")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_lines_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_invoice_lines_job_id_jobs")),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_invoice_lines_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
    )
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_invoice_lines_tenant_id_invoice_id",
            ["tenant_id", "invoice_id", "position"],
            unique=False,
        )

    op.create_table(
        "ar_allocations",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "transaction_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "reverses_allocation_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column("created_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(amount > 0 AND reverses_allocation_id IS NULL) OR (amount < 0 AND reverses_allocation_id IS NOT NULL)",
            name=op.f("ck_ar_allocations_amount_signed_by_reversal"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_ar_allocations_invoice_id_invoices")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_allocation_id"],
            ["ar_allocations.id"],
            name=op.f("fk_ar_allocations_reverses_allocation_id_ar_allocations"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_ar_allocations_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["ar_transactions.id"],
            name=op.f("fk_ar_allocations_transaction_id_ar_transactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ar_allocations")),
        sa.UniqueConstraint(
            "tenant_id",
            "reverses_allocation_id",
            name=op.f("uq_ar_allocations_tenant_id_reverses_allocation_id"),
        ),
    )
    with op.batch_alter_table("ar_allocations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ar_allocations_tenant_id_invoice_id", ["tenant_id", "invoice_id"], unique=False
        )
        batch_op.create_index(
            "ix_ar_allocations_tenant_id_transaction_id",
            ["tenant_id", "transaction_id"],
            unique=False,
        )

    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "payment_terms",
                sa.String(length=20).with_variant(
                    sa.String(length=20, collation="C"), "postgresql"
                ),
                server_default="NET_30",
                nullable=False,
            )
        )

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "timezone",
                sa.String(length=64).with_variant(
                    sa.String(length=64, collation="C"), "postgresql"
                ),
                server_default="UTC",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "currency",
                sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
                server_default="USD",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "invoice_number_format",
                sa.String(length=100).with_variant(
                    sa.String(length=100, collation="C"), "postgresql"
                ),
                server_default="INV-{year}-{number:05d}",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("invoice_number_format")
        batch_op.drop_column("currency")
        batch_op.drop_column("timezone")

    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("payment_terms")

    with op.batch_alter_table("ar_allocations", schema=None) as batch_op:
        batch_op.drop_index("ix_ar_allocations_tenant_id_transaction_id")
        batch_op.drop_index("ix_ar_allocations_tenant_id_invoice_id")

    op.drop_table("ar_allocations")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_invoice_lines_tenant_id_invoice_id")

    op.drop_table("invoice_lines")
    with op.batch_alter_table("ar_transactions", schema=None) as batch_op:
        batch_op.drop_index("ix_ar_transactions_tenant_id_invoice_id")
        batch_op.drop_index("ix_ar_transactions_tenant_id_client_id")

    op.drop_table("ar_transactions")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_tenant_id_project_id")
        batch_op.drop_index("ix_invoices_tenant_id_issue_date")
        batch_op.drop_index("ix_invoices_tenant_id_client_id_due_date")

    op.drop_table("invoices")
    op.drop_table("client_balances")
    op.drop_table("invoice_counters")
