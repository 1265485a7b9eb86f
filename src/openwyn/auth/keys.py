"""API key format: ``owk_<8-char public prefix>_<secret>``; only a SHA-256 digest is stored."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string
from dataclasses import dataclass

PREFIX_LENGTH = 8
KEY_MARK = "owk_"
_PREFIX_ALPHABET = string.ascii_lowercase + string.digits
_KEY_PATTERN = re.compile(r"^owk_([a-z0-9]{8})_([A-Za-z0-9_-]{43,})$")


@dataclass(frozen=True)
class NewKey:
    prefix: str
    plaintext: str
    digest: str


def digest_of(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def generate_key() -> NewKey:
    prefix = "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))
    # 32 random bytes: 256 bits of secret.
    plaintext = f"owk_{prefix}_{secrets.token_urlsafe(32)}"
    return NewKey(prefix=prefix, plaintext=plaintext, digest=digest_of(plaintext))


def prefix_of(plaintext: str) -> str | None:
    """The public prefix of a well-formed key, or None."""
    match = _KEY_PATTERN.match(plaintext)
    return match.group(1) if match else None


def looks_like_key(text: str) -> bool:
    """Whether `text` is shaped like an API key (sent, say, where a token belongs)."""
    return text.startswith(KEY_MARK)


def matches(plaintext: str, digest: str) -> bool:
    return hmac.compare_digest(digest_of(plaintext), digest)
