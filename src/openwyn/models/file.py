from __future__ import annotations

from sqlalchemy import BigInteger, Index
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import IdType, Varchar
from openwyn.models.base import Base, TenantOwned


class File(TenantOwned, Base):
    """An uploaded file's metadata; its bytes live in file storage under (tenant, sha256)."""

    __tablename__ = "files"
    __table_args__ = (
        Index("ix_files_tenant_id_record_type_record_id", "tenant_id", "record_type", "record_id"),
        Index("ix_files_tenant_id_sha256", "tenant_id", "sha256"),
        Index("ix_files_tenant_id_created_at", "tenant_id", "created_at"),
    )

    name: Mapped[str] = mapped_column(Varchar(255))
    content_type: Mapped[str] = mapped_column(Varchar(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(Varchar(64))
    record_type: Mapped[str | None] = mapped_column(Varchar(63))
    record_id: Mapped[int | None] = mapped_column(IdType)
    system_ref: Mapped[str | None] = mapped_column(Varchar(255))
    description: Mapped[str | None] = mapped_column(Varchar(2000))
