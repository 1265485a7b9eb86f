"""Event subscriptions: which events each tenant wants delivered, and where.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 16:07:05.325607
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_subscriptions",
        sa.Column("staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "entity_type",
            sa.String(length=63).with_variant(sa.String(length=63, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "operation",
            sa.String(length=10).with_variant(sa.String(length=10, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "delivery_url",
            sa.String(length=2000).with_variant(
                sa.String(length=2000, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "description",
            sa.String(length=2000).with_variant(
                sa.String(length=2000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "filter_expression",
            sa.String(length=4000).with_variant(
                sa.String(length=4000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.String(length=10).with_variant(sa.String(length=10, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("is_internal", sa.Boolean(), nullable=False),
        sa.Column("failing_since", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
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
            name=op.f("fk_event_subscriptions_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_subscriptions")),
    )
    with op.batch_alter_table("event_subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_subscriptions_tenant_id_entity_type_operation",
            ["tenant_id", "entity_type", "operation"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("event_subscriptions", schema=None) as batch_op:
        batch_op.drop_index("ix_event_subscriptions_tenant_id_entity_type_operation")

    op.drop_table("event_subscriptions")
