from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Varchar
from openwyn.models.base import Base, Timestamped


class Tenant(Timestamped, Base):
    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    slug: Mapped[str] = mapped_column(Varchar(63), unique=True)
    name: Mapped[str] = mapped_column(Varchar(200))
