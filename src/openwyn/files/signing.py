"""Signed, expiring download URLs: an HMAC over (tenant, file, expiry) with a derived key."""

from __future__ import annotations

import hashlib
import hmac
import time

_LABEL = b"openwyn-file-url-v1"
MAX_SECONDS = 7 * 24 * 3600


def _key(secret: str) -> bytes:
    # A key of its own, so a URL signature can never stand in for a token signature.
    return hmac.new(secret.encode(), _LABEL, hashlib.sha256).digest()


def signature(secret: str, tenant_id: int, file_id: int, expires: int) -> str:
    message = f"{tenant_id}.{file_id}.{expires}".encode()
    return hmac.new(_key(secret), message, hashlib.sha256).hexdigest()


def is_valid(
    secret: str, tenant_id: int, file_id: int, expires: int, given: str, now: float | None = None
) -> bool:
    if expires < (time.time() if now is None else now):
        return False
    return hmac.compare_digest(signature(secret, tenant_id, file_id, expires), given)
