"""Draft bills (money-work.md §3): drafts, their lines and their history.

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-06 10:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "draft_invoices",
        sa.Column(
            "draft_number",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "review_status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "client_name",
            sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "bill_type",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "group_by",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("subtotal", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("tax_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("total_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "currency",
            sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "biller_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "reviewer_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "approver_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "sender_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("approved_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "approved_by_staff_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column(
            "invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "ar_tran_id",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "notes",
            sa.String(length=4000).with_variant(
                sa.String(length=4000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "pms_invoice_number",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
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
        sa.ForeignKeyConstraint(
            ["approved_by_staff_id"],
            ["staff.id"],
            name=op.f("fk_draft_invoices_approved_by_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["approver_staff_id"],
            ["staff.id"],
            name=op.f("fk_draft_invoices_approver_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["biller_staff_id"], ["staff.id"], name=op.f("fk_draft_invoices_biller_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_draft_invoices_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["jobs.id"], name=op.f("fk_draft_invoices_project_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_staff_id"],
            ["staff.id"],
            name=op.f("fk_draft_invoices_reviewer_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["sender_staff_id"], ["staff.id"], name=op.f("fk_draft_invoices_sender_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_draft_invoices_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_invoices")),
        sa.UniqueConstraint(
            "tenant_id", "draft_number", name=op.f("uq_draft_invoices_tenant_id_draft_number")
        ),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_draft_invoices_tenant_id_pms_ref")
        ),
    )
    op.create_index(
        "ix_draft_invoices_tenant_id_client_id",
        "draft_invoices",
        ["tenant_id", "client_id"],
        unique=False,
    )
    op.create_index(
        "ix_draft_invoices_tenant_id_status",
        "draft_invoices",
        ["tenant_id", "status"],
        unique=False,
    )
    op.create_index(
        "ix_draft_invoices_tenant_id_updated_at",
        "draft_invoices",
        ["tenant_id", "updated_at"],
        unique=False,
    )
    op.create_table(
        "draft_invoice_histories",
        sa.Column(
            "draft_invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "activity_type",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "actor_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "comment",
            sa.String(length=4000).with_variant(
                sa.String(length=4000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["actor_staff_id"],
            ["staff.id"],
            name=op.f("fk_draft_invoice_histories_actor_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_draft_invoice_histories_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["draft_invoice_id"],
            ["draft_invoices.id"],
            name=op.f("fk_draft_invoice_histories_draft_invoice_id_draft_invoices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_draft_invoice_histories_job_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_draft_invoice_histories_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_invoice_histories")),
    )
    op.create_index(
        "ix_draft_invoice_histories_tenant_id_client_id",
        "draft_invoice_histories",
        ["tenant_id", "client_id"],
        unique=False,
    )
    op.create_index(
        "ix_draft_invoice_histories_tenant_id_created_at",
        "draft_invoice_histories",
        ["tenant_id", "created_at"],
        unique=False,
    )
    op.create_index(
        "ix_draft_invoice_histories_tenant_id_draft_invoice_id",
        "draft_invoice_histories",
        ["tenant_id", "draft_invoice_id"],
        unique=False,
    )
    op.create_table(
        "draft_invoice_lines",
        sa.Column(
            "draft_invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "description",
            sa.String(length=1000).with_variant(
                sa.String(length=1000, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("standard_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("adjustment", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("tax_rate", sa.Numeric(precision=8, scale=6), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["draft_invoice_id"],
            ["draft_invoices.id"],
            name=op.f("fk_draft_invoice_lines_draft_invoice_id_draft_invoices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_draft_invoice_lines_job_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_draft_invoice_lines_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_invoice_lines")),
    )
    op.create_index(
        "ix_draft_invoice_lines_tenant_id_draft_invoice_id",
        "draft_invoice_lines",
        ["tenant_id", "draft_invoice_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        "ix_draft_invoice_lines_tenant_id_draft_invoice_id", table_name="draft_invoice_lines"
    )
    op.drop_table("draft_invoice_lines")
    op.drop_index(
        "ix_draft_invoice_histories_tenant_id_draft_invoice_id",
        table_name="draft_invoice_histories",
    )
    op.drop_index(
        "ix_draft_invoice_histories_tenant_id_created_at", table_name="draft_invoice_histories"
    )
    op.drop_index(
        "ix_draft_invoice_histories_tenant_id_client_id", table_name="draft_invoice_histories"
    )
    op.drop_table("draft_invoice_histories")
    op.drop_index("ix_draft_invoices_tenant_id_updated_at", table_name="draft_invoices")
    op.drop_index("ix_draft_invoices_tenant_id_status", table_name="draft_invoices")
    op.drop_index("ix_draft_invoices_tenant_id_client_id", table_name="draft_invoices")
    op.drop_table("draft_invoices")
