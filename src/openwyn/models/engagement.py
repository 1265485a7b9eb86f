"""Engagements (money-work.md §7): letter templates (sandboxed Jinja2 checked when saved, see
engagements/letters.py), engagements with their clients, services, signers and team."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    PrimaryKeyConstraint,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Money, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class EngagementTemplate(TenantOwned, FromPms, Base):
    __tablename__ = "engagement_templates"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_engagement_templates_tenant_id_name", "tenant_id", "name"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    engagement_name_template: Mapped[str] = mapped_column(Varchar(500))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Engagement(TenantOwned, FromPms, Base):
    """An engagement: the letter a firm sends for the client to sign, its services and
    prices, and the state of its signing, prepayment and term."""

    __tablename__ = "engagements"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        # An engagement is renewed at most once, even by two renewals at the same time.
        UniqueConstraint("tenant_id", "renewed_from_id"),
        Index("ix_engagements_tenant_id_created_at", "tenant_id", "created_at"),
        Index("ix_engagements_tenant_id_client_id", "tenant_id", "client_id"),
        Index("ix_engagements_tenant_id_status_end_date", "tenant_id", "status", "end_date"),
        # The worker's scan of every tenant's engagements that time may move.
        Index("ix_engagements_status_id", "status", "id"),
    )

    name: Mapped[str] = mapped_column(Varchar(500))
    description: Mapped[str | None] = mapped_column(Varchar(10_000))
    type: Mapped[str | None] = mapped_column(Varchar(50))
    status: Mapped[str] = mapped_column(Varchar(20), default="DRAFT")
    template_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("engagement_templates.id"))
    engagement_name_template: Mapped[str | None] = mapped_column(Varchar(500))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    partner_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    manager_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(Varchar(3))
    estimated_value: Mapped[Decimal] = mapped_column(Money)
    prepayment_amount: Mapped[Decimal] = mapped_column(Money)
    prepaid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    expires_in_days: Mapped[int] = mapped_column(Integer, default=30)
    reminder_days: Mapped[int] = mapped_column(Integer, default=3)
    renewed_from_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("engagements.id"))
    letter_file_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("files.id"))
    # The letter as sent (rendered from the template then), what signers read and sign.
    letter_text: Mapped[str | None] = mapped_column(Text)
    letter_sha256: Mapped[str | None] = mapped_column(Varchar(64))
    certificate_file_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("files.id"))
    executed_file_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("files.id"))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the worker next reminds the signers who have not signed (every `reminder_days`).
    next_reminder_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(Varchar(10), default="OPENWYN")


class EngagementClient(Base):
    """Every client an engagement covers, the primary one among them."""

    __tablename__ = "engagement_clients"
    __table_args__ = (
        PrimaryKeyConstraint("tenant_id", "engagement_id", "client_id"),
        Index("ix_engagement_clients_tenant_id_client_id", "tenant_id", "client_id"),
    )

    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    engagement_id: Mapped[int] = mapped_column(IdType, ForeignKey("engagements.id"))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class EngagementService(Base):
    """A service the letter offers: its price, how it is billed and what is paid up front."""

    __tablename__ = "engagement_services"
    __table_args__ = (
        Index("ix_engagement_services_tenant_id_engagement_id", "tenant_id", "engagement_id"),
        CheckConstraint("price >= 0 AND prepayment_amount >= 0", name="amounts_not_negative"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    engagement_id: Mapped[int] = mapped_column(IdType, ForeignKey("engagements.id"))
    position: Mapped[int] = mapped_column(Integer)
    job_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    service_line_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("service_lines.id"))
    description: Mapped[str] = mapped_column(Varchar(500))
    price: Mapped[Decimal] = mapped_column(Money)
    billing_schedule: Mapped[str] = mapped_column(Varchar(20))
    prepayment_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))


class EngagementSigner(Base):
    """A contact who signs the letter, and the evidence of the signature once given."""

    __tablename__ = "engagement_signers"
    __table_args__ = (
        Index("ix_engagement_signers_tenant_id_engagement_id", "tenant_id", "engagement_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    engagement_id: Mapped[int] = mapped_column(IdType, ForeignKey("engagements.id"))
    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    role: Mapped[str] = mapped_column(Varchar(20))
    status: Mapped[str] = mapped_column(Varchar(20), default="PENDING")
    signed_name: Mapped[str | None] = mapped_column(Varchar(200))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_ip: Mapped[str | None] = mapped_column(Varchar(64))
    signed_user_agent: Mapped[str | None] = mapped_column(Varchar(500))
    signed_sha256: Mapped[str | None] = mapped_column(Varchar(64))


class EngagementSigningLink(Base):
    """A signing link a signer was emailed, kept as its token's SHA-256. A signer may hold
    several: a reminder adds one and the earlier email's link still works until it expires;
    sending the letter again replaces them all."""

    __tablename__ = "engagement_signing_links"
    __table_args__ = (
        Index("ix_engagement_signing_links_tenant_id_signer_id", "tenant_id", "signer_id"),
        # A link finds its signer by this alone: the token is the portal's only credential.
        UniqueConstraint("token_hash"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    signer_id: Mapped[int] = mapped_column(IdType, ForeignKey("engagement_signers.id"))
    token_hash: Mapped[str] = mapped_column(Varchar(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EngagementTeamMember(Base):
    """Staff on the engagement beyond its partner and manager."""

    __tablename__ = "engagement_team"
    __table_args__ = (PrimaryKeyConstraint("tenant_id", "engagement_id", "staff_id"),)

    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    engagement_id: Mapped[int] = mapped_column(IdType, ForeignKey("engagements.id"))
    staff_id: Mapped[int] = mapped_column(IdType, ForeignKey("staff.id"))
    role: Mapped[str] = mapped_column(Varchar(50))
    allocation: Mapped[Decimal | None] = mapped_column(Numeric(5, 2, asdecimal=True))


class EngagementRenewalDigest(TenantOwned, Base):
    """A month's digest of the tenant's engagements whose renewal falls within 90 days
    (money-work.md §7). One per (tenant, local month): the unique key is what keeps its event
    single when workers race, and its id is the event's `id`."""

    __tablename__ = "engagement_renewal_digests"
    __table_args__ = (UniqueConstraint("tenant_id", "month"),)

    # YYYY-MM in the tenant's time zone.
    month: Mapped[str] = mapped_column(Varchar(7))
    as_of: Mapped[date] = mapped_column(Date)
    through: Mapped[date] = mapped_column(Date)
    engagement_count: Mapped[int] = mapped_column(Integer)
