"""When each event subscription was last turned on: it is owed the events from then on.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_subscriptions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "active_since", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
            )
        )
    # Every existing subscription has been on since its creation, as far as anyone can tell.
    op.execute("UPDATE event_subscriptions SET active_since = created_at")
    with op.batch_alter_table("event_subscriptions", schema=None) as batch_op:
        batch_op.alter_column(
            "active_since",
            existing_type=openwyn.kit.sqltypes.UTCDateTime(timezone=True),
            nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("event_subscriptions", schema=None) as batch_op:
        batch_op.drop_column("active_since")
