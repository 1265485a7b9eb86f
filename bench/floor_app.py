"""The floor: Openwyn's client search and get SQL behind a bare Starlette + asyncpg + orjson app.

It runs the very statements Openwyn sends for `POST /gql/v1/clients/search` with a name prefix
`where` (the page query and the count query, same columns, order, limit and parameter casts)
and for `GET /gql/v1/client/{id}`, checks the bearer token as Openwyn does (PyJWT HS256 decode
with audience, issuer and required claims, once per token as Openwyn's cache of verified
tokens does), and answers the same JSON shape. What it leaves
out is the price of Openwyn's generality: the `where` compiler, SQLAlchemy, the ORM session,
FastAPI's validation and dependency injection, the shared rate limiter and the per-row
serializer. The pool has Openwyn's size (pool_size 10 + max_overflow 10) and server settings.

Served by uvicorn with the factory `floor_app:create_app` (`--app-dir bench`), configured by
`BENCH_FLOOR_DSN` and the `OPENWYN_JWT_*` variables Openwyn reads.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import jwt
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

NAMES = (
    "id",
    "pmsRef",
    "clientRef",
    "name",
    "clientKey",
    "partnerStaffId",
    "managerStaffId",
    "officeId",
    "deptId",
    "industryId",
    "serviceLineId",
    "clientBusinessEntityId",
    "email",
    "phone",
    "website",
    "taxId",
    "address",
    "billingAddress",
    "sendInvoicesElectronically",
    "customFields",
    "active",
    "createdAt",
    "updatedAt",
    "version",
)
# Copied from what Openwyn's engine sends (bench/plans.py prints it), casts included.
_SELECT = (
    "SELECT clients.id, clients.pms_ref, clients.client_ref, clients.name, clients.client_key, "
    "clients.partner_staff_id, clients.manager_staff_id, clients.office_id, clients.dept_id, "
    "clients.industry_id, clients.service_line_id, clients.client_business_entity_id, "
    "clients.email, clients.phone, clients.website, clients.tax_id, clients.address, "
    "clients.billing_address, clients.send_invoices_electronically, clients.custom_fields, "
    "clients.active, clients.created_at, clients.updated_at, clients.version \nFROM clients \n"
)
_MATCH = (
    "WHERE clients.tenant_id = $1::BIGINT AND clients.name LIKE $2::VARCHAR ESCAPE '\\' "
    "AND clients.active IS true"
)
PAGE_SQL = (
    _SELECT
    + _MATCH
    + " ORDER BY clients.name ASC NULLS LAST, clients.created_at DESC NULLS FIRST, "
    "clients.id ASC NULLS LAST \n LIMIT $3::INTEGER OFFSET $4::INTEGER"
)
COUNT_SQL = "SELECT count(*) AS count_1 \nFROM clients \n" + _MATCH
GET_SQL = _SELECT + "WHERE clients.tenant_id = $1::BIGINT AND clients.id = $2::BIGINT"
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]
_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC


class Unauthorized(Exception):
    pass


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = orjson.dumps(data, option=_OPTIONS)
    return Response(body, status, headers=headers, media_type="application/json")


def _tenant_id(request: Request) -> int:
    """The caller's tenant, from a token checked as strictly as Openwyn checks it, and, as
    Openwyn does, only once per token: a token seen before is trusted until its `exp`."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        raise Unauthorized
    state = request.app.state
    token = token.strip()
    known = state.verified.get(token)
    if known is not None and time.time() < known[1]:
        tenant_id: int = known[0]
        return tenant_id
    try:
        claims = jwt.decode(
            token,
            state.secret,
            algorithms=["HS256"],
            audience=state.audience,
            issuer=state.issuer,
            options={"require": REQUIRED_CLAIMS, "verify_signature": True},
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized from exc
    if claims["sub"] != f"apikey:{claims['authKeyId']}":
        raise Unauthorized
    # Openwyn finds the tenant through a cached key lookup; a dict lookup costs the same.
    tenant_id = state.tenants[claims["tenant"]]
    state.verified[token] = (tenant_id, float(claims["exp"]))
    return tenant_id


def _item(record: asyncpg.Record) -> dict[str, Any]:
    return dict(zip(NAMES, record, strict=True))


def _end_cursor(last: dict[str, Any]) -> str:
    """The same keyset values Openwyn's cursor carries (name, createdAt, id), base64 JSON."""
    values = orjson.dumps([last["name"], last["createdAt"], last["id"]], option=_OPTIONS)
    return base64.urlsafe_b64encode(values).rstrip(b"=").decode("ascii")


async def search(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    body = orjson.loads(await request.body())
    pattern = body["where"]["name"]["_like"]
    size, page = body.get("pageSize", 50), body.get("page", 0)
    async with request.app.state.pool.acquire() as conn:
        rows = await conn.fetch(PAGE_SQL, tenant_id, pattern, size + 1, page * size)
        total = await conn.fetchval(COUNT_SQL, tenant_id, pattern)
    items = [_item(row) for row in rows[:size]]
    cursor = _end_cursor(items[-1]) if items else None
    page_info = {"hasNextPage": len(rows) > size, "endCursor": cursor}
    return _json(
        {"clients": items, "total": {"aggregate": {"count": total}}, "pageInfo": page_info}
    )


async def get_client(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    async with request.app.state.pool.acquire() as conn:
        row = await conn.fetchrow(GET_SQL, tenant_id, request.path_params["id"])
    if row is None:
        return _json({"error": "not found"}, 404)
    item = _item(row)
    return _json(item, headers={"ETag": f'"{item["version"]}"'})


async def healthz(_request: Request) -> Response:
    return _json({"status": "ok"})


async def _decode_json_with_orjson(conn: asyncpg.Connection) -> None:
    for name in ("json", "jsonb"):
        await conn.set_type_codec(
            name, schema="pg_catalog", encoder=orjson.dumps, decoder=orjson.loads
        )


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Nothing to undo on release: the floor sets no session state, and asyncpg's default
    reset (`RESET ALL`, `UNLISTEN *` and more) would be a round trip per request that
    Openwyn's pool, which returns a connection without I/O, never makes."""


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    app.state.pool = await asyncpg.create_pool(
        os.environ["BENCH_FLOOR_DSN"],
        min_size=1,
        max_size=20,
        init=_decode_json_with_orjson,
        reset=_keep_session,
        server_settings={"statement_timeout": "15000", "timezone": "UTC"},
    )
    async with app.state.pool.acquire() as conn:
        app.state.tenants = dict(await conn.fetch("SELECT slug, id FROM tenants"))
    yield
    await app.state.pool.close()


def create_app() -> Starlette:
    app = Starlette(
        routes=[
            Route("/gql/v1/clients/search", search, methods=["POST"]),
            Route("/gql/v1/client/{id:int}", get_client, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.secret = os.environ["OPENWYN_JWT_SECRET"]
    app.state.verified = {}
    app.state.issuer = os.environ.get("OPENWYN_JWT_ISSUER", "openwyn")
    app.state.audience = os.environ.get("OPENWYN_JWT_AUDIENCE", "openwyn-api")
    return app
