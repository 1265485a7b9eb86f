from __future__ import annotations

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from openwyn.kit.sqltypes import Varchar
from openwyn.models.base import Base


class RateLimitCounter(Base):
    """Allowed requests per bucket and slot of a sliding window (web/ratelimit.py), shared by
    every process on PostgreSQL. `window_start` is the slot's start in epoch milliseconds."""

    __tablename__ = "rate_limit_counters"

    bucket: Mapped[str] = mapped_column(Varchar(200), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
