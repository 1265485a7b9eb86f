"""``Idempotency-Key`` on REST POSTs (contract §4).

The first answer for a (tenant, key) is stored in the same transaction as its effect and
replayed for 24 hours to a retry with the same body. The same key with another body is 400; a
retry while the first request still runs is 409 (a per-process guard, plus a transaction-scoped
advisory lock on PostgreSQL so the guard holds across processes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from openwyn.errors import Conflict, ValidationFailed
from openwyn.kit.envelope import JSONBytes
from openwyn.kit.sqltypes import utcnow
from openwyn.models import IdempotencyKey

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
# For the route decorators: documents the header in the OpenAPI document (`openapi_extra=`).
IDEMPOTENT: dict[str, Any] = {
    "parameters": [
        {
            "name": HEADER,
            "in": "header",
            "required": False,
            "description": "Retry safely: the first answer for this key is replayed for 24 hours.",
            "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH},
        }
    ]
}
_in_flight: set[tuple[int, str]] = set()


async def request_hash(request: Request) -> str:
    digest = hashlib.sha256(f"{request.method} {request.url.path}\n".encode())
    digest.update(await request.body())
    return digest.hexdigest()


async def idempotent(
    request: Request,
    session: AsyncSession,
    tenant_id: int,
    produce: Callable[[], Awaitable[Response]],
    ttl_seconds: int = 24 * 3600,
) -> Response:
    key = request.headers.get(HEADER)
    if key is None:
        return await produce()
    if not 0 < len(key) <= MAX_KEY_LENGTH:
        raise ValidationFailed.at(HEADER, f"must be 1 to {MAX_KEY_LENGTH} characters")
    marker = (tenant_id, key)
    if marker in _in_flight:
        raise Conflict("A request with this Idempotency-Key is still in progress.")
    _in_flight.add(marker)  # before any await, so no other task of this process slips in
    try:
        if not await _try_lock(session, tenant_id, key):
            raise Conflict("A request with this Idempotency-Key is still in progress.")
        return await _run_once(request, session, tenant_id, key, produce, ttl_seconds)
    finally:
        _in_flight.discard(marker)


async def _run_once(
    request: Request,
    session: AsyncSession,
    tenant_id: int,
    key: str,
    produce: Callable[[], Awaitable[Response]],
    ttl_seconds: int,
) -> Response:
    fingerprint = await request_hash(request)
    stored = await _stored(session, tenant_id, key, ttl_seconds)
    if stored is not None:
        if stored.request_hash != fingerprint:
            raise ValidationFailed.at(HEADER, "was already used with a different request body")
        return JSONBytes(stored.body, stored.status_code, headers={"Idempotent-Replayed": "true"})
    response = await produce()
    session.add(
        IdempotencyKey(
            tenant_id=tenant_id,
            key=key,
            request_hash=fingerprint,
            status_code=response.status_code,
            body=bytes(response.body),
        )
    )
    await session.flush()
    return response


async def _try_lock(session: AsyncSession, tenant_id: int, key: str) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return True
    lock_id = func.hashtextextended(f"idempotency:{tenant_id}:{key}", 0)
    return bool((await session.execute(select(func.pg_try_advisory_xact_lock(lock_id)))).scalar())


async def _stored(
    session: AsyncSession, tenant_id: int, key: str, ttl_seconds: int
) -> IdempotencyKey | None:
    where = (IdempotencyKey.tenant_id == tenant_id, IdempotencyKey.key == key)
    stored = (await session.execute(select(IdempotencyKey).where(*where))).scalar_one_or_none()
    if stored is not None and stored.created_at < utcnow() - timedelta(seconds=ttl_seconds):
        await session.execute(delete(IdempotencyKey).where(*where))
        return None
    return stored
