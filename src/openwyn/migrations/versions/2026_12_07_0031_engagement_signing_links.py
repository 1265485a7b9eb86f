"""Signing links (money-work.md §7) move from the signer's row to their own table, so a signer
may hold several: a reminder's link no longer stops the earlier email's link from working.
The links already given are carried over.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07 06:50:12.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_HASH = sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "engagement_signing_links",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("signer_id", _ID, nullable=False),
        sa.Column("token_hash", _HASH, nullable=False),
        sa.Column("expires_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["signer_id"],
            ["engagement_signers.id"],
            name=op.f("fk_engagement_signing_links_signer_id_engagement_signers"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagement_signing_links_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_signing_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_engagement_signing_links_token_hash")),
    )
    with op.batch_alter_table("engagement_signing_links", schema=None) as batch_op:
        batch_op.create_index(
            "ix_engagement_signing_links_tenant_id_signer_id",
            ["tenant_id", "signer_id"],
            unique=False,
        )
    op.execute(
        "INSERT INTO engagement_signing_links"
        " (tenant_id, signer_id, token_hash, expires_at, created_at)"
        " SELECT tenant_id, id, token_hash, token_expires_at, token_expires_at"
        " FROM engagement_signers"
        " WHERE token_hash IS NOT NULL AND token_expires_at IS NOT NULL"
    )
    with op.batch_alter_table("engagement_signers", schema=None) as batch_op:
        batch_op.drop_constraint("uq_engagement_signers_token_hash", type_="unique")
        batch_op.drop_column("token_expires_at")
        batch_op.drop_column("token_hash")


def downgrade() -> None:
    with op.batch_alter_table("engagement_signers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_hash", _HASH, nullable=True))
        batch_op.add_column(
            sa.Column(
                "token_expires_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.create_unique_constraint("uq_engagement_signers_token_hash", ["token_hash"])
    # A signer's row holds one link: the latest given.
    op.execute(
        "UPDATE engagement_signers SET"
        " token_hash = (SELECT l.token_hash FROM engagement_signing_links l"
        "  WHERE l.signer_id = engagement_signers.id ORDER BY l.id DESC LIMIT 1),"
        " token_expires_at = (SELECT l.expires_at FROM engagement_signing_links l"
        "  WHERE l.signer_id = engagement_signers.id ORDER BY l.id DESC LIMIT 1)"
    )
    with op.batch_alter_table("engagement_signing_links", schema=None) as batch_op:
        batch_op.drop_index("ix_engagement_signing_links_tenant_id_signer_id")
    op.drop_table("engagement_signing_links")
