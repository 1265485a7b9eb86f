"""Statement runs and statements (money-work.md §6), and the tenant's `statements` settings.

A run is unique per (tenant, run_date): workers racing to create the day's run insert one row
and the others skip it.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 17:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statement_runs",
        sa.Column("run_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "mode",
            sa.String(length=10).with_variant(sa.String(length=10, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("sent_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
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
        sa.CheckConstraint("mode IN ('REVIEW', 'AUTO')", name=op.f("ck_statement_runs_mode_known")),
        sa.CheckConstraint(
            "status IN ('PENDING_REVIEW', 'SENT')", name=op.f("ck_statement_runs_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_statement_runs_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_runs")),
        sa.UniqueConstraint(
            "tenant_id", "run_date", name=op.f("uq_statement_runs_tenant_id_run_date")
        ),
    )
    op.create_table(
        "statements",
        sa.Column("run_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("total_due", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("trigger_days", sa.Integer(), nullable=True),
        sa.Column(
            "skip_reason",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "message_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("sent_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
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
        sa.CheckConstraint(
            "status IN ('QUEUED', 'SKIPPED', 'SENT', 'PENDING_REVIEW')",
            name=op.f("ck_statements_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_statements_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["statement_runs.id"], name=op.f("fk_statements_run_id_statement_runs")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_statements_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
        sa.UniqueConstraint(
            "tenant_id",
            "run_id",
            "client_id",
            name=op.f("uq_statements_tenant_id_run_id_client_id"),
        ),
    )
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_statements_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("statement_settings", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("statement_settings")

    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.drop_index("ix_statements_tenant_id_client_id")

    op.drop_table("statements")
    op.drop_table("statement_runs")
