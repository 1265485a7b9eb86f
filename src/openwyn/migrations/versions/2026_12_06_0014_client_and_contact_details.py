"""The documented detail fields of clients (legal name, size, type) and contacts (department,
communication preferences), contract §13.6.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length=length).with_variant(
        sa.String(length=length, collation="C"), "postgresql"
    )


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_name", _text(200), nullable=True))
        batch_op.add_column(sa.Column("size", _text(50), nullable=True))
        batch_op.add_column(sa.Column("type", _text(50), nullable=True))
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department", _text(100), nullable=True))
        batch_op.add_column(sa.Column("communication_preferences", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("communication_preferences")
        batch_op.drop_column("department")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("type")
        batch_op.drop_column("size")
        batch_op.drop_column("legal_name")
