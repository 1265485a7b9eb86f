"""Clients' custom fields as jsonb on PostgreSQL.

A `where` on `customFields` compares members of the document. Stored as json, PostgreSQL
parsed the whole document again for every comparison of every row: the costliest accepted
expression (about a hundred such comparisons) ran past the 15 s statement timeout over ten
thousand clients. As jsonb the document is parsed once, when written. SQLite is unchanged.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 08:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _on_postgresql():
        op.alter_column(
            "clients",
            "custom_fields",
            type_=postgresql.JSONB(),
            existing_type=sa.JSON(),
            postgresql_using="custom_fields::jsonb",
        )


def downgrade() -> None:
    if _on_postgresql():
        op.alter_column(
            "clients",
            "custom_fields",
            type_=sa.JSON(),
            existing_type=postgresql.JSONB(),
            postgresql_using="custom_fields::json",
        )
