"""The clients' name index carries `active`, so counting a tenant's active clients (every
default list and search) is an index-only scan on PostgreSQL.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 00:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ix_clients_tenant_id_name_created_at"
_COLUMNS = ["tenant_id", "name", "created_at"]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no INCLUDE; its index stays as it is
    op.drop_index(_NAME, table_name="clients")
    op.create_index(_NAME, "clients", _COLUMNS, postgresql_include=["active"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index(_NAME, table_name="clients")
    op.create_index(_NAME, "clients", _COLUMNS)
