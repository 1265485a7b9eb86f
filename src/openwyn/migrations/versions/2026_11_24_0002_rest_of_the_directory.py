"""The rest of the firm directory: contacts and their links, catalogs, job templates, jobs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 15:00:35.536611
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import openwyn.kit.sqltypes

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "client_business_entities",
        sa.Column(
            "name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "code",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "description",
            sa.String(length=10000).with_variant(
                sa.String(length=10000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
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
            name=op.f("fk_client_business_entities_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_business_entities")),
        sa.UniqueConstraint(
            "tenant_id", "code", name=op.f("uq_client_business_entities_tenant_id_code")
        ),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_client_business_entities_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("client_business_entities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_business_entities_tenant_id_name", ["tenant_id", "name"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column(
            "first_name",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "last_name",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "email",
            sa.String(length=254).with_variant(sa.String(length=254, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "phone",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "mobile",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "title",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "type",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("receives_invoice_emails", sa.Boolean(), nullable=False),
        sa.Column("receives_statements", sa.Boolean(), nullable=False),
        sa.Column(
            "notes",
            sa.String(length=10000).with_variant(
                sa.String(length=10000, collation="C"), "postgresql"
            ),
            nullable=True,
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
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_contacts_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_contacts_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_tenant_id_email", ["tenant_id", "email"], unique=False)
        batch_op.create_index(
            "ix_contacts_tenant_id_last_name_first_name",
            ["tenant_id", "last_name", "first_name"],
            unique=False,
        )

    op.create_table(
        "industries",
        sa.Column(
            "name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "code",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
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
            name=op.f("fk_industries_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industries")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_industries_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("industries", schema=None) as batch_op:
        batch_op.create_index("ix_industries_tenant_id_name", ["tenant_id", "name"], unique=False)

    op.create_table(
        "service_lines",
        sa.Column(
            "name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "code",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
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
            name=op.f("fk_service_lines_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_lines")),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_service_lines_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("service_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_lines_tenant_id_name", ["tenant_id", "name"], unique=False
        )

    op.create_table(
        "contact_infos",
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "kind",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "label",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "value",
            sa.String(length=500).with_variant(sa.String(length=500, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("address", sa.JSON(), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
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
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_infos_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_contact_infos_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_infos")),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_contact_infos_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("contact_infos", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_infos_tenant_id_contact_id", ["tenant_id", "contact_id"], unique=False
        )

    op.create_table(
        "job_templates",
        sa.Column(
            "name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "code",
            sa.String(length=50).with_variant(sa.String(length=50, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "description",
            sa.String(length=10000).with_variant(
                sa.String(length=10000, collation="C"), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "service_line_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "fee_type",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("default_budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("tasks", sa.JSON(), nullable=True),
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
            ["service_line_id"],
            ["service_lines.id"],
            name=op.f("fk_job_templates_service_line_id_service_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_job_templates_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_templates")),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_job_templates_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("job_templates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_job_templates_tenant_id_name", ["tenant_id", "name"], unique=False
        )
        batch_op.create_index(
            "ix_job_templates_tenant_id_service_line_id",
            ["tenant_id", "service_line_id"],
            unique=False,
        )

    op.create_table(
        "contact_clients",
        sa.Column(
            "contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("is_billing", sa.Boolean(), nullable=False),
        sa.Column(
            "role",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
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
            ["client_id"], ["clients.id"], name=op.f("fk_contact_clients_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_clients_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_contact_clients_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_clients")),
        sa.UniqueConstraint(
            "tenant_id",
            "contact_id",
            "client_id",
            name=op.f("uq_contact_clients_tenant_id_contact_id_client_id"),
        ),
        sa.UniqueConstraint(
            "tenant_id", "pms_ref", name=op.f("uq_contact_clients_tenant_id_pms_ref")
        ),
    )
    with op.batch_alter_table("contact_clients", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_clients_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )
        batch_op.create_index(
            "uq_contact_clients_tenant_id_client_id_primary",
            ["tenant_id", "client_id"],
            unique=True,
            sqlite_where=sa.text("is_primary"),
            postgresql_where=sa.text("is_primary"),
        )

    op.create_table(
        "jobs",
        sa.Column(
            "job_ref",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "name",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "client_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "job_template_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "service_line_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "partner_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "manager_staff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "status",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "fee_type",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("fixed_fee", sa.Numeric(precision=14, scale=2), nullable=True),
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
            ["client_id"], ["clients.id"], name=op.f("fk_jobs_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["job_template_id"],
            ["job_templates.id"],
            name=op.f("fk_jobs_job_template_id_job_templates"),
        ),
        sa.ForeignKeyConstraint(
            ["manager_staff_id"], ["staff.id"], name=op.f("fk_jobs_manager_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["partner_staff_id"], ["staff.id"], name=op.f("fk_jobs_partner_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["service_line_id"],
            ["service_lines.id"],
            name=op.f("fk_jobs_service_line_id_service_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_jobs_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("tenant_id", "job_ref", name=op.f("uq_jobs_tenant_id_job_ref")),
        sa.UniqueConstraint("tenant_id", "pms_ref", name=op.f("uq_jobs_tenant_id_pms_ref")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_jobs_tenant_id_client_id", ["tenant_id", "client_id"], unique=False
        )
        batch_op.create_index(
            "ix_jobs_tenant_id_job_template_id", ["tenant_id", "job_template_id"], unique=False
        )
        batch_op.create_index(
            "ix_jobs_tenant_id_manager_staff_id", ["tenant_id", "manager_staff_id"], unique=False
        )
        batch_op.create_index(
            "ix_jobs_tenant_id_partner_staff_id", ["tenant_id", "partner_staff_id"], unique=False
        )
        batch_op.create_index(
            "ix_jobs_tenant_id_service_line_id", ["tenant_id", "service_line_id"], unique=False
        )
        batch_op.create_index("ix_jobs_tenant_id_status", ["tenant_id", "status"], unique=False)
        batch_op.create_index(
            "ix_jobs_tenant_id_updated_at", ["tenant_id", "updated_at"], unique=False
        )

    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(
            "ix_clients_tenant_id_client_business_entity_id",
            ["tenant_id", "client_business_entity_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_clients_tenant_id_industry_id", ["tenant_id", "industry_id"], unique=False
        )
        batch_op.create_index(
            "ix_clients_tenant_id_service_line_id", ["tenant_id", "service_line_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_clients_service_line_id_service_lines"),
            "service_lines",
            ["service_line_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_clients_industry_id_industries"), "industries", ["industry_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_clients_client_business_entity_id_client_business_entities"),
            "client_business_entities",
            ["client_business_entity_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_clients_client_business_entity_id_client_business_entities"),
            type_="foreignkey",
        )
        batch_op.drop_constraint(
            batch_op.f("fk_clients_industry_id_industries"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_clients_service_line_id_service_lines"), type_="foreignkey"
        )
        batch_op.drop_index("ix_clients_tenant_id_service_line_id")
        batch_op.drop_index("ix_clients_tenant_id_industry_id")
        batch_op.drop_index("ix_clients_tenant_id_client_business_entity_id")

    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_tenant_id_updated_at")
        batch_op.drop_index("ix_jobs_tenant_id_status")
        batch_op.drop_index("ix_jobs_tenant_id_service_line_id")
        batch_op.drop_index("ix_jobs_tenant_id_partner_staff_id")
        batch_op.drop_index("ix_jobs_tenant_id_manager_staff_id")
        batch_op.drop_index("ix_jobs_tenant_id_job_template_id")
        batch_op.drop_index("ix_jobs_tenant_id_client_id")

    op.drop_table("jobs")
    with op.batch_alter_table("contact_clients", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_contact_clients_tenant_id_client_id_primary",
            sqlite_where=sa.text("is_primary"),
            postgresql_where=sa.text("is_primary"),
        )
        batch_op.drop_index("ix_contact_clients_tenant_id_client_id")

    op.drop_table("contact_clients")
    with op.batch_alter_table("job_templates", schema=None) as batch_op:
        batch_op.drop_index("ix_job_templates_tenant_id_service_line_id")
        batch_op.drop_index("ix_job_templates_tenant_id_name")

    op.drop_table("job_templates")
    with op.batch_alter_table("contact_infos", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_infos_tenant_id_contact_id")

    op.drop_table("contact_infos")
    with op.batch_alter_table("service_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_service_lines_tenant_id_name")

    op.drop_table("service_lines")
    with op.batch_alter_table("industries", schema=None) as batch_op:
        batch_op.drop_index("ix_industries_tenant_id_name")

    op.drop_table("industries")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_tenant_id_last_name_first_name")
        batch_op.drop_index("ix_contacts_tenant_id_email")

    op.drop_table("contacts")
    with op.batch_alter_table("client_business_entities", schema=None) as batch_op:
        batch_op.drop_index("ix_client_business_entities_tenant_id_name")

    op.drop_table("client_business_entities")
