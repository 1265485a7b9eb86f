"""Payments (money-work.md §5): the payments table (method, processor answer, fees, status,
the PAYMENT ledger row it wrote; a partial index for the worker that settles pending ACH)
and the tenant's per-method fee rates.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payments",
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "currency",
            sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "payment_method",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("payment_date", sa.Date(), nullable=False),
        sa.Column("confirmation_date", sa.Date(), nullable=True),
        sa.Column(
            "card_last_four",
            sa.String(length=4).with_variant(sa.String(length=4, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "card_type",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "processor",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "processor_reference",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("fee_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("surcharge_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("net_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "reference",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "failure_code",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "refund_reason",
            sa.String(length=1000).with_variant(
                sa.String(length=1000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("refunded_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "ar_tran_id",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("settles_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
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
            "status IN ('PENDING', 'CONFIRMED', 'FAILED', 'REFUNDED', 'DISPUTED')",
            name=op.f("ck_payments_status_known"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payments_amount_positive")),
        sa.CheckConstraint(
            "fee_amount >= 0 AND surcharge_amount >= 0", name=op.f("ck_payments_fees_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_payments_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_payments_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_payments_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_payments_settles_at",
            ["settles_at"],
            unique=False,
            postgresql_where=sa.text("status = 'PENDING'"),
            sqlite_where=sa.text("status = 'PENDING'"),
        )
        batch_op.create_index(
            "ix_payments_tenant_id_client_id_payment_date",
            ["tenant_id", "client_id", "payment_date"],
            unique=False,
        )
        batch_op.create_index(
            "ix_payments_tenant_id_payment_date", ["tenant_id", "payment_date"], unique=False
        )

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "payment_fee_rates", sa.JSON(), server_default=sa.text("'{}'"), nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("payment_fee_rates")

    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_tenant_id_payment_date")
        batch_op.drop_index("ix_payments_tenant_id_client_id_payment_date")
        batch_op.drop_index(
            "ix_payments_settles_at",
            postgresql_where=sa.text("status = 'PENDING'"),
            sqlite_where=sa.text("status = 'PENDING'"),
        )

    op.drop_table("payments")
