"""Minting and strict verification of the JWTs exchanged for API keys (contract §3)."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from openwyn.auth.roles import Role, primary
from openwyn.config import Settings
from openwyn.errors import Unauthenticated
from openwyn.kit.inputs import fits_int64
from openwyn.kit.sqltypes import utcnow

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]
HASURA_CLAIMS = "https://hasura.io/jwt/claims"


@dataclass(frozen=True)
class Minted:
    token: str
    expires_at: datetime
    expires_in: int


@dataclass(frozen=True)
class Claims:
    key_id: int
    tenant_slug: str
    staff_id: int | None
    roles: frozenset[Role]


def mint(
    settings: Settings,
    *,
    key_id: int,
    tenant_slug: str,
    roles: list[Role],
    staff_id: int | None,
) -> Minted:
    issued = utcnow().replace(microsecond=0)
    expires = issued + timedelta(seconds=settings.token_ttl_seconds)
    prefixed = [f"{tenant_slug}_{role}" for role in roles]
    claims: dict[str, Any] = {
        "tenant": tenant_slug,
        "staffId": staff_id,
        "roles": [str(role) for role in roles] + prefixed,
        "authKeyId": key_id,
        HASURA_CLAIMS: {
            "x-hasura-allowed-roles": prefixed,
            "x-hasura-default-role": f"{tenant_slug}_{primary(roles)}",
        },
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": f"apikey:{key_id}",
        "iat": issued,
        "exp": expires,
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, settings.resolved_jwt_secret, algorithm=ALGORITHM)
    return Minted(token=token, expires_at=expires, expires_in=settings.token_ttl_seconds)


class VerifiedTokens:
    """Tokens whose signature and claims were checked, so a client sending the same token on
    every request pays for the check once. Only time is checked again (`exp`, `nbf`);
    revocation is the key-status cache's business, as for any token."""

    MAX_ENTRIES = 10_000

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._known: dict[str, tuple[Claims, float, float]] = {}

    def claims(self, token: str) -> Claims:
        known = self._known.get(token)
        now = time.time()
        if known is not None and known[2] <= now < known[1]:
            return known[0]
        claims, payload = _verified(self.settings, token)
        if len(self._known) >= self.MAX_ENTRIES:
            self._known.clear()
        self._known[token] = (claims, float(payload["exp"]), float(payload.get("nbf", 0)))
        return claims


def verify(settings: Settings, token: str) -> Claims:
    """Claims of a valid token; any defect is the same 401, whatever it was."""
    return _verified(settings, token)[0]


def _verified(settings: Settings, token: str) -> tuple[Claims, dict[str, Any]]:
    try:
        payload = jwt.decode(
            token,
            settings.resolved_jwt_secret,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": REQUIRED_CLAIMS, "verify_signature": True},
        )
        return _claims_of(payload), payload
    except (jwt.PyJWTError, KeyError, TypeError, ValueError) as exc:
        raise Unauthenticated() from exc


def _claims_of(payload: dict[str, Any]) -> Claims:
    key_id = payload["authKeyId"]
    tenant = payload["tenant"]
    staff_id = payload.get("staffId")
    if not _is_row_id(key_id) or not isinstance(tenant, str):
        raise ValueError("malformed claims")
    if payload["sub"] != f"apikey:{key_id}":
        raise ValueError("subject does not match the key")
    if staff_id is not None and not _is_row_id(staff_id):
        raise ValueError("malformed staffId")
    roles = frozenset(Role(r) for r in payload["roles"] if r in Role.__members__)
    return Claims(key_id=key_id, tenant_slug=tenant, staff_id=staff_id, roles=roles)


def _is_row_id(value: Any) -> bool:
    """An id a row can have: a JSON integer (not a boolean) from 1 to the database's 64-bit
    limit, which a signed token can still exceed (a key id is looked up in SQL)."""
    return type(value) is int and value >= 1 and fits_int64(value)
