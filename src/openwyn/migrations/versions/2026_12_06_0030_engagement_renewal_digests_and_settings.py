"""Engagements (money-work.md §7): the monthly renewal digests (one per tenant and local
month), the tenant's next digest's due time, and the tenant's `engagements` settings.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06 21:10:44.793362
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "engagement_renewal_digests",
        sa.Column(
            "month",
            sa.String(length=7).with_variant(sa.String(length=7, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("through", sa.Date(), nullable=False),
        sa.Column("engagement_count", sa.Integer(), nullable=False),
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
            name=op.f("fk_engagement_renewal_digests_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_renewal_digests")),
        sa.UniqueConstraint(
            "tenant_id", "month", name=op.f("uq_engagement_renewal_digests_tenant_id_month")
        ),
    )
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("engagement_settings", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "renewal_digest_due_at",
                openwyn.kit.sqltypes.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
        batch_op.create_index(
            "ix_tenants_renewal_digest_due_at", ["renewal_digest_due_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_index("ix_tenants_renewal_digest_due_at")
        batch_op.drop_column("renewal_digest_due_at")
        batch_op.drop_column("engagement_settings")

    op.drop_table("engagement_renewal_digests")
