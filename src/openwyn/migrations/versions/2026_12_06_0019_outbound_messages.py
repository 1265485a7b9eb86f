"""The outbound mail queue (money-work.md §9): messages queued by actions, sent by the worker.

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-06 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbound_messages",
        sa.Column("to", sa.JSON(), nullable=False),
        sa.Column("cc", sa.JSON(), nullable=False),
        sa.Column(
            "subject",
            sa.String(length=998).with_variant(sa.String(length=998, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=True),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column(
            "status",
            sa.String(length=10).with_variant(sa.String(length=10, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column(
            "next_attempt_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "last_error",
            sa.String(length=1000).with_variant(
                sa.String(length=1000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "related_type",
            sa.String(length=63).with_variant(sa.String(length=63, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "related_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
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
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_outbound_messages_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_messages")),
    )
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbound_messages_next_attempt_at",
            ["next_attempt_at"],
            unique=False,
            postgresql_where=sa.text("next_attempt_at IS NOT NULL"),
            sqlite_where=sa.text("next_attempt_at IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_outbound_messages_tenant_id_created_at", ["tenant_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_outbound_messages_tenant_id_related_type_related_id",
            ["tenant_id", "related_type", "related_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_outbound_messages_tenant_id_status", ["tenant_id", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_messages_tenant_id_status")
        batch_op.drop_index("ix_outbound_messages_tenant_id_related_type_related_id")
        batch_op.drop_index("ix_outbound_messages_tenant_id_created_at")
        batch_op.drop_index(
            "ix_outbound_messages_next_attempt_at",
            postgresql_where=sa.text("next_attempt_at IS NOT NULL"),
            sqlite_where=sa.text("next_attempt_at IS NOT NULL"),
        )

    op.drop_table("outbound_messages")
