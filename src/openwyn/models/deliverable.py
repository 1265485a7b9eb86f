"""Deliverables (money-work.md §8): files a firm releases to a client's contacts through the
portal, at once or only once the client's invoices are paid; every download logged."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Deliverable(TenantOwned, FromPms, Base):
    __tablename__ = "deliverables"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_deliverables_tenant_id_client_id", "tenant_id", "client_id"),
        Index("ix_deliverables_tenant_id_created_at", "tenant_id", "created_at"),
    )

    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    job_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("jobs.id"))
    title: Mapped[str] = mapped_column(Varchar(200))
    release: Mapped[str] = mapped_column(Varchar(20))


class DeliverableFile(Base):
    __tablename__ = "deliverable_files"
    __table_args__ = (
        Index("ix_deliverable_files_tenant_id_deliverable_id", "tenant_id", "deliverable_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    deliverable_id: Mapped[int] = mapped_column(IdType, ForeignKey("deliverables.id"))
    file_id: Mapped[int] = mapped_column(IdType, ForeignKey("files.id"))
    position: Mapped[int] = mapped_column(Integer)


class DeliverableRecipient(Base):
    """A contact sent the deliverable's portal link (the token stored hashed)."""

    __tablename__ = "deliverable_recipients"
    __table_args__ = (
        Index("ix_deliverable_recipients_tenant_id_deliverable_id", "tenant_id", "deliverable_id"),
        UniqueConstraint("token_hash"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    deliverable_id: Mapped[int] = mapped_column(IdType, ForeignKey("deliverables.id"))
    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    token_hash: Mapped[str] = mapped_column(Varchar(64))
    token_expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DeliverableDownload(Base):
    """Who downloaded which file of a deliverable, when, and from where."""

    __tablename__ = "deliverable_downloads"
    __table_args__ = (
        Index("ix_deliverable_downloads_tenant_id_deliverable_id", "tenant_id", "deliverable_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(IdType, ForeignKey("tenants.id", ondelete="CASCADE"))
    deliverable_id: Mapped[int] = mapped_column(IdType, ForeignKey("deliverables.id"))
    file_id: Mapped[int] = mapped_column(IdType, ForeignKey("files.id"))
    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    downloaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ip: Mapped[str] = mapped_column(Varchar(64))
