"""Records API: custom record types and their records (JSON documents, GIN-indexed on PostgreSQL).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 15:09:01.635124
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import openwyn.kit.sqltypes

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "custom_record_types",
        sa.Column(
            "name",
            sa.String(length=63).with_variant(sa.String(length=63, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "display_name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "description",
            sa.String(length=10000).with_variant(
                sa.String(length=10000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
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
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_custom_record_types_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_record_types")),
        sa.UniqueConstraint(
            "tenant_id", "name", name=op.f("uq_custom_record_types_tenant_id_name")
        ),
    )
    op.create_table(
        "custom_records",
        sa.Column("type_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "system_ref",
            sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
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
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_custom_records_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["custom_record_types.id"],
            name=op.f("fk_custom_records_type_id_custom_record_types"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_records")),
        sa.UniqueConstraint(
            "tenant_id",
            "type_id",
            "system_ref",
            name=op.f("uq_custom_records_tenant_id_type_id_system_ref"),
        ),
    )
    with op.batch_alter_table("custom_records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_custom_records_tenant_id_type_id_updated_at",
            ["tenant_id", "type_id", "updated_at"],
            unique=False,
        )
    if op.get_bind().dialect.name == "postgresql":
        # Field equality filters compile to `data @> '{...}'`, which this index serves; btree_gin
        # lets it lead with tenant_id like every other index.
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
        op.execute(
            "CREATE INDEX ix_custom_records_tenant_id_data ON custom_records "
            "USING gin (tenant_id, data jsonb_path_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_custom_records_tenant_id_data")
    with op.batch_alter_table("custom_records", schema=None) as batch_op:
        batch_op.drop_index("ix_custom_records_tenant_id_type_id_updated_at")

    op.drop_table("custom_records")
    op.drop_table("custom_record_types")
