from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Department(TenantOwned, FromPms, Base):
    __tablename__ = "departments"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        Index("ix_departments_tenant_id_name", "tenant_id", "name"),
        Index("ix_departments_tenant_id_parent_department_id", "tenant_id", "parent_department_id"),
    )

    name: Mapped[str] = mapped_column(Varchar(200))
    code: Mapped[str | None] = mapped_column(Varchar(50))
    parent_department_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("departments.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
