"""Mass assignment: a field the server sets (ids, tenant, timestamps, versions, statuses, key
material) sent in a create or update body is refused with 400 naming it, and the stored row
stays exactly as it was (architecture rule 6: input models never carry server-set fields).

Each update below also carries a legitimate change, so a server that dropped the bad field and
applied the rest would be caught as surely as one that stored it.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from openwyn.auth.roles import Role
from openwyn.directory import DIRECTORY
from openwyn.kit.resource import Resource
from tests.fixtures.api import Api, TenantHandle, make_tenant
from tests.fixtures.directory import UPDATES
from tests.security.world import World, build_world, custom_type_body, ok, upsert

pytestmark = pytest.mark.anyio

TIMESTAMP = "2000-01-01T00:00:00Z"
# Values a client might try to impose; `tenantId` is set to another tenant's id in `_value`.
VALUES: dict[str, Any] = {
    "id": 1,
    "createdAt": TIMESTAMP,
    "updatedAt": TIMESTAMP,
    "version": 1000,
    "active": False,
    "status": "ACTIVE",
    "isInternal": True,
    "isCustom": False,
    "staffId": 1,
    "prefix": "aaaaaaaa",
    "revokedAt": TIMESTAMP,
    "expiresIn": 1,
    "apiKey": "owk_aaaaaaaa_" + "A" * 43,
    "digest": "0" * 64,
    "roles": ["SUPER_ADMIN"],
    "pmsRef": "PMS-1",
}


@pytest.fixture(scope="module")
async def owner(shared_app: FastAPI, shared_api: Api) -> World:
    return await build_world(shared_app, await make_tenant(shared_app, shared_api))


def _value(field: str, other: TenantHandle) -> Any:
    return other.id if field == "tenantId" else VALUES.get(field, "x")


def server_set(resource: Resource) -> list[str]:
    """The fields of a directory entity the client never writes, read from its declaration."""
    return [attr.name for attr in resource.attrs if not attr.writable] + ["tenantId"]


def _refused(response: httpx.Response, field: str) -> bool:
    if response.status_code != 400:
        return False
    error = response.json()["error"]
    return error["code"] == "VALIDATION_FAILED" and field in _paths(error)


def _paths(error: dict[str, Any]) -> set[str]:
    return {detail["path"] for detail in error.get("details", [])}


def _copy(resource: Resource, item: dict[str, Any]) -> dict[str, Any]:
    """A valid create body: the writable fields of an existing object, with fresh unique
    values where the entity has them."""
    body = {a.name: item[a.name] for a in resource.writable if item.get(a.name) is not None}
    for attr in resource.writable:
        if attr.unique and attr.name in body:
            fresh = uuid.uuid4().hex[:10]
            body[attr.name] = f"{fresh}@new.example" if attr.name == "email" else f"new-{fresh}"
    return body


async def _total(tenant: TenantHandle, resource: Resource) -> int:
    body = {"pageSize": 1}
    if resource.has_active:
        # Counts inactive rows too: a refused create must leave no row at all.
        body = {"where": {"_or": [{"active": {"_eq": True}}, {"active": {"_eq": False}}]}} | body
    response = await tenant.post(f"/gql/v1/{resource.read_plural}/search", json=body)
    count: int = (await ok(response))["total"]["aggregate"]["count"]
    return count


class TestDirectoryEntities:
    @pytest.mark.parametrize("resource", DIRECTORY, ids=lambda resource: resource.key)
    async def test_a_create_carrying_a_server_set_field_is_refused_and_creates_nothing(
        self, owner: World, intruder: TenantHandle, resource: Resource
    ) -> None:
        tenant = owner.tenant
        body = _copy(resource, owner.objects[resource.key])
        before = await _total(tenant, resource)
        accepted = []
        for field in server_set(resource):
            sent = body | {field: _value(field, intruder)}
            response = await tenant.post(f"/api/v1/{resource.rest_plural}", json=sent)
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code} {response.text[:200]}")
        assert accepted == []
        assert await _total(tenant, resource) == before
        assert await _total(intruder, resource) == 0

    @pytest.mark.parametrize("resource", DIRECTORY, ids=lambda resource: resource.key)
    async def test_an_update_carrying_a_server_set_field_is_refused_and_changes_nothing(
        self, owner: World, intruder: TenantHandle, resource: Resource
    ) -> None:
        path = f"/api/v1/{resource.rest_plural}/{owner.objects[resource.key]['id']}"
        before = (await ok(await owner.tenant.get(path)))["data"]
        accepted = []
        for field in server_set(resource):
            sent = UPDATES[resource.key] | {field: _value(field, intruder)}
            response = await owner.tenant.patch(path, json=sent)
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code} {response.text[:200]}")
        assert accepted == []
        assert (await ok(await owner.tenant.get(path)))["data"] == before


class TestRecords:
    async def test_attributes_cannot_carry_server_set_fields_of_standard_types(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        tenant = owner.tenant
        snapshots = {r.key: await _object(owner, r) for r in DIRECTORY}
        totals = {r.key: await _total(tenant, r) for r in DIRECTORY}
        for creating in (False, True):
            records, expected = [], []
            for resource in DIRECTORY:
                item = owner.objects[resource.key]
                # Updating names the existing object; creating names a fresh systemRef.
                ref = f"new-{uuid.uuid4().hex[:10]}" if creating else item["pmsRef"]
                base = _copy(resource, item) if creating else dict(UPDATES[resource.key])
                base.pop("pmsRef", None)
                for field in [*server_set(resource), "pmsRef"]:
                    attributes = base | {field: _value(field, intruder)}
                    records.append(
                        {"type": resource.key, "systemRef": ref, "attributes": attributes}
                    )
                    expected.append(f"attributes.{field}")
            outcomes = await upsert(tenant, *records)
            assert [_failed_at(o) for o in outcomes] == expected
        assert {r.key: await _object(owner, r) for r in DIRECTORY} == snapshots
        assert {r.key: await _total(tenant, r) for r in DIRECTORY} == totals

    async def test_a_record_cannot_carry_server_set_keys_beside_its_attributes(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        client = owner.objects["client"]
        keys = ["id", "tenantId", "version", "createdAt", "updatedAt", "active", "pmsRef"]
        records = [
            {"type": "client", "systemRef": client["pmsRef"], "attributes": {"name": "x"}}
            | {key: _value(key, intruder)}
            for key in keys
        ]
        before = await _object(owner, _resource("client"))
        outcomes = await upsert(owner.tenant, *records)
        assert [_failed_at(o) for o in outcomes] == [
            f"records[{i}].{k}" for i, k in enumerate(keys)
        ]
        assert await _object(owner, _resource("client")) == before

    async def test_custom_record_attributes_cannot_carry_server_set_fields(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        tenant, name = owner.tenant, owner.type_name
        fields = ["id", "tenantId", "version", "createdAt", "updatedAt", "active", "systemRef"]
        fresh = f"new-{uuid.uuid4().hex[:10]}"
        records = [
            {
                "type": name,
                "systemRef": ref,
                "attributes": {"title": "x", field: _value(field, intruder)},
            }
            for ref in (owner.record_ref, fresh)
            for field in fields
        ]
        outcomes = await upsert(tenant, *records)
        assert [_failed_at(o) for o in outcomes] == [f"attributes.{f}" for f in fields] * 2
        stored = await tenant.get(f"/api/v1/records/{name}/{owner.record_ref}")
        assert (await ok(stored))["data"] == owner.record
        assert (await tenant.get(f"/api/v1/records/{name}/{fresh}")).status_code == 404


class TestCustomTypes:
    CREATE_FIELDS = [
        "id",
        "tenantId",
        "createdAt",
        "updatedAt",
        "version",
        "isCustom",
        "active",
        "recordsUrl",
        "schemaUrl",
    ]
    UPDATE_FIELDS = ["name", *[f for f in CREATE_FIELDS if f != "active"]]

    async def test_a_definition_carrying_a_server_set_field_is_refused(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        name = f"sec_{uuid.uuid4().hex[:10]}"
        accepted = []
        for field in self.CREATE_FIELDS:
            body = custom_type_body(name) | {field: _value(field, intruder)}
            response = await owner.tenant.post("/api/v1/records/custom", json=body)
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code}")
        assert accepted == []
        assert (await owner.tenant.get(f"/api/v1/records/custom/{name}")).status_code == 404

    @pytest.mark.parametrize("method", ["PATCH", "PUT"])
    async def test_a_change_carrying_a_server_set_field_is_refused_and_changes_nothing(
        self, owner: World, intruder: TenantHandle, method: str
    ) -> None:
        path = f"/api/v1/records/custom/{owner.type_name}"
        before = (await ok(await owner.tenant.get(path)))["data"]
        accepted = []
        for field in self.UPDATE_FIELDS:
            body = {"description": "changed", field: _value(field, intruder)}
            response = await owner.tenant.api.request(
                method, path, json=body, headers=owner.tenant.headers
            )
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code}")
        assert accepted == []
        assert (await ok(await owner.tenant.get(path)))["data"] == before


class TestEventSubscriptions:
    FIELDS = [
        "status",
        "isInternal",
        "staffId",
        "id",
        "tenantId",
        "version",
        "createdAt",
        "updatedAt",
    ]

    async def test_a_subscription_carrying_a_server_set_field_is_refused(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        listed = "/api/v1/event-subscriptions"
        before = (await ok(await owner.tenant.get(listed)))["meta"]["pagination"]["total"]
        body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": "https://a.example/h"}
        accepted = []
        for field in [*self.FIELDS, "active"]:
            response = await owner.tenant.post(listed, json=body | {field: _value(field, intruder)})
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code}")
        assert accepted == []
        after = (await ok(await owner.tenant.get(listed)))["meta"]["pagination"]["total"]
        assert after == before

    async def test_a_change_carrying_a_server_set_field_is_refused_and_changes_nothing(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        path = f"/api/v1/event-subscriptions/{owner.subscription['id']}"
        before = (await ok(await owner.tenant.get(path)))["data"]
        accepted = []
        for field in self.FIELDS:
            body = {"description": "changed", field: _value(field, intruder)}
            response = await owner.tenant.patch(path, json=body)
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code}")
        assert accepted == []
        assert (await ok(await owner.tenant.get(path)))["data"] == before


class TestApiKeysTokensAndTenants:
    async def test_a_key_carrying_a_server_set_field_is_refused(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        path = "/api/v1/auth/api-keys"
        before = (await ok(await owner.tenant.get(path)))["data"]
        accepted = []
        fields = ["tenantId", "prefix", "id", "revokedAt", "createdAt", "apiKey", "digest"]
        for field in fields:
            body = {"name": "ci", "roles": ["API_USER"], field: _value(field, intruder)}
            response = await owner.tenant.post(path, json=body)
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code}")
        assert accepted == []
        assert (await ok(await owner.tenant.get(path)))["data"] == before

    async def test_an_api_admin_cannot_grant_super_admin(self, owner: World) -> None:
        body = {"name": "escalate", "roles": ["API_USER", "SUPER_ADMIN"]}
        response = await owner.tenant.post("/api/v1/auth/api-keys", json=body)
        assert _refused(response, "roles")

    async def test_a_token_request_cannot_choose_its_claims(
        self, owner: World, shared_api: Api, intruder: TenantHandle
    ) -> None:
        for field in ("roles", "tenant", "tenantId", "staffId", "authKeyId", "expiresIn"):
            body = {"jwtApiKey": owner.tenant.admin_key, field: _value(field, intruder)}
            response = await shared_api.post("/v1/auth/token", json=body)
            assert _refused(response, field), (field, response.text)

    async def test_a_tenant_cannot_be_created_with_server_set_fields(self, owner: World) -> None:
        headers = {"Authorization": f"Bearer {await owner.tenant.token_for(Role.SUPER_ADMIN)}"}
        slug = f"s{uuid.uuid4().hex[:12]}"
        for field, value in (("id", 1), ("createdAt", TIMESTAMP), ("apiKey", VALUES["apiKey"])):
            body = {"slug": slug, "name": "New", field: value}
            response = await owner.tenant.post("/api/v1/admin/tenants", json=body, headers=headers)
            assert _refused(response, field), (field, response.text)
        # The slug is still free: none of the refused requests created the tenant.
        created = await owner.tenant.post(
            "/api/v1/admin/tenants", json={"slug": slug}, headers=headers
        )
        assert created.status_code == 201


class TestFileUploads:
    async def test_an_upload_carrying_a_server_set_field_is_refused_and_stores_nothing(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        tenant = owner.tenant
        before = (await ok(await tenant.get("/api/v1/files")))["meta"]["pagination"]["total"]
        accepted = []
        for field in ("id", "tenantId", "sha256", "size", "createdAt", "name", "contentType"):
            files = {"file": ("a.txt", b"abc", "text/plain")}
            data = {field: str(_value(field, intruder))}
            response = await tenant.api.post(
                "/api/v1/files", files=files, data=data, headers=tenant.headers
            )
            if not _refused(response, field):
                accepted.append(f"{field}: {response.status_code}")
        assert accepted == []
        after = (await ok(await tenant.get("/api/v1/files")))["meta"]["pagination"]["total"]
        assert after == before


def _resource(key: str) -> Resource:
    return next(resource for resource in DIRECTORY if resource.key == key)


async def _object(owner: World, resource: Resource) -> dict[str, Any]:
    path = f"/api/v1/{resource.rest_plural}/{owner.objects[resource.key]['id']}"
    data: dict[str, Any] = (await ok(await owner.tenant.get(path)))["data"]
    return data


def _failed_at(outcome: dict[str, Any]) -> str | None:
    """The one path a failed record names, or its status if it did not fail so."""
    error = outcome.get("error")
    if outcome["status"] != "FAILED" or not error or error["code"] != "VALIDATION_FAILED":
        return f"{outcome['status']} {error}"
    paths = sorted(_paths(error))
    return paths[0] if len(paths) == 1 else str(paths)
