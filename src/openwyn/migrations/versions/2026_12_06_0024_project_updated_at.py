"""The projects' `updatedAt` stored on the job (money-work.md §2 and §11): the later of the
job's `updated_at` and its roll-ups' last activity, kept by every job write and every roll-up
refresh, with an index leading with the tenant in the projects' default order, so a page of
projects is an index range with a LIMIT instead of a sort of every job.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The later of the two, for every existing job.
_BACKFILL = """
UPDATE jobs SET project_updated_at = coalesce(
    (SELECT job_rollups.last_activity_at FROM job_rollups
     WHERE job_rollups.tenant_id = jobs.tenant_id AND job_rollups.job_id = jobs.id
       AND job_rollups.last_activity_at > jobs.updated_at),
    jobs.updated_at)
"""


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        # SQLite adds a NOT NULL column only with a default (replaced by the backfill at once);
        # PostgreSQL fills it first and then forbids nulls.
        default = sa.text("'1970-01-01 00:00:00.000000'") if sqlite else None
        batch_op.add_column(
            sa.Column(
                "project_updated_at",
                sa.DateTime(timezone=True),
                nullable=not sqlite,
                server_default=default,
            )
        )
    op.execute(_BACKFILL)
    if not sqlite:
        op.alter_column("jobs", "project_updated_at", nullable=False)
    op.create_index(
        "ix_jobs_tenant_id_project_updated_at",
        "jobs",
        ["tenant_id", sa.text("project_updated_at DESC"), "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_jobs_tenant_id_project_updated_at", table_name="jobs")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_column("project_updated_at")
