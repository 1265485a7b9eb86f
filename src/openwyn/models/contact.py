from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Contact(TenantOwned, FromPms, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        # The documented default order: lastName, firstName, id.
        Index("ix_contacts_tenant_id_last_name_first_name", "tenant_id", "last_name", "first_name"),
        Index("ix_contacts_tenant_id_email", "tenant_id", "email"),
    )

    first_name: Mapped[str | None] = mapped_column(Varchar(100))
    last_name: Mapped[str | None] = mapped_column(Varchar(100))
    email: Mapped[str | None] = mapped_column(Varchar(254))
    phone: Mapped[str | None] = mapped_column(Varchar(50))
    mobile: Mapped[str | None] = mapped_column(Varchar(50))
    title: Mapped[str | None] = mapped_column(Varchar(100))
    type: Mapped[str | None] = mapped_column(Varchar(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    receives_invoice_emails: Mapped[bool] = mapped_column(Boolean, default=False)
    receives_statements: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Varchar(10_000))
    # Shown by the single-object answers only (contract §13.6).
    department: Mapped[str | None] = mapped_column(Varchar(100))
    communication_preferences: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ContactClient(TenantOwned, FromPms, Base):
    """A contact's link to one client; a contact may serve many clients."""

    __tablename__ = "contact_clients"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "contact_id", "client_id"),
        Index("ix_contact_clients_tenant_id_client_id", "tenant_id", "client_id"),
        # At most one primary contact per client, even under concurrent writes.
        Index(
            "uq_contact_clients_tenant_id_client_id_primary",
            "tenant_id",
            "client_id",
            unique=True,
            sqlite_where=text("is_primary"),
            postgresql_where=text("is_primary"),
        ),
    )

    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    client_id: Mapped[int] = mapped_column(IdType, ForeignKey("clients.id"))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    is_billing: Mapped[bool] = mapped_column(Boolean, default=False)
    role: Mapped[str | None] = mapped_column(Varchar(100))


class ContactInfo(TenantOwned, FromPms, Base):
    """One more way to reach a contact: an email, a phone number, an address, a website."""

    __tablename__ = "contact_infos"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_contact_infos_tenant_id_contact_id", "tenant_id", "contact_id"),
    )

    contact_id: Mapped[int] = mapped_column(IdType, ForeignKey("contacts.id"))
    kind: Mapped[str] = mapped_column(Varchar(20))
    label: Mapped[str | None] = mapped_column(Varchar(100))
    value: Mapped[str | None] = mapped_column(Varchar(500))
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
