"""Client requests (money-work.md §8): documents a firm asks a client's contacts to upload
through the portal, item by item, each reviewed by the firm."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class ClientRequest(TenantOwned, FromPms, Base):
    __tablename__ = "client_requests"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_client_requests_tenant_id_client_id", "tenant_id", "client_id"),
        Index("ix_client_requests_tenant_id_created_at", "tenant_id", "created_at"),
    )

    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    job_id: Mapped[int] = mapped_column(IdType, ForeignKey("jobs.id"))
    reviewer_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(Varchar(20), default="DRAFT")
    due_date: Mapped[date] = mapped_column(Date)
    on_complete_job_status: Mapped[str | None] = mapped_column(Varchar(20))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ClientRequestContact(Base):
    """A contact asked to upload, with the portal link's token (stored hashed)."""

    __tablename__ = "client_request_contacts"
    __table_args__ = (
        Index("ix_client_request_contacts_tenant_id_request_id", "tenant_id", "request_id"),
        UniqueConstraint("token_hash"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    request_id: Mapped[int] = mapped_column(IdType, ForeignKey("client_requests.id"))
    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    token_hash: Mapped[str | None] = mapped_column(Varchar(64))
    token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ClientRequestItem(Base):
    """One document asked for, its review state and the reviewer's last comment."""

    __tablename__ = "client_request_items"
    __table_args__ = (
        Index("ix_client_request_items_tenant_id_request_id", "tenant_id", "request_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    request_id: Mapped[int] = mapped_column(IdType, ForeignKey("client_requests.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Varchar(200))
    description: Mapped[str | None] = mapped_column(Varchar(2000))
    status: Mapped[str] = mapped_column(Varchar(20), default="REQUESTED")
    comment: Mapped[str | None] = mapped_column(Varchar(2000))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ClientRequestUpload(Base):
    """A file a contact uploaded for an item."""

    __tablename__ = "client_request_uploads"
    __table_args__ = (Index("ix_client_request_uploads_tenant_id_item_id", "tenant_id", "item_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(IdType, ForeignKey("client_request_items.id"))
    file_id: Mapped[int] = mapped_column(IdType, ForeignKey("files.id"))
    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
