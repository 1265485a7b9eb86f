"""Deliverables (money-work.md §8): files released to a client's contacts through the portal,
at once or once paid; their recipients (portal links, hashed) and every download.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06 19:15:39.807872
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deliverables",
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "title",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "release",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("created_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "pms_ref",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_deliverables_client_id_clients")
        ),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_deliverables_job_id_jobs")),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_deliverables_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverables")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_deliverables_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("deliverables", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deliverables_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )
        batch_op.create_index(
            "ix_deliverables_tenant_id_created_at", ["tenant_id", "created_at"], unique=False
        )

    op.create_table(
        "deliverable_downloads",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "deliverable_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("file_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("downloaded_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "ip",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_deliverable_downloads_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverables.id"],
            name=op.f("fk_deliverable_downloads_deliverable_id_deliverables"),
        ),
        sa.ForeignKeyConstraint(
            ["file_id"], ["files.id"], name=op.f("fk_deliverable_downloads_file_id_files")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_deliverable_downloads_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverable_downloads")),
    )
    with op.batch_alter_table("deliverable_downloads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deliverable_downloads_tenant_id_deliverable_id",
            ["tenant_id", "deliverable_id"],
            unique=False,
        )

    op.create_table(
        "deliverable_files",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "deliverable_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("file_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverables.id"],
            name=op.f("fk_deliverable_files_deliverable_id_deliverables"),
        ),
        sa.ForeignKeyConstraint(
            ["file_id"], ["files.id"], name=op.f("fk_deliverable_files_file_id_files")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_deliverable_files_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverable_files")),
    )
    with op.batch_alter_table("deliverable_files", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deliverable_files_tenant_id_deliverable_id",
            ["tenant_id", "deliverable_id"],
            unique=False,
        )

    op.create_table(
        "deliverable_recipients",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "deliverable_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "token_hash",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "token_expires_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_deliverable_recipients_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverables.id"],
            name=op.f("fk_deliverable_recipients_deliverable_id_deliverables"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_deliverable_recipients_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverable_recipients")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_deliverable_recipients_token_hash")),
    )
    with op.batch_alter_table("deliverable_recipients", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deliverable_recipients_tenant_id_deliverable_id",
            ["tenant_id", "deliverable_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("deliverable_recipients", schema=None) as batch_op:
        batch_op.drop_index("ix_deliverable_recipients_tenant_id_deliverable_id")

    op.drop_table("deliverable_recipients")
    with op.batch_alter_table("deliverable_files", schema=None) as batch_op:
        batch_op.drop_index("ix_deliverable_files_tenant_id_deliverable_id")

    op.drop_table("deliverable_files")
    with op.batch_alter_table("deliverable_downloads", schema=None) as batch_op:
        batch_op.drop_index("ix_deliverable_downloads_tenant_id_deliverable_id")

    op.drop_table("deliverable_downloads")
    with op.batch_alter_table("deliverables", schema=None) as batch_op:
        batch_op.drop_index("ix_deliverables_tenant_id_created_at")
        batch_op.drop_index("ix_deliverables_tenant_id_client_id")

    op.drop_table("deliverables")
