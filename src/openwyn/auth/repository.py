"""All SQL for tenants and API keys.

Key lookups run before a tenant is known (the token exchange and token checks), so they are
deliberately unscoped and named ``unscoped_*``; everything else is scoped by tenant.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.kit import driver
from openwyn.models import ApiKey, Tenant


async def unscoped_keys_by_prefix(session: AsyncSession, prefix: str) -> Sequence[Row[ApiKey, str]]:
    query = (
        select(ApiKey, Tenant.slug)
        .join(Tenant, Tenant.id == ApiKey.tenant_id)
        .where(ApiKey.prefix == prefix)
    )
    return (await session.execute(query)).all()


_KEY_STATUS: list[Any] = [ApiKey.tenant_id, ApiKey.revoked_at, ApiKey.expires_at]
_KEY = "openwyn_key"


def _key_status_by_bind() -> Select[Any]:
    return select(*_KEY_STATUS).where(ApiKey.id == bindparam(_KEY))


async def unscoped_key_status(reads: Reads, key_id: int) -> Any:
    """(tenant id, revoked at, expires at) of the key, or None. Every process looks its keys
    up again every second, in the background of its requests: on the driver where it can, as
    SQLAlchemy's checkout and statement cost a few milliseconds of the event loop's time, and
    the requests that came in meanwhile waited for them."""
    values = {_KEY: key_id}
    rows = await driver.run(reads, "key status", _key_status_by_bind, values)
    if rows is not None:
        return rows[0] if rows else None
    return (await reads.execute(_key_status_by_bind(), values)).first()


async def unscoped_tenant_by_slug(session: AsyncSession, slug: str) -> Tenant | None:
    return (await session.execute(select(Tenant).where(Tenant.slug == slug))).scalar_one_or_none()


async def unscoped_tenants(session: AsyncSession) -> Sequence[Tenant]:
    """Every tenant, for the operator's `openwyn tenant list`."""
    return (await session.execute(select(Tenant).order_by(Tenant.id))).scalars().all()


async def add_tenant(session: AsyncSession, slug: str, name: str) -> Tenant:
    tenant = Tenant(slug=slug, name=name)
    session.add(tenant)
    await session.flush()
    return tenant


async def add_key(session: AsyncSession, key: ApiKey) -> ApiKey:
    session.add(key)
    await session.flush()
    return key


async def list_keys(session: AsyncSession, tenant_id: int) -> Sequence[ApiKey]:
    query = select(ApiKey).where(ApiKey.tenant_id == tenant_id).order_by(ApiKey.id)
    return (await session.execute(query)).scalars().all()


async def revoke_key(session: AsyncSession, tenant_id: int, key_id: int, at: datetime) -> bool:
    """Revoke a live key of the tenant; False when there is no such key (or it is revoked)."""
    query = (
        update(ApiKey)
        .where(ApiKey.tenant_id == tenant_id, ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=at)
    )
    result = await session.execute(query)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def revoke_keys_named(
    session: AsyncSession, tenant_id: int, name: str, at: datetime, keep: int | None = None
) -> int:
    """Revoke the tenant's live keys of this name, but `keep`; how many."""
    query = update(ApiKey).where(
        ApiKey.tenant_id == tenant_id, ApiKey.name == name, ApiKey.revoked_at.is_(None)
    )
    if keep is not None:
        query = query.where(ApiKey.id != keep)
    result = await session.execute(query.values(revoked_at=at))
    return int(result.rowcount)  # type: ignore[attr-defined]


async def key_exists(session: AsyncSession, tenant_id: int, key_id: int) -> bool:
    query = select(ApiKey.id).where(ApiKey.tenant_id == tenant_id, ApiKey.id == key_id)
    return (await session.execute(query)).first() is not None
