"""Tenants, API keys and the token exchange. Never commits: callers own the transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.auth import keys, repository, tokens
from openwyn.auth.roles import Role
from openwyn.config import Settings
from openwyn.errors import Conflict, NotFound, Unauthenticated, ValidationFailed
from openwyn.kit.sqltypes import utcnow
from openwyn.models import ApiKey, Tenant

SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9-]{1,62}$")


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    plaintext: str


async def create_tenant(session: AsyncSession, slug: str, name: str | None) -> Tenant:
    if not SLUG_PATTERN.match(slug):
        raise ValidationFailed.at(
            "slug", "lowercase letters, digits and '-', starting with a letter, 2-63 characters"
        )
    if await repository.unscoped_tenant_by_slug(session, slug) is not None:
        raise Conflict(f"A tenant with slug {slug!r} already exists.")
    return await repository.add_tenant(session, slug, name or slug)


async def issue_key(
    session: AsyncSession,
    tenant_id: int,
    *,
    name: str,
    roles: list[Role],
    staff_id: int | None = None,
    expires_at: datetime | None = None,
) -> IssuedKey:
    new = keys.generate_key()
    row = ApiKey(
        tenant_id=tenant_id,
        name=name,
        prefix=new.prefix,
        digest=new.digest,
        roles=[str(role) for role in dict.fromkeys(roles)],
        staff_id=staff_id,
        expires_at=expires_at,
    )
    return IssuedKey(key=await repository.add_key(session, row), plaintext=new.plaintext)


async def revoke_key(session: AsyncSession, tenant_id: int, key_id: int) -> None:
    if await repository.revoke_key(session, tenant_id, key_id, utcnow()):
        return
    if await repository.key_exists(session, tenant_id, key_id):
        raise Conflict(f"API key {key_id} is already revoked.")
    raise NotFound(f"No API key {key_id}.")


async def live_key(session: AsyncSession, tenant_id: int, plaintext: str) -> ApiKey | None:
    """The tenant's usable key whose secret this is, or None."""
    prefix = keys.prefix_of(plaintext)
    if prefix is None:
        return None
    for key, _slug in await repository.unscoped_keys_by_prefix(session, prefix):
        if (
            key.tenant_id == tenant_id
            and keys.matches(plaintext, key.digest)
            and is_usable(key.revoked_at, key.expires_at)
        ):
            return key
    return None


async def exchange(session: AsyncSession, settings: Settings, plaintext: str) -> tokens.Minted:
    """A JWT for a live key; every failure is the same 401."""
    prefix = keys.prefix_of(plaintext)
    if prefix is None:
        raise Unauthenticated("Invalid API key.")
    for key, slug in await repository.unscoped_keys_by_prefix(session, prefix):
        if keys.matches(plaintext, key.digest) and is_usable(key.revoked_at, key.expires_at):
            return tokens.mint(
                settings,
                key_id=key.id,
                tenant_slug=slug,
                roles=[Role(r) for r in key.roles],
                staff_id=key.staff_id,
            )
    raise Unauthenticated("Invalid API key.")


def is_usable(revoked_at: datetime | None, expires_at: datetime | None) -> bool:
    return revoked_at is None and (expires_at is None or expires_at > utcnow())
