"""SQL lives in repositories, kit/ and web/ only (architecture rule 2)."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Table, UniqueConstraint

from openwyn.models.base import Base

SRC = Path(__file__).resolve().parents[1] / "src" / "openwyn"
SQL_CALL = re.compile(r"\b(select\(|session\.execute\()")
ALLOWED_DIRS = {"kit", "web", "migrations"}


def _allowed(path: Path) -> bool:
    relative = path.relative_to(SRC)
    return relative.parts[0] in ALLOWED_DIRS or path.name == "repository.py"


def test_no_sql_outside_repositories_and_kit() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        if not _allowed(path)
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if SQL_CALL.search(line)
    ]
    assert offenders == []


def test_the_check_would_catch_a_stray_query() -> None:
    assert SQL_CALL.search("    rows = await session.execute(select(Client))")


def _tenant_owned_tables() -> list[Table]:
    import openwyn.models  # noqa: F401  (registers every table on the metadata)

    return [table for table in Base.metadata.sorted_tables if "tenant_id" in table.columns]


# The token exchange finds a key by its public prefix before it knows the tenant; webhook
# workers claim the due deliveries of every tenant, oldest first.
LOOKUPS_BEFORE_THE_TENANT_IS_KNOWN = {
    "api_keys.ix_api_keys_prefix",
    "webhook_deliveries.ix_webhook_deliveries_next_attempt_at",
    # The mail worker, like the delivery worker, takes due messages of every tenant.
    "outbound_messages.ix_outbound_messages_next_attempt_at",
}


def test_tenant_id_leads_every_index_and_unique_constraint() -> None:
    tables = _tenant_owned_tables()
    assert tables, "no tenant-owned tables found"
    stray = [
        f"{table.name}.{index.name}"
        for table in tables
        for index in [*table.indexes, *_unique_constraints(table)]
        if next(iter(index.columns)).name != "tenant_id"
        and f"{table.name}.{index.name}" not in LOOKUPS_BEFORE_THE_TENANT_IS_KNOWN
    ]
    assert stray == []


def _unique_constraints(table: Table) -> list[UniqueConstraint]:
    return [c for c in table.constraints if isinstance(c, UniqueConstraint)]
