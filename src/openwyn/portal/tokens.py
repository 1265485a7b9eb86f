"""Portal link tokens: 256 random bits, URL-safe, stored only as their SHA-256, so a database
read never yields a working link. A token is the only credential a portal page accepts."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> tuple[str, str]:
    """A fresh token and the digest to store for it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, digest(token)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
