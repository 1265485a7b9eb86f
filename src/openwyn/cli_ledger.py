"""`openwyn verify-ledger`: recompute every invoice's paid and outstanding amounts and every
client's balance and unapplied credit from the AR ledger, print each difference from the stored
columns, and exit 1 when there is any (money-work.md §1)."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import repository, verify
from openwyn.cli_support import in_transaction, prepared
from openwyn.config import load_settings
from openwyn.errors import NotFound


def verify_ledger(
    tenant: Annotated[
        str | None, typer.Option(help="Tenant slug; every tenant without it.")
    ] = None,
) -> None:
    """Check the denormalised balances against the AR ledger; exit 1 on any difference."""
    settings = load_settings()
    prepared(settings)

    async def work(session: AsyncSession) -> list[str]:
        tenants = await repository.tenant_ids(session, tenant)
        if tenant is not None and not tenants:
            raise NotFound(f"no tenant {tenant!r}")
        found: list[str] = []
        for tenant_id, slug in tenants:
            found += [f"{slug}: {line}" for line in await verify.differences(session, tenant_id)]
        return found

    found = in_transaction(settings, work)
    for line in found:
        typer.echo(line)
    if found:
        typer.echo(f"{len(found)} difference(s) from the ledger", err=True)
        raise typer.Exit(1)
    typer.echo("the ledger and the stored balances agree")
