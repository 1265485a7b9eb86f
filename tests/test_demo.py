"""The demo firm of `openwyn serve --demo`: every entity, idempotent, deterministic."""

from __future__ import annotations

import time
from typing import Any

import pytest
from fastapi import FastAPI

from openwyn import demo
from openwyn.api import DIRECTORY
from openwyn.kit.resource import Resource
from tests.fixtures.api import Api, TenantHandle, make_tenant

pytestmark = pytest.mark.anyio

_VOLATILE = {"id", "createdAt", "updatedAt"}


async def _seed(tenant: TenantHandle) -> int:
    async with tenant.ctx.db.session() as session:
        return await demo.seed_firm(session, tenant.id)


async def _everything(tenant: TenantHandle) -> dict[str, list[dict[str, Any]]]:
    """Every seeded object, ids and timestamps aside, references as the pmsRef they point at."""
    snapshot = {
        resource.key: await _all_rows(tenant, resource.read_plural) for resource in DIRECTORY
    }
    refs = {key: {row["id"]: row["pmsRef"] for row in rows} for key, rows in snapshot.items()}

    def comparable(resource: Resource, row: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in row.items() if k not in _VOLATILE}
        for attr in resource.attrs:
            if attr.references and out.get(attr.name) is not None:
                out[attr.name] = refs[attr.references][out[attr.name]]
        return out

    return {
        resource.read_plural: [comparable(resource, row) for row in snapshot[resource.key]]
        for resource in DIRECTORY
    }


async def _all_rows(tenant: TenantHandle, plural: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    body: dict[str, Any] = {"pageSize": 1000, "orderBy": [{"pmsRef": "asc"}]}
    while True:
        answer = (await tenant.post(f"/gql/v1/{plural}/search", json=body)).json()
        rows += answer[plural]
        if not answer["pageInfo"]["hasNextPage"]:
            return rows
        body["cursor"] = answer["pageInfo"]["endCursor"]


async def _count(tenant: TenantHandle, plural: str, where: dict[str, Any]) -> int:
    answer = await tenant.post(f"/gql/v1/{plural}/search", json={"where": where, "pageSize": 1})
    count: int = answer.json()["total"]["aggregate"]["count"]
    return count


class TestDemoFirm:
    async def test_a_realistic_firm_seeded_once_and_the_same_every_time(
        self, app: FastAPI, api: Api, tenant: TenantHandle
    ) -> None:
        started = time.perf_counter()
        created = await _seed(tenant)
        seconds = time.perf_counter() - started
        print(f"seeded {created} objects in {seconds:.1f} s")
        first = await _everything(tenant)
        assert len(first["clients"]) == demo.CLIENT_COUNT
        assert all(len(rows) > 0 for rows in first.values()), {k: len(v) for k, v in first.items()}
        assert created == sum(len(rows) for rows in first.values())

        # Every client has exactly one primary contact; some contacts serve several clients.
        assert await _count(
            tenant, "clients", {"contactClients": {"isPrimary": {"_eq": True}}}
        ) == (demo.CLIENT_COUNT)
        primaries = await _count(tenant, "contact_clients", {"isPrimary": {"_eq": True}})
        assert primaries == demo.CLIENT_COUNT
        shared = {
            "clients": {"name": {"_like": "%"}},
            "contactClients": {"isPrimary": {"_eq": False}},
        }
        assert await _count(tenant, "contacts", shared) > 0
        kinds = {row["staffType"] for row in first["staff"]}
        assert {"PARTNER", "MANAGER", "SENIOR", "STAFF", "ADMIN"} <= kinds
        assert len({row["status"] for row in first["jobs"]}) >= 4
        assert any(row["kind"] == "ADDRESS" for row in first["contact_infos"])

        # A second run creates and changes nothing.
        assert await _seed(tenant) == 0
        assert await _everything(tenant) == first
        assert {row["version"] for rows in first.values() for row in rows} == {1}

        # Another tenant seeded from scratch holds the very same firm.
        other = await make_tenant(app, api)
        await _seed(other)
        assert await _everything(other) == first

    async def test_keepers_serve_several_clients(self, tenant: TenantHandle) -> None:
        await _seed(tenant)
        keepers = await tenant.post(
            "/gql/v1/contacts/search", json={"where": {"lastName": {"_eq": "Ledger"}}}
        )
        keeper = keepers.json()["contacts"][0]
        links = await _count(tenant, "contact_clients", {"contactId": {"_eq": keeper["id"]}})
        assert links >= 2
