"""Standard Webhooks signatures (https://www.standardwebhooks.com/).

A secret is ``whsec_`` followed by the base64 of its key bytes. A delivery of body B with id I
at unix time T carries ``webhook-signature: v1,<base64 HMAC-SHA256(key, "I.T.B")>``; during a
rotation it carries one such signature per valid secret, separated by spaces. The
``standardwebhooks`` and Svix libraries verify these as they are.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hmac
import secrets

PREFIX = "whsec_"
KEY_BYTES = 32
TOLERANCE_SECONDS = 5 * 60


class BadSecret(ValueError):
    pass


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()


@functools.lru_cache(maxsize=256)
def _key(secret: str) -> bytes:
    """The key bytes of `secret` (cached: a worker signs every delivery with the same few)."""
    encoded = secret.removeprefix(PREFIX)
    try:
        key = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise BadSecret("a secret is whsec_ followed by base64") from None
    if len(key) < 24:
        raise BadSecret("a secret holds at least 24 bytes")
    return key


def sign(secret: str, msg_id: str, timestamp: int, body: str | bytes) -> str:
    """One ``v1,<signature>`` for `body` (text, or its UTF-8 bytes) sent as message `msg_id` at
    unix time `timestamp`."""
    raw = body if isinstance(body, bytes) else body.encode()
    signed = f"{msg_id}.{timestamp}.".encode() + raw
    digest = hmac.digest(_key(secret), signed, "sha256")
    return "v1," + base64.b64encode(digest).decode()


def signature_header(
    secrets_in_use: list[str], msg_id: str, timestamp: int, body: str | bytes
) -> str:
    return " ".join(sign(secret, msg_id, timestamp, body) for secret in secrets_in_use)


def headers(
    secrets_in_use: list[str], msg_id: str, timestamp: int, body: str | bytes
) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(secrets_in_use, msg_id, timestamp, body),
    }


def verify(secret: str, msg_id: str, timestamp: int, body: str, header: str) -> bool:
    """Whether any ``v1`` signature in `header` is the one `secret` gives (constant time)."""
    expected = sign(secret, msg_id, timestamp, body).encode()
    # As bytes: compare_digest refuses str with non-ASCII characters, and a header is any text.
    return any(
        hmac.compare_digest(expected, candidate.encode())
        for candidate in header.split(" ")
        if candidate
    )
