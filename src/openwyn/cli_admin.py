"""`openwyn tenant ...` and `openwyn apikey ...`: the operator's side of tenants and keys."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.auth import repository, service
from openwyn.auth.endpoints import key_view, tenant_view
from openwyn.auth.roles import Role
from openwyn.cli_support import Command, Group, in_transaction, prepared, print_data
from openwyn.config import load_settings
from openwyn.errors import NotFound
from openwyn.models import Tenant

tenant_app = typer.Typer(cls=Group, no_args_is_help=True, help="Tenants.")
apikey_app = typer.Typer(cls=Group, no_args_is_help=True, help="API keys.")
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
TenantSlug = Annotated[str, typer.Option(help="Tenant slug.")]


async def tenant_named(session: AsyncSession, slug: str) -> Tenant:
    found = await repository.unscoped_tenant_by_slug(session, slug)
    if found is None:
        raise NotFound(f"no tenant {slug!r}")
    return found


@tenant_app.command("create", cls=Command)
def tenant_create(
    slug: str,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    as_json: AsJson = False,
) -> None:
    """Create a tenant and its first API_ADMIN key (printed once)."""
    settings = load_settings()
    prepared(settings)

    async def work(session: AsyncSession) -> dict[str, Any]:
        tenant = await service.create_tenant(session, slug, name)
        issued = await service.issue_key(
            session, tenant.id, name="first admin key", roles=[Role.API_ADMIN]
        )
        return {
            "tenant": tenant_view(tenant),
            "apiKey": key_view(issued.key) | {"apiKey": issued.plaintext},
        }

    data = in_transaction(settings, work)
    key = data["apiKey"]
    print_data(
        data, as_json, f"tenant {slug} created\nAPI key {key['id']} (shown once): {key['apiKey']}"
    )


@tenant_app.command("list", cls=Command)
def tenant_list(as_json: AsJson = False) -> None:
    """List the tenants."""
    settings = load_settings()
    prepared(settings)

    async def work(session: AsyncSession) -> list[dict[str, Any]]:
        return [tenant_view(tenant) for tenant in await repository.unscoped_tenants(session)]

    tenants = in_transaction(settings, work)
    rows = [f"{t['id']:>5}  {t['slug']:<24} {t['name']}" for t in tenants]
    print_data(tenants, as_json, "\n".join(rows) if rows else "no tenants")


@apikey_app.command("create", cls=Command)
def apikey_create(
    tenant: TenantSlug,
    role: Annotated[list[Role], typer.Option(help="Role to grant (repeatable).")],
    staff_id: Annotated[int | None, typer.Option(help="Staff id the key acts as.")] = None,
    name: Annotated[str, typer.Option(help="A name for the key.")] = "cli key",
    as_json: AsJson = False,
) -> None:
    """Create an API key (printed once)."""
    settings = load_settings()
    prepared(settings)

    async def work(session: AsyncSession) -> dict[str, Any]:
        found = await tenant_named(session, tenant)
        issued = await service.issue_key(
            session, found.id, name=name, roles=role, staff_id=staff_id
        )
        return key_view(issued.key) | {"apiKey": issued.plaintext}

    data = in_transaction(settings, work)
    print_data(data, as_json, f"API key {data['id']} (shown once): {data['apiKey']}")


@apikey_app.command("list", cls=Command)
def apikey_list(tenant: TenantSlug, as_json: AsJson = False) -> None:
    """List a tenant's API keys, revoked ones included (never their secrets)."""
    settings = load_settings()
    prepared(settings)

    async def work(session: AsyncSession) -> list[dict[str, Any]]:
        found = await tenant_named(session, tenant)
        return [key_view(key) for key in await repository.list_keys(session, found.id)]

    keys = in_transaction(settings, work)
    print_data(keys, as_json, "\n".join(_key_line(key) for key in keys) or "no API keys")


def _key_line(key: dict[str, Any]) -> str:
    state = (
        f"revoked {key['revokedAt']:%Y-%m-%d %H:%M}"
        if key["revokedAt"]
        else (f"expires {key['expiresAt']:%Y-%m-%d %H:%M}" if key["expiresAt"] else "live")
    )
    roles = ",".join(key["roles"])
    return f"{key['id']:>5}  {key['prefix']:<14} {state:<24} {roles:<24} {key['name']}"


@apikey_app.command("revoke", cls=Command)
def apikey_revoke(key_id: int, tenant: TenantSlug) -> None:
    """Revoke an API key."""
    settings = load_settings()
    prepared(settings)

    async def work(session: AsyncSession) -> None:
        found = await tenant_named(session, tenant)
        await service.revoke_key(session, found.id, key_id)

    in_transaction(settings, work)
    typer.echo(f"API key {key_id} revoked")
