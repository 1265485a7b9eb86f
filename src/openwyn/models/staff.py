from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Rate, Varchar
from openwyn.models.base import Base, FromPms, TenantOwned


class Staff(TenantOwned, FromPms, Base):
    __tablename__ = "staff"
    __table_args__ = (
        UniqueConstraint("tenant_id", "pms_ref"),
        UniqueConstraint("tenant_id", "email"),
        Index("ix_staff_tenant_id_last_name_first_name", "tenant_id", "last_name", "first_name"),
        Index("ix_staff_tenant_id_dept_id", "tenant_id", "dept_id"),
        Index("ix_staff_tenant_id_office_id", "tenant_id", "office_id"),
        Index("ix_staff_tenant_id_manager_staff_id", "tenant_id", "manager_staff_id"),
    )

    first_name: Mapped[str | None] = mapped_column(Varchar(100))
    last_name: Mapped[str | None] = mapped_column(Varchar(100))
    email: Mapped[str | None] = mapped_column(Varchar(254))
    title: Mapped[str | None] = mapped_column(Varchar(100))
    staff_type: Mapped[str | None] = mapped_column(Varchar(20))
    dept_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("departments.id"))
    office_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("offices.id"))
    manager_staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff.id"))
    billing_rate: Mapped[Decimal | None] = mapped_column(Rate)
    cost_rate: Mapped[Decimal | None] = mapped_column(Rate)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
