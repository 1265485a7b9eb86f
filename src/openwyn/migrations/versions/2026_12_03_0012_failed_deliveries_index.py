"""Only failed deliveries are indexed by subscription, with their creation time.

Recovery (`POST /api/v1/event-subscriptions/{id}/recover`) is the one reader of that index and
asks for a subscription's failed deliveries in a window. Indexed by status, every delivery was
written to the index twice (queued, then delivered), though almost every one succeeds; a
partial index over the failures leaves the worker's inserts and outcome updates one index
lighter and serves the window's bounds as well.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "webhook_deliveries"
_OLD = "ix_webhook_deliveries_tenant_id_subscription_id_status"
_NEW = "ix_webhook_deliveries_failed"
_FAILED = sa.text("status = 'FAILED'")


def upgrade() -> None:
    op.drop_index(_OLD, table_name=_TABLE)
    op.create_index(
        _NEW,
        _TABLE,
        ["tenant_id", "subscription_id", "created_at"],
        postgresql_where=_FAILED,
        sqlite_where=_FAILED,
    )


def downgrade() -> None:
    op.drop_index(_NEW, table_name=_TABLE)
    op.create_index(_OLD, _TABLE, ["tenant_id", "subscription_id", "status"])
