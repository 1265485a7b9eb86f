"""Engagement letter templates (money-work.md §7): a firm's letters, as sandboxed Jinja2
checked when saved (engagements/letters.py)."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import Varchar
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
