"""Event operations hold 32 characters: workflow operations such as a draft bill's
`PENDING_APPROVAL` name a status, longer than CREATE, UPDATE and DELETE.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 12:35:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("events", "event_subscriptions", "webhook_deliveries", "webhook_attempts")


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length=length).with_variant(
        sa.String(length=length, collation="C"), "postgresql"
    )


def _alter(old: int, new: int) -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "operation", existing_type=_text(old), type_=_text(new), existing_nullable=False
            )


def upgrade() -> None:
    _alter(10, 32)


def downgrade() -> None:
    _alter(32, 10)
