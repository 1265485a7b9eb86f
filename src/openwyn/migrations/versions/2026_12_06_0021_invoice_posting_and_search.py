"""A draft's `ar_tran_id` holds the ledger row's public id (`AR-...`), a string as on the
invoice: as a BIGINT, finalizing failed on PostgreSQL.

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TEXT = sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("draft_invoices") as batch:
        batch.alter_column(
            "ar_tran_id",
            existing_type=_BIGINT,
            type_=_TEXT,
            existing_nullable=True,
            postgresql_using="ar_tran_id::text",
        )


def downgrade() -> None:
    # The public ids are not numbers: they cannot go back into a BIGINT.
    op.execute("UPDATE draft_invoices SET ar_tran_id = NULL")
    with op.batch_alter_table("draft_invoices") as batch:
        batch.alter_column(
            "ar_tran_id",
            existing_type=_TEXT,
            type_=_BIGINT,
            existing_nullable=True,
            postgresql_using="ar_tran_id::bigint",
        )
