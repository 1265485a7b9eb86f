from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, UTCDateTime, Varchar
from openwyn.models.base import Base, Timestamped

INVOICE_NUMBER_FORMAT = "INV-{year}-{number:05d}"


class Tenant(Timestamped, Base):
    __tablename__ = "tenants"
    __table_args__ = (
        # The engagement clock's look-up of the tenants whose renewal digest is due.
        Index("ix_tenants_renewal_digest_due_at", "renewal_digest_due_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    slug: Mapped[str] = mapped_column(Varchar(63), unique=True)
    name: Mapped[str] = mapped_column(Varchar(200))
    # Billing settings (money-work.md §1, §4): the IANA zone "today" is judged in (invoice
    # numbers' years, OVERDUE), the one currency, and the invoice number's format.
    timezone: Mapped[str] = mapped_column(Varchar(64), default="UTC", server_default="UTC")
    currency: Mapped[str] = mapped_column(Varchar(3), default="USD", server_default="USD")
    invoice_number_format: Mapped[str] = mapped_column(
        Varchar(100), default=INVOICE_NUMBER_FORMAT, server_default=INVOICE_NUMBER_FORMAT
    )
    # Statement runs (money-work.md §6): the validated `statements` settings
    # (openwyn.statements.settings); None until set, which reads as the defaults (disabled).
    statement_settings: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # What each payment method costs the firm, as a rate of the amount (money-work.md §5):
    # {"CREDIT_CARD": "0.029", "ACH": "0.008"}; a method not named costs nothing.
    payment_fee_rates: Mapped[dict[str, str]] = mapped_column(
        JSON, default=dict, server_default=text("'{}'")
    )
    # Engagements (money-work.md §7): the validated `engagements` settings
    # (openwyn.engagements.settings); None until set, which reads as the defaults.
    engagement_settings: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # When the next monthly renewal digest is due: the start of the next local month once a
    # month's is done; None (a tenant never digested) is due at once.
    renewal_digest_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
