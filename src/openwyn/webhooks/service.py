"""Tenant webhook secrets: one current secret, and the previous one for 24 hours after a
rotation, so receivers can switch over without rejecting a single delivery."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit.json import iso_timestamp
from openwyn.kit.sqltypes import utcnow
from openwyn.webhooks import repository as repo
from openwyn.webhooks import signing

OVERLAP = timedelta(hours=24)


async def secrets_in_use(
    session: AsyncSession, tenant_id: int, clock: Callable[[], datetime] = utcnow
) -> list[str]:
    """Every secret that signs deliveries at the clock's time, the current one first (created
    if missing). The clock is the delivery worker's, so its notion of now decides."""
    now = clock()
    rows = await repo.live_secrets(session, tenant_id, now)
    if not rows or rows[0].expires_at is not None:
        await _create(session, tenant_id, now)
        rows = await repo.live_secrets(session, tenant_id, now)
    return [row.secret for row in rows]


async def secrets_in_use_by_tenant(
    session: AsyncSession, tenant_ids: Collection[int], clock: Callable[[], datetime] = utcnow
) -> dict[int, list[str]]:
    """`secrets_in_use` of several tenants, read in one statement (a delivery worker's batch):
    read with the deliveries they sign, so a rotation is in force for every delivery queued
    or claimed after it committed, on every worker."""
    now = clock()
    rows = await repo.unscoped_live_secrets(session, tenant_ids, now)
    signing: dict[int, list[str]] = {}
    for tenant_id in tenant_ids:
        live = rows.get(tenant_id, [])
        if live and live[0].expires_at is None:
            signing[tenant_id] = [row.secret for row in live]
        else:  # no current secret yet: made here, as for the API
            signing[tenant_id] = await secrets_in_use(session, tenant_id, clock)
    return signing


async def _create(session: AsyncSession, tenant_id: int, now: datetime) -> None:
    await repo.add_current_secret(session, tenant_id, signing.new_secret(), now)


async def describe(session: AsyncSession, tenant_id: int) -> dict[str, Any]:
    await secrets_in_use(session, tenant_id)
    current, *previous = await repo.live_secrets(session, tenant_id, utcnow())
    expiries = [row.expires_at for row in previous]
    return {
        "webhookSecret": current.secret,
        "createdAt": iso_timestamp(current.created_at),
        "previousSecretExpiresAt": iso_timestamp(max(expiries)) if expiries else None,
    }


async def rotate(session: AsyncSession, tenant_id: int) -> dict[str, Any]:
    """A new current secret; the one it replaces keeps signing for 24 hours."""
    await secrets_in_use(session, tenant_id)
    await repo.expire_current(session, tenant_id, utcnow() + OVERLAP)
    await _create(session, tenant_id, utcnow())
    return await describe(session, tenant_id)
