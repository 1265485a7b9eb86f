"""Token exchange, API key management and tenant creation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth import repository, service
from openwyn.auth.principal import ApiAdmin, SuperAdmin
from openwyn.auth.roles import Role
from openwyn.auth.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyRead,
    TenantCreate,
    TenantCreated,
    TokenRequest,
    TokenResponse,
)
from openwyn.context import context_of, request_id_of, transaction
from openwyn.errors import RateLimited, ValidationFailed
from openwyn.kit import repository as kit_repo
from openwyn.kit.addresses import client_address
from openwyn.kit.envelope import plain, success
from openwyn.kit.etags import etag_of
from openwyn.kit.json import iso_timestamp
from openwyn.kit.schemas import WRITE_ERRORS, envelope_of, error_responses
from openwyn.kit.sqltypes import utcnow
from openwyn.models import ApiKey, Staff, Tenant
from openwyn.models.base import table_of
from openwyn.web.idempotency import IDEMPOTENT, idempotent

token_router = APIRouter(tags=["Auth"])
keys_router = APIRouter(prefix="/auth/api-keys", tags=["API keys"])
admin_router = APIRouter(prefix="/admin", tags=["Admin"])

KeyId = Annotated[int, Path(ge=1, le=2**53)]


def key_view(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "prefix": key.prefix,
        "roles": list(key.roles),
        "staffId": key.staff_id,
        "expiresAt": key.expires_at,
        "revokedAt": key.revoked_at,
        "createdAt": key.created_at,
    }


def tenant_view(tenant: Tenant) -> dict[str, Any]:
    return {
        "id": tenant.id,
        "slug": tenant.slug,
        "name": tenant.name,
        "createdAt": tenant.created_at,
    }


async def _limit_token_exchange(request: Request) -> None:
    ctx = context_of(request)
    address = client_address(request.scope, ctx.settings.trusted_proxies)
    decision = await ctx.limiter.hit(f"token:{address}", ctx.settings.rate_limit_token_per_address)
    request.state.rate_limit = decision
    if not decision.allowed:
        raise RateLimited(headers=decision.headers())


@token_router.post(
    "/auth/token",
    response_model=TokenResponse,
    responses=error_responses(400, 401, 413, 415, 429, 500, 503),
    summary="Exchange an API key for a JWT",
    operation_id="exchange_token",
)
async def exchange_token(request: Request, body: TokenRequest) -> Response:
    """A bearer token valid for one hour. Rate-limited per client address. Public."""
    await _limit_token_exchange(request)
    async with transaction(request) as session:
        minted = await service.exchange(session, context_of(request).settings, body.jwtApiKey)
    return plain(
        {
            "token": minted.token,
            "tokenType": "Bearer",
            "expiresIn": minted.expires_in,
            "expiresAt": iso_timestamp(minted.expires_at),
        }
    )


@keys_router.get(
    "",
    response_model=envelope_of("ApiKeyListEnvelope", list[ApiKeyRead]),
    responses=error_responses(401, 403, 429, 500, 503),
    summary="List the tenant's API keys",
    operation_id="list_api_keys",
)
async def list_api_keys(request: Request, principal: ApiAdmin) -> Response:
    """Every key of the tenant, revoked ones included; never a secret or a digest."""
    async with transaction(request) as session:
        keys = await repository.list_keys(session, principal.tenant_id)
    return success([key_view(key) for key in keys], request_id_of(request))


@keys_router.post(
    "",
    status_code=201,
    response_model=envelope_of("ApiKeyCreatedEnvelope", ApiKeyCreated),
    responses=error_responses(*WRITE_ERRORS),
    summary="Create an API key",
    operation_id="create_api_key",
    openapi_extra=IDEMPOTENT,
)
async def create_api_key(request: Request, principal: ApiAdmin, body: ApiKeyCreate) -> Response:
    """The new key, shown this once. A key cannot grant SUPER_ADMIN unless its creator has it."""
    if Role.SUPER_ADMIN in body.roles and not principal.has(Role.SUPER_ADMIN):
        raise ValidationFailed.at("roles", "only a SUPER_ADMIN may grant SUPER_ADMIN")
    if body.expiresAt is not None and body.expiresAt <= utcnow():
        # A key born expired could never be used: the caller meant another time.
        raise ValidationFailed.at("expiresAt", "must be in the future")
    async with transaction(request) as session:

        async def produce() -> Response:
            if body.staffId is not None:
                found = await kit_repo.existing_ids(
                    session, table_of(Staff), principal.tenant_id, [body.staffId]
                )
                if not found:
                    raise ValidationFailed.at("staffId", f"no staff with id {body.staffId}")
            issued = await service.issue_key(
                session,
                principal.tenant_id,
                name=body.name,
                roles=list(body.roles),
                staff_id=body.staffId,
                expires_at=body.expiresAt,
            )
            data = key_view(issued.key) | {"apiKey": issued.plaintext}
            return success(data, request_id_of(request), status_code=201, headers=etag_of(data))

        return await idempotent(request, session, principal.tenant_id, produce)


@keys_router.delete(
    "/{id:int}",
    status_code=204,
    responses=error_responses(400, 401, 403, 404, 409, 429, 500, 503),
    summary="Revoke an API key",
    operation_id="revoke_api_key",
)
async def revoke_api_key(request: Request, principal: ApiAdmin, id: KeyId) -> Response:  # noqa: A002
    """Revoke the key; tokens minted from it stop working within seconds on every process. A
    key revoked already is 409 `CONFLICT`, saying so."""
    async with transaction(request) as session:
        await service.revoke_key(session, principal.tenant_id, id)
    context_of(request).key_status.pop(id, None)
    return Response(status_code=204)


@admin_router.post(
    "/tenants",
    status_code=201,
    response_model=envelope_of("TenantCreatedEnvelope", TenantCreated),
    responses=error_responses(*WRITE_ERRORS),
    summary="Create a tenant (SUPER_ADMIN)",
    operation_id="create_tenant",
    openapi_extra=IDEMPOTENT,
)
async def create_tenant(request: Request, principal: SuperAdmin, body: TenantCreate) -> Response:
    """A new tenant and its first API_ADMIN key, shown this once."""
    async with transaction(request) as session:

        async def produce() -> Response:
            tenant = await service.create_tenant(session, body.slug, body.name)
            issued = await service.issue_key(
                session, tenant.id, name="first admin key", roles=[Role.API_ADMIN]
            )
            data = {
                "tenant": tenant_view(tenant),
                "apiKey": key_view(issued.key) | {"apiKey": issued.plaintext},
            }
            return success(data, request_id_of(request), status_code=201, headers=etag_of(data))

        return await idempotent(request, session, principal.tenant_id, produce)
