"""Minting and strict verification of the JWTs exchanged for API keys (contract §3)."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from openwyn.auth import keys
from openwyn.auth.roles import Role, primary
from openwyn.config import Settings
from openwyn.errors import InvalidToken
from openwyn.kit.inputs import fits_int64
from openwyn.kit.sqltypes import utcnow

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]
HASURA_CLAIMS = "https://hasura.io/jwt/claims"

# What a refused token is told (contract §13.8): what is wrong with the token itself. Only a
# token this server signed gets past the signature, so nothing here tells a forger anything.
API_KEY_SENT = (
    "An API key was sent where a token belongs: exchange it at /v1/auth/token first, "
    "then send the token as Authorization: Bearer <token>."
)
MALFORMED = "The bearer token is malformed: it is not a signed JWT."
EXPIRED = "The token has expired: exchange the API key at /v1/auth/token for a new one."
BAD_SIGNATURE = "The token's signature does not verify: this server did not issue it."
BAD_ALGORITHM = f"The token is not signed with {ALGORITHM}, the only algorithm accepted."
WRONG_ISSUER = "The token's claims are not valid: its issuer (iss) is not this server."
WRONG_AUDIENCE = "The token's claims are not valid: its audience (aud) is not this API."
NOT_YET_VALID = "The token's claims are not valid: it is not valid yet (nbf or iat)."
BAD_CLAIMS = "The token's claims are not valid: they are not the claims this server issues."
_REASONS: tuple[tuple[type[Exception], str], ...] = (
    # Subclasses before the classes they refine: ExpiredSignatureError is a DecodeError's
    # sibling, but InvalidSignatureError is a DecodeError.
    (jwt.ExpiredSignatureError, EXPIRED),
    (jwt.InvalidSignatureError, BAD_SIGNATURE),
    (jwt.InvalidAlgorithmError, BAD_ALGORITHM),
    (jwt.InvalidIssuerError, WRONG_ISSUER),
    (jwt.InvalidAudienceError, WRONG_AUDIENCE),
    (jwt.ImmatureSignatureError, NOT_YET_VALID),
)


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
    """Claims of a valid token; a defect is a 401 that says what it is (`InvalidToken`)."""
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
        raise InvalidToken(refusal_reason(token, exc)) from exc


def refusal_reason(token: str, error: Exception) -> str:
    """Why `token` was refused, from what refused it (worked out only for a refusal: the
    success path pays nothing for it)."""
    if keys.looks_like_key(token):
        return API_KEY_SENT
    for kind, reason in _REASONS:
        if isinstance(error, kind):
            return reason
    if isinstance(error, jwt.MissingRequiredClaimError):
        return f"The token's claims are not valid: it has no {error.claim} claim."
    if isinstance(error, jwt.DecodeError) and not _claims_were_read(error):
        return MALFORMED
    if type(error) is jwt.InvalidTokenError:  # a header PyJWT cannot honour (`crit`, `kid`)
        return MALFORMED
    return BAD_CLAIMS


def _claims_were_read(error: jwt.DecodeError) -> bool:
    """Whether PyJWT got as far as the claims: it reports a claim of the wrong type (`exp`
    not a number) as a DecodeError too, after the signature verified."""
    return "claim" in str(error).lower()


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
