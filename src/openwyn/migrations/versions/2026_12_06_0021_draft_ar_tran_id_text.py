"""A draft bill's `arTranId` is the ledger row's public id (text, like the invoice's).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("draft_invoices", schema=None) as batch_op:
        batch_op.alter_column(
            "ar_tran_id",
            existing_type=_ID,
            type_=_TEXT,
            existing_nullable=True,
            postgresql_using="ar_tran_id::text",
        )


def downgrade() -> None:
    # Public ids are not numbers: they cannot go back into the integer column.
    op.execute("UPDATE draft_invoices SET ar_tran_id = NULL")
    with op.batch_alter_table("draft_invoices", schema=None) as batch_op:
        batch_op.alter_column(
            "ar_tran_id",
            existing_type=_TEXT,
            type_=_ID,
            existing_nullable=True,
            postgresql_using="ar_tran_id::bigint",
        )
