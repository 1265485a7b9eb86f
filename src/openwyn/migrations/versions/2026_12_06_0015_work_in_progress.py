"""Work in progress (money-work.md §2): WIP rows, each job's roll-ups of them, and per-job
billing rates.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 07:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "job_rollups",
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("hours_logged", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("wip_value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("wip_outstanding", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("billed_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("write_off_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("invoiced_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("collected_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "last_activity_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_job_rollups_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_job_rollups_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "job_id", name=op.f("pk_job_rollups")),
    )
    op.create_table(
        "wips",
        sa.Column(
            "type",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("logged_date", sa.Date(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("rate", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "currency",
            sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column(
            "notes",
            sa.String(length=4000).with_variant(
                sa.String(length=4000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "task_code",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "service_line_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "receipt_file_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("billed_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("write_off_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "write_off_reason",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("outstanding_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "draft_invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "invoice_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
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
        sa.CheckConstraint(
            "billed_amount >= 0 AND write_off_amount >= 0",
            name=op.f("ck_wips_amounts_not_negative"),
        ),
        sa.CheckConstraint("hours IS NULL OR hours > 0", name=op.f("ck_wips_hours_positive")),
        sa.CheckConstraint(
            "outstanding_amount >= 0", name=op.f("ck_wips_outstanding_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_wips_client_id_clients")
        ),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_wips_job_id_jobs")),
        sa.ForeignKeyConstraint(
            ["service_line_id"],
            ["service_lines.id"],
            name=op.f("fk_wips_service_line_id_service_lines"),
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_wips_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_wips_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wips")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_wips_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("wips", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wips_tenant_id_client_id_logged_date",
            ["tenant_id", "client_id", "logged_date"],
            unique=False,
        )
        batch_op.create_index(
            "ix_wips_tenant_id_draft_invoice_id", ["tenant_id", "draft_invoice_id"], unique=False
        )
        batch_op.create_index(
            "ix_wips_tenant_id_invoice_id", ["tenant_id", "invoice_id"], unique=False
        )
        batch_op.create_index(
            "ix_wips_tenant_id_job_id_status", ["tenant_id", "job_id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_wips_tenant_id_logged_date", ["tenant_id", "logged_date"], unique=False
        )
        batch_op.create_index(
            "ix_wips_tenant_id_staff_id_logged_date",
            ["tenant_id", "staff_id", "logged_date"],
            unique=False,
        )

    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rates", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_column("rates")

    with op.batch_alter_table("wips", schema=None) as batch_op:
        batch_op.drop_index("ix_wips_tenant_id_staff_id_logged_date")
        batch_op.drop_index("ix_wips_tenant_id_logged_date")
        batch_op.drop_index("ix_wips_tenant_id_job_id_status")
        batch_op.drop_index("ix_wips_tenant_id_invoice_id")
        batch_op.drop_index("ix_wips_tenant_id_draft_invoice_id")
        batch_op.drop_index("ix_wips_tenant_id_client_id_logged_date")

    op.drop_table("wips")
    op.drop_table("job_rollups")
