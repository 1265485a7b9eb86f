"""SQL lives in repositories, kit/ and web/ only (architecture rule 2); kit/ sits below every
table and feature, so it imports only the layers beneath it (architecture.md, "Layers")."""

from __future__ import annotations

import ast
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


# What kit/ may import from Openwyn besides the package root (which holds only the version
# constants): itself and the layers beneath it. Tables (openwyn.models), auth, context, the web
# layer and every feature sit above kit/ and must stay out of it.
KIT_MAY_IMPORT = ("openwyn.kit", "openwyn.config", "openwyn.errors", "openwyn.db", "openwyn.logs")


def _imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """Every openwyn module `source` imports, at any depth (TYPE_CHECKING and lazy ones too)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            # `from openwyn import auth` imports a package; `from openwyn import API_VERSION`
            # only a constant of the root.
            found += [(node.lineno, _module_or_parent(base, alias.name)) for alias in node.names]
    return sorted({(line, name) for line, name in found if name.split(".")[0] == "openwyn"})


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if node.level == 0:
        return node.module or ""
    parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
    return f"{parent}.{node.module}" if node.module else parent


def _module_or_parent(base: str, name: str) -> str:
    candidate = SRC.parent.joinpath(*base.split("."), name)
    is_module = candidate.is_dir() or candidate.with_suffix(".py").exists()
    return f"{base}.{name}" if is_module else base


def _layer_breaches(source: str, package: str = "openwyn.kit") -> list[str]:
    return [
        f"{number}: {name}"
        for number, name in _imported_modules(source, package)
        if not _kit_may_import(name)
    ]


def _kit_may_import(name: str) -> bool:
    return name == "openwyn" or any(
        name == allowed or name.startswith(f"{allowed}.") for allowed in KIT_MAY_IMPORT
    )


def test_kit_imports_no_table_and_no_feature() -> None:
    kit = SRC / "kit"
    modules = sorted(kit.rglob("*.py"))
    assert len(modules) > 20, "kit/ not found where expected"
    offenders = [
        f"kit/{path.relative_to(kit)}:{breach}"
        for path in modules
        for breach in _layer_breaches(path.read_text(), _package_of(path))
    ]
    assert offenders == []


def _package_of(path: Path) -> str:
    return ".".join(["openwyn", *path.relative_to(SRC).parent.parts])


def test_the_check_would_catch_a_stray_import() -> None:
    stray = """
from typing import TYPE_CHECKING

from openwyn.kit.json import dumps
from openwyn.errors import ValidationFailed
from openwyn import API_VERSION
from openwyn.models import Client
import openwyn.records.search
from openwyn import auth
from ..web import outbox

if TYPE_CHECKING:
    from openwyn.context import transaction


def late():
    from openwyn.billing.ledger import post
"""
    assert _layer_breaches(stray) == [
        "7: openwyn.models",
        "8: openwyn.records.search",
        "9: openwyn.auth",
        "10: openwyn.web.outbox",
        "13: openwyn.context",
        "17: openwyn.billing.ledger",
    ]


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
    # A portal link's token is its only credential: the page finds its signer by it alone.
    "engagement_signing_links.uq_engagement_signing_links_token_hash",
    "client_request_contacts.uq_client_request_contacts_token_hash",
    "deliverable_recipients.uq_deliverable_recipients_token_hash",
    # The engagement clock moves every tenant's engagements that time moves (expiry, start, end).
    "engagements.ix_engagements_status_id",
    # The payments worker settles pending payments of every tenant when they come due.
    "payments.ix_payments_settles_at",
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


# FastAPI's and Starlette's own names: a private module or name (`starlette._utils`,
# `fastapi.routing._IncludedRouter`) and FastAPI's dependency machinery change without notice
# between minor releases, which Openwyn allows (issue 28): only their public interfaces.
FRAMEWORKS = ("fastapi", "starlette")
FRAMEWORK_INTERNALS = ("fastapi.dependencies",)


def _framework_breach(dotted: str) -> bool:
    parts = dotted.split(".")
    if parts[0] not in FRAMEWORKS:
        return False
    private = any(part.startswith("_") and not part.startswith("__") for part in parts)
    internal = any(dotted == name or dotted.startswith(f"{name}.") for name in FRAMEWORK_INTERNALS)
    return private or internal


def _dotted(node: ast.expr) -> str | None:
    """`starlette._utils.get_route_path` for the attribute chain; None if it is not one."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base is not None else None
    return None


def _framework_internals(source: str) -> list[str]:
    """Every use of a private or internal module or name of FastAPI or Starlette in `source`:
    imported (at any depth) or reached as an attribute of an imported framework module."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(node.lineno, node.module)]
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Attribute):
            dotted = _dotted(node)
            found += [(node.lineno, dotted)] if dotted is not None else []
    return [f"{line}: {name}" for line, name in sorted(set(found)) if _framework_breach(name)]


def test_src_uses_only_the_frameworks_public_interfaces() -> None:
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 100, "src/ not found where expected"
    offenders = [
        f"{path.relative_to(SRC)}:{breach}"
        for path in modules
        for breach in _framework_internals(path.read_text())
    ]
    assert offenders == []


def test_the_check_would_catch_a_private_framework_import() -> None:
    stray = """
import starlette._utils
from starlette._utils import get_route_path
from fastapi.routing import APIRoute, _IncludedRouter
from fastapi.dependencies.models import Dependant
from fastapi import dependencies
from fastapi import APIRouter, __version__
import fastapi.routing
from starlette.routing import Match, compile_path
from openwyn._private import fine


def late():
    from fastapi._compat import v2
    return fastapi.routing._get_fastapi_scope, fastapi.routing.APIRoute
"""
    assert _framework_internals(stray) == [
        "2: starlette._utils",
        "3: starlette._utils",
        "3: starlette._utils.get_route_path",
        "4: fastapi.routing._IncludedRouter",
        "5: fastapi.dependencies.models",
        "5: fastapi.dependencies.models.Dependant",
        "6: fastapi.dependencies",
        "14: fastapi._compat",
        "14: fastapi._compat.v2",
        "15: fastapi.routing._get_fastapi_scope",
    ]
