"""Who is calling: token checks, key revocation, per-key rate limits and role requirements.

Routes declare what they need with the ``Annotated`` aliases at the bottom; nothing else in a
handler deals with authentication.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Security
from fastapi.openapi.models import HTTPBearer as HTTPBearerModel
from fastapi.security.base import SecurityBase
from starlette.requests import Request

from openwyn.auth import repository, service
from openwyn.auth.roles import Role, effective
from openwyn.context import AppContext, KeyStatus, context_of
from openwyn.errors import Forbidden, RateLimited, Unauthenticated


@dataclass(frozen=True)
class Principal:
    tenant_id: int
    tenant_slug: str
    key_id: int
    staff_id: int | None
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


def bearer_token(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated()
    return token.strip()


class BearerToken(SecurityBase):
    """The ``Authorization: Bearer <jwt>`` header as a security scheme, so the OpenAPI document
    says which routes need a token (and clients and fuzzers send one); it reads the header."""

    def __init__(self) -> None:
        self.model = HTTPBearerModel(
            bearerFormat="JWT",
            description="A token from `POST /v1/auth/token`; the scheme word is case-insensitive.",
        )
        self.scheme_name = "bearerAuth"

    async def __call__(self, request: Request) -> str:
        return bearer_token(request)


BEARER = BearerToken()


async def _key_status(ctx: AppContext, key_id: int) -> KeyStatus | None:
    """The key's state, trusted for a short TTL so revocation reaches every process quickly."""
    now = time.monotonic()
    cached = ctx.key_status.get(key_id)
    if cached and now - cached.checked_at < ctx.settings.key_status_ttl_seconds:
        return cached
    async with ctx.db.sessions() as session:
        row = await repository.unscoped_key_status(session, key_id)
    if row is None:
        ctx.key_status.pop(key_id, None)
        return None
    status = KeyStatus(row[0], service.is_usable(row[1], row[2]), now)
    ctx.key_status[key_id] = status
    return status


async def _enforce_rate_limit(request: Request, ctx: AppContext, key_id: int) -> None:
    decision = await ctx.key_limiter.hit(f"key:{key_id}", ctx.settings.rate_limit_per_key)
    request.state.rate_limit = decision
    if not decision.allowed:
        raise RateLimited(headers=decision.headers())


async def principal_of(request: Request, token: str) -> Principal:
    """The caller a bearer token names, once its key is known to be usable."""
    ctx = context_of(request)
    claims = ctx.tokens.claims(token)
    status = await _key_status(ctx, claims.key_id)
    if status is None or not status.usable:
        raise Unauthenticated()
    await _enforce_rate_limit(request, ctx, claims.key_id)
    return Principal(
        tenant_id=status.tenant_id,
        tenant_slug=claims.tenant_slug,
        key_id=claims.key_id,
        staff_id=claims.staff_id,
        roles=effective(claims.roles),
    )


def require(*roles: Role) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency that admits a principal holding any one of `roles`.

    It reads the token itself rather than through a dependency of its own: FastAPI resolves
    every level of dependencies on every request, and this one runs on all of them."""

    async def dependency(request: Request, token: Annotated[str, Security(BEARER)]) -> Principal:
        principal = await principal_of(request, token)
        if not any(principal.has(role) for role in roles):
            raise Forbidden(f"This operation needs the {' or '.join(roles)} role.")
        return principal

    dependency.__name__ = "require_" + "_or_".join(role.lower() for role in roles)
    return dependency  # type: ignore[return-value]


ApiUser = Annotated[Principal, Depends(require(Role.API_USER))]
ApiAdmin = Annotated[Principal, Depends(require(Role.API_ADMIN))]
SuperAdmin = Annotated[Principal, Depends(require(Role.SUPER_ADMIN))]
RecordReader = Annotated[Principal, Depends(require(Role.RECORD_R))]
RecordWriter = Annotated[Principal, Depends(require(Role.RECORD_W))]
TypeReader = Annotated[Principal, Depends(require(Role.CUSTOM_TYPE_R))]
TypeWriter = Annotated[Principal, Depends(require(Role.CUSTOM_TYPE_W))]
SchemaReader = Annotated[Principal, Depends(require(Role.RECORD_R, Role.CUSTOM_TYPE_R))]
