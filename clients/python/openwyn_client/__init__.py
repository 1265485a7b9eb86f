"""Python client for Openwyn: `Openwyn` (sync) and `AsyncOpenwyn` over httpx.

The typed models and one function per operation are generated from Openwyn's OpenAPI document
into `openwyn_client.generated` (`python clients/python/generate.py`); this package adds the
token exchange, paging iterators, retries, typed errors and webhook verification.
"""

from openwyn_client._transport import RetryPolicy
from openwyn_client.client import AsyncOpenwyn, Openwyn
from openwyn_client.errors import OpenwynError
from openwyn_client.webhooks import InvalidSignature, verify_webhook

__all__ = [
    "AsyncOpenwyn",
    "InvalidSignature",
    "Openwyn",
    "OpenwynError",
    "RetryPolicy",
    "verify_webhook",
]
