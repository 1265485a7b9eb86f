"""Verifying Openwyn's signed webhook deliveries (Standard Webhooks), with `standardwebhooks`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

__all__ = ["InvalidSignature", "verify_webhook"]


class InvalidSignature(Exception):
    """The delivery is not signed by the secret, or its timestamp is too far from now."""


def verify_webhook(secret: str, body: bytes | str, headers: Mapping[str, str]) -> Any:
    """The delivery's event (the parsed JSON body) if `webhook-signature` signs `webhook-id`,
    `webhook-timestamp` and the body exactly as received; InvalidSignature otherwise.

    `secret` is the tenant's `whsec_...` secret (`GET /api/v1/event-subscriptions/webhook/
    secret`). Pass the raw body: re-serialised JSON no longer matches its signature. Deduplicate
    on the `webhook-id` header: a redelivery carries the same one."""
    lowered = {name.lower(): value for name, value in headers.items()}
    payload = body.decode() if isinstance(body, bytes) else body
    try:
        return Webhook(secret).verify(payload, lowered)
    except WebhookVerificationError as exc:
        raise InvalidSignature(str(exc)) from exc
