"""Signed, expiring download URLs: an HMAC over (tenant, file, content, expiry), derived key.

The signature covers the file's sha256 as well as its id: SQLite may give a deleted file's id to
the next upload, and a link made for the old file must not open the new one.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time

from openwyn.kit.inputs import fits_int64

_LABEL = b"openwyn-file-url-v1"
MAX_SECONDS = 7 * 24 * 3600
_NUMBER = re.compile(r"^[0-9]{1,19}$")


def _key(secret: str) -> bytes:
    # A key of its own, so a URL signature can never stand in for a token signature.
    return hmac.new(secret.encode(), _LABEL, hashlib.sha256).digest()


def signature(secret: str, tenant_id: int, file_id: int, sha256: str, expires: int) -> str:
    message = f"{tenant_id}.{file_id}.{sha256}.{expires}".encode()
    return hmac.new(_key(secret), message, hashlib.sha256).hexdigest()


def number(raw: str | None) -> int | None:
    """A query parameter as a non-negative 64-bit integer, or None if it is anything else (a
    larger one would fail the statement that looks the file up)."""
    value = int(raw) if raw is not None and _NUMBER.match(raw) else None
    return value if value is not None and fits_int64(value) else None


def is_valid(
    secret: str,
    tenant_id: int,
    file_id: int,
    sha256: str,
    expires: int,
    given: str,
    now: float | None = None,
) -> bool:
    if expires < (time.time() if now is None else now):
        return False
    expected = signature(secret, tenant_id, file_id, sha256, expires)
    return hmac.compare_digest(expected.encode(), given.encode())
