"""At most one current (unexpired) webhook secret per tenant.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CURRENT = sa.text("expires_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("webhook_secrets", schema=None) as batch_op:
        batch_op.create_index(
            "uq_webhook_secrets_tenant_id_current",
            ["tenant_id"],
            unique=True,
            postgresql_where=_CURRENT,
            sqlite_where=_CURRENT,
        )


def downgrade() -> None:
    with op.batch_alter_table("webhook_secrets", schema=None) as batch_op:
        batch_op.drop_index("uq_webhook_secrets_tenant_id_current")
