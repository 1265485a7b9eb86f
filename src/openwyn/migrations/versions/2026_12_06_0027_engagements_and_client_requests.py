"""Engagements (money-work.md §7) and client requests (§8): letter templates (sandboxed
Jinja2, checked when saved), engagements with their other clients, services, signers (the
evidence of each signature, the link's token stored hashed) and team; client requests with
their contacts (portal links, hashed), items and uploads.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 18:34:00.984275
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "engagement_templates",
        sa.Column(
            "name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "engagement_name_template",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
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
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagement_templates_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_templates")),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_engagement_templates_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("engagement_templates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_engagement_templates_tenant_id_name", ["tenant_id", "name"], unique=False
        )

    op.create_table(
        "engagements",
        sa.Column(
            "name",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "description",
            sa.String(length=10000).with_variant(
                sa.String(length=10000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "type",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "template_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "engagement_name_template",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "partner_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "manager_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "currency",
            sa.String(length=3).with_variant(sa.String(length=3, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("estimated_value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("prepayment_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("prepaid_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("expires_in_days", sa.Integer(), nullable=False),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
        sa.Column(
            "renewed_from_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "letter_file_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("letter_text", sa.Text(), nullable=True),
        sa.Column(
            "letter_sha256",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "certificate_file_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column(
            "executed_file_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("sent_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column("expires_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column("signed_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column("executed_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "next_reminder_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "source",
            sa.String(length=10).with_variant(sa.String(length=10, collation="C"), "postgresql"),
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
            ["certificate_file_id"],
            ["files.id"],
            name=op.f("fk_engagements_certificate_file_id_files"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_engagements_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["executed_file_id"], ["files.id"], name=op.f("fk_engagements_executed_file_id_files")
        ),
        sa.ForeignKeyConstraint(
            ["letter_file_id"], ["files.id"], name=op.f("fk_engagements_letter_file_id_files")
        ),
        sa.ForeignKeyConstraint(
            ["manager_staff_id"], ["staff.id"], name=op.f("fk_engagements_manager_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["partner_staff_id"], ["staff.id"], name=op.f("fk_engagements_partner_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["renewed_from_id"],
            ["engagements.id"],
            name=op.f("fk_engagements_renewed_from_id_engagements"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["engagement_templates.id"],
            name=op.f("fk_engagements_template_id_engagement_templates"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagements_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagements")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_engagements_tenant_id_pms_ref")),
        sa.UniqueConstraint(
            "tenant_id", "renewed_from_id", name=op.f("uq_engagements_tenant_id_renewed_from_id")
        ),
    )
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.create_index("ix_engagements_status_id", ["status", "id"], unique=False)
        batch_op.create_index(
            "ix_engagements_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )
        batch_op.create_index(
            "ix_engagements_tenant_id_created_at", ["tenant_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_engagements_tenant_id_status_end_date",
            ["tenant_id", "status", "end_date"],
            unique=False,
        )

    op.create_table(
        "client_requests",
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "reviewer_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column(
            "on_complete_job_status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("sent_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
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
            ["client_id"], ["clients.id"], name=op.f("fk_client_requests_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_client_requests_job_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_staff_id"],
            ["staff.id"],
            name=op.f("fk_client_requests_reviewer_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_client_requests_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_requests")),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_client_requests_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("client_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_requests_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )
        batch_op.create_index(
            "ix_client_requests_tenant_id_created_at", ["tenant_id", "created_at"], unique=False
        )

    op.create_table(
        "engagement_clients",
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "engagement_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_engagement_clients_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_engagement_clients_engagement_id_engagements"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagement_clients_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "tenant_id", "engagement_id", "client_id", name=op.f("pk_engagement_clients")
        ),
    )
    with op.batch_alter_table("engagement_clients", schema=None) as batch_op:
        batch_op.create_index(
            "ix_engagement_clients_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )

    op.create_table(
        "engagement_services",
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
            "engagement_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "service_line_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "description",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "billing_schedule",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("prepayment_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.CheckConstraint(
            "price >= 0 AND prepayment_amount >= 0",
            name=op.f("ck_engagement_services_amounts_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_engagement_services_engagement_id_engagements"),
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_engagement_services_job_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["service_line_id"],
            ["service_lines.id"],
            name=op.f("fk_engagement_services_service_line_id_service_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagement_services_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_services")),
    )
    with op.batch_alter_table("engagement_services", schema=None) as batch_op:
        batch_op.create_index(
            "ix_engagement_services_tenant_id_engagement_id",
            ["tenant_id", "engagement_id"],
            unique=False,
        )

    op.create_table(
        "engagement_signers",
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
            "engagement_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "role",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "token_hash",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "token_expires_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "signed_name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("signed_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "signed_ip",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "signed_user_agent",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "signed_sha256",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_engagement_signers_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_engagement_signers_engagement_id_engagements"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagement_signers_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_signers")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_engagement_signers_token_hash")),
    )
    with op.batch_alter_table("engagement_signers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_engagement_signers_tenant_id_engagement_id",
            ["tenant_id", "engagement_id"],
            unique=False,
        )

    op.create_table(
        "engagement_team",
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "engagement_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "role",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("allocation", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_engagement_team_engagement_id_engagements"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_engagement_team_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_engagement_team_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "tenant_id", "engagement_id", "staff_id", name=op.f("pk_engagement_team")
        ),
    )
    op.create_table(
        "client_request_contacts",
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
            "request_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "token_hash",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "token_expires_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_client_request_contacts_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["client_requests.id"],
            name=op.f("fk_client_request_contacts_request_id_client_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_client_request_contacts_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_request_contacts")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_client_request_contacts_token_hash")),
    )
    with op.batch_alter_table("client_request_contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_request_contacts_tenant_id_request_id",
            ["tenant_id", "request_id"],
            unique=False,
        )

    op.create_table(
        "client_request_items",
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
            "request_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "title",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "description",
            sa.String(length=2000).with_variant(
                sa.String(length=2000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "comment",
            sa.String(length=2000).with_variant(
                sa.String(length=2000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("reviewed_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["client_requests.id"],
            name=op.f("fk_client_request_items_request_id_client_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_client_request_items_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_request_items")),
    )
    with op.batch_alter_table("client_request_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_request_items_tenant_id_request_id",
            ["tenant_id", "request_id"],
            unique=False,
        )

    op.create_table(
        "client_request_uploads",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "tenant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("item_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("file_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("uploaded_at", openwyn.kit.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_client_request_uploads_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["file_id"], ["files.id"], name=op.f("fk_client_request_uploads_file_id_files")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["client_request_items.id"],
            name=op.f("fk_client_request_uploads_item_id_client_request_items"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_client_request_uploads_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_request_uploads")),
    )
    with op.batch_alter_table("client_request_uploads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_request_uploads_tenant_id_item_id", ["tenant_id", "item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("client_request_uploads", schema=None) as batch_op:
        batch_op.drop_index("ix_client_request_uploads_tenant_id_item_id")

    op.drop_table("client_request_uploads")
    with op.batch_alter_table("client_request_items", schema=None) as batch_op:
        batch_op.drop_index("ix_client_request_items_tenant_id_request_id")

    op.drop_table("client_request_items")
    with op.batch_alter_table("client_request_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_client_request_contacts_tenant_id_request_id")

    op.drop_table("client_request_contacts")
    op.drop_table("engagement_team")
    with op.batch_alter_table("engagement_signers", schema=None) as batch_op:
        batch_op.drop_index("ix_engagement_signers_tenant_id_engagement_id")

    op.drop_table("engagement_signers")
    with op.batch_alter_table("engagement_services", schema=None) as batch_op:
        batch_op.drop_index("ix_engagement_services_tenant_id_engagement_id")

    op.drop_table("engagement_services")
    with op.batch_alter_table("engagement_clients", schema=None) as batch_op:
        batch_op.drop_index("ix_engagement_clients_tenant_id_client_id")

    op.drop_table("engagement_clients")
    with op.batch_alter_table("client_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_client_requests_tenant_id_created_at")
        batch_op.drop_index("ix_client_requests_tenant_id_client_id")

    op.drop_table("client_requests")
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.drop_index("ix_engagements_tenant_id_status_end_date")
        batch_op.drop_index("ix_engagements_tenant_id_created_at")
        batch_op.drop_index("ix_engagements_tenant_id_client_id")
        batch_op.drop_index("ix_engagements_status_id")

    op.drop_table("engagements")
    with op.batch_alter_table("engagement_templates", schema=None) as batch_op:
        batch_op.drop_index("ix_engagement_templates_tenant_id_name")

    op.drop_table("engagement_templates")
