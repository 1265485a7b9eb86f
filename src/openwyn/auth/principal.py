"""Who is calling: token checks, key revocation, per-key rate limits and role requirements.

Routes declare what they need with the ``Annotated`` aliases at the bottom; nothing else in a
handler deals with authentication.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.openapi.models import HTTPBearer as HTTPBearerModel
from fastapi.security.base import SecurityBase
from starlette.requests import Request

from openwyn.auth import keys, repository, service, tokens
from openwyn.auth.roles import Role, effective
from openwyn.context import AppContext, KeyStatus, context_of
from openwyn.errors import Forbidden, InvalidToken, RateLimited, Unauthenticated

log = logging.getLogger("openwyn.auth")


@dataclass(frozen=True)
class Principal:
    tenant_id: int
    tenant_slug: str
    key_id: int
    staff_id: int | None
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


# What a request whose credentials are not a token is told (contract §13.8).
NO_CREDENTIALS = (
    "No credentials were sent: send Authorization: Bearer <token>, with a token from "
    "POST /v1/auth/token."
)
NOT_BEARER = "The Authorization header is not a Bearer token: send Authorization: Bearer <token>."
NO_TOKEN = "The Authorization header names the Bearer scheme but carries no token."  # noqa: S105
KEY_NOT_USABLE = "The token's API key has been revoked or has expired."


def bearer_token(request: Request) -> str:
    """The token of an ``Authorization: Bearer <token>`` header, or a 401 saying what is wrong
    with the header. (An API key in the token's place is told apart when the token fails to
    verify, so a good token pays nothing for that check.)"""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _refusal(request.headers.get("authorization"))
    return token.strip()


def _refusal(header: str | None) -> Unauthenticated:
    """Why an Authorization header (or its absence) carries no bearer token."""
    if header is None or not header.strip():
        return Unauthenticated(NO_CREDENTIALS)
    if keys.looks_like_key(header.strip().rpartition(" ")[2]):
        return InvalidToken(tokens.API_KEY_SENT)
    if header.strip().lower() == "bearer":
        return InvalidToken(NO_TOKEN)
    return InvalidToken(NOT_BEARER)


BEARER_SCHEME = HTTPBearerModel(
    bearerFormat="JWT",
    description="A token from `POST /v1/auth/token`; the scheme word is case-insensitive.",
)


async def _key_status(ctx: AppContext, key_id: int) -> KeyStatus | None:
    """The key's state, trusted for a short TTL so revocation reaches every process quickly.

    A key in use is looked up again in the background once half its TTL has passed, so its
    requests do not wait for the lookup; one idle for longer than the TTL waits for it."""
    now = time.monotonic()
    cached = ctx.key_status.get(key_id)
    if cached is not None:
        age = now - cached.checked_at
        if age < ctx.settings.key_status_ttl_seconds:
            if age >= ctx.settings.key_status_ttl_seconds / 2:
                _refresh_soon(ctx, key_id)
            return cached
    return await _load_key_status(ctx, key_id)


def _refresh_soon(ctx: AppContext, key_id: int) -> None:
    if key_id not in ctx.key_refreshes:
        task = asyncio.create_task(_refresh(ctx, key_id))
        ctx.key_refreshes[key_id] = task
        task.add_done_callback(lambda _: ctx.key_refreshes.pop(key_id, None))


async def _refresh(ctx: AppContext, key_id: int) -> None:
    try:
        await _load_key_status(ctx, key_id)
    except Exception as error:  # the database is away: a request past the TTL will say so
        log.warning("key status not refreshed: %s", error.__class__.__name__)


async def _load_key_status(ctx: AppContext, key_id: int) -> KeyStatus | None:
    checked_at = time.monotonic()
    async with ctx.db.reader() as connection:
        row = await repository.unscoped_key_status(connection, key_id)
    if row is None:
        ctx.key_status.pop(key_id, None)
        return None
    status = KeyStatus(row[0], service.is_usable(row[1], row[2]), checked_at)
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
        # One answer whether the key was revoked, has expired or is gone: only a token this
        # server signed gets here, so it says nothing of other keys.
        raise InvalidToken(KEY_NOT_USABLE)
    await _enforce_rate_limit(request, ctx, claims.key_id)
    return Principal(
        tenant_id=status.tenant_id,
        tenant_slug=claims.tenant_slug,
        key_id=claims.key_id,
        staff_id=claims.staff_id,
        roles=effective(claims.roles),
    )


class RoleCheck(SecurityBase):
    """A route's caller: the ``Authorization: Bearer <jwt>`` header checked, holding any one of
    `roles`.

    Being a security scheme, it makes the OpenAPI document say which routes need a token (and
    clients and fuzzers send one). It is one dependency rather than a scheme with a check on
    top: FastAPI resolves every level of dependencies on every request, and this runs on all.
    """

    def __init__(self, *roles: Role) -> None:
        self.model = BEARER_SCHEME
        self.scheme_name = "bearerAuth"
        self.roles = roles

    async def __call__(self, request: Request) -> Principal:
        principal = await principal_of(request, bearer_token(request))
        if not any(principal.has(role) for role in self.roles):
            raise Forbidden(f"This operation needs the {' or '.join(self.roles)} role.")
        return principal


ApiUser = Annotated[Principal, Depends(RoleCheck(Role.API_USER))]
ApiAdmin = Annotated[Principal, Depends(RoleCheck(Role.API_ADMIN))]
SuperAdmin = Annotated[Principal, Depends(RoleCheck(Role.SUPER_ADMIN))]
RecordReader = Annotated[Principal, Depends(RoleCheck(Role.RECORD_R))]
RecordWriter = Annotated[Principal, Depends(RoleCheck(Role.RECORD_W))]
TypeReader = Annotated[Principal, Depends(RoleCheck(Role.CUSTOM_TYPE_R))]
TypeWriter = Annotated[Principal, Depends(RoleCheck(Role.CUSTOM_TYPE_W))]
SchemaReader = Annotated[Principal, Depends(RoleCheck(Role.RECORD_R, Role.CUSTOM_TYPE_R))]
