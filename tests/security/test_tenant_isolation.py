"""Tenant isolation across the whole API (contract §2): another tenant's object behaves exactly
like one that does not exist.

Tenant A (the owner) holds one object of every kind; tenant B (the intruder, an API_ADMIN with
every record and custom-type role) aims every route of the app at A's identifiers and reads
every list, search and feed. The routes come from the app's own routing table, so a route added
later is covered at once, and one the matrix cannot aim fails the coverage test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI
from pydantic.alias_generators import to_camel

from openwyn.app import create_app
from openwyn.auth.roles import Role
from openwyn.config import Settings
from openwyn.directory import DIRECTORY
from openwyn.webhooks.worker import Worker
from tests.fixtures.api import Api, TenantHandle, make_tenant
from tests.fixtures.receiver import running_receiver
from tests.security.routes import (
    BY_READ_PLURAL,
    BY_REST_PLURAL,
    Call,
    Route,
    aimed_at,
    served_routes,
)
from tests.security.world import (
    World,
    build_world,
    custom_type_body,
    ok,
    snapshot,
    tag,
    upsert,
)

pytestmark = pytest.mark.anyio

# Directory kinds with a field that references another object.
REFERRING = [resource for resource in DIRECTORY if any(a.references for a in resource.attrs)]
ALL_ROLES = (Role.API_ADMIN, Role.RECORD_R, Role.RECORD_W, Role.CUSTOM_TYPE_R, Role.CUSTOM_TYPE_W)


@pytest.fixture(scope="module")
async def owner(shared_app: FastAPI, shared_api: Api) -> World:
    tenant = await make_tenant(shared_app, shared_api)
    return await build_world(shared_app, tenant)


@pytest.fixture(scope="module")
async def intruder(intruder: TenantHandle) -> TenantHandle:
    intruder.token = await intruder.token_for(*ALL_ROLES)
    return intruder


@pytest.fixture(scope="module")
async def intruders_subscription(intruder: TenantHandle) -> int:
    body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": "https://127.0.0.1:9/b"}
    created = await ok(await intruder.post("/api/v1/event-subscriptions", json=body), 201)
    subscription_id: int = created["data"]["subscription"]["id"]
    return subscription_id


async def _send(tenant: TenantHandle, call: Call) -> httpx.Response:
    return await tenant.api.request(call.method, call.path, json=call.json, headers=tenant.headers)


def _is_not_found(response: httpx.Response) -> bool:
    if response.status_code != 404:
        return False
    body = response.json()
    return body["error"]["code"] == "NOT_FOUND" and body["data"] is None


def _leaks(response: httpx.Response, world: World) -> set[str]:
    """The owner's markers that appear anywhere in an answer, except those the request itself
    sent (an error message may echo the identifier it was given)."""
    sent = str(response.request.url) + response.request.content.decode(errors="replace")
    return {marker for marker in world.markers if marker in response.text and marker not in sent}


class TestTheMatrixCoversEveryRoute:
    async def test_every_route_with_a_path_identifier_is_aimed_at_the_owner(
        self, shared_app: FastAPI, owner: World
    ) -> None:
        # A new route with an id in its path fails here until routes.TARGETS can aim it.
        unaimed = [
            str(route)
            for route in served_routes(shared_app)
            if route.takes_identifier and aimed_at(owner, route) is None
        ]
        assert unaimed == []

    async def test_the_route_walk_sees_every_documented_operation(
        self, shared_app: FastAPI, shared_api: Api
    ) -> None:
        # Proves the walk reaches into included routers: it must find what the document lists.
        document = (await shared_api.get("/openapi.json")).json()
        documented = {
            Route(method.upper(), path)
            for path, operations in document["paths"].items()
            for method in operations
        }
        assert documented - set(served_routes(shared_app)) == set()
        assert len(documented) > 100

    async def test_the_owner_reaches_every_object_the_matrix_names(
        self, shared_app: FastAPI, owner: World
    ) -> None:
        # Guards the matrix itself: a 404 for B proves nothing if the identifier is wrong.
        for route in served_routes(shared_app):
            if route.method != "GET" or not route.takes_identifier:
                continue
            for call in aimed_at(owner, route) or []:
                response = await _send(owner.tenant, call)
                assert response.status_code == 200, (str(call), response.text)


class TestForeignIdentifiersAreNotFound:
    """Every route that names an object in its path answers B with 404 for A's objects, and A's
    objects are exactly as they were afterwards."""

    @pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "PUT", "DELETE"])
    async def test_every_route_answers_404_and_changes_nothing(
        self, shared_app: FastAPI, owner: World, intruder: TenantHandle, method: str
    ) -> None:
        before = await snapshot(owner)
        refused: list[str] = []
        sent = 0
        for route in served_routes(shared_app):
            if route.method != method or not route.takes_identifier:
                continue
            for call in aimed_at(owner, route) or []:
                response = await _send(intruder, call)
                sent += 1
                if not _is_not_found(response) or _leaks(response, owner):
                    refused.append(f"{call} -> {response.status_code} {response.text[:200]}")
        assert refused == []
        assert sent > 0
        assert await snapshot(owner) == before
        # The owner's own token still works: B revoking A's keys would have stopped it.
        assert (await owner.tenant.post("/gql/v1/clients")).status_code == 200

    async def test_the_owners_delivery_under_the_callers_own_subscription_is_404(
        self, owner: World, intruder: TenantHandle, intruders_subscription: int
    ) -> None:
        # The subscription is B's own, so only the delivery's own scoping can refuse this.
        before = await snapshot(owner)
        path = (
            f"/api/v1/event-subscriptions/{intruders_subscription}"
            f"/deliveries/{owner.delivery['id']}/redeliver"
        )
        assert _is_not_found(await intruder.post(path))
        assert await snapshot(owner) == before


class TestListsShowNoForeignRows:
    async def test_read_family_lists_and_searches_by_the_owners_ids_find_nothing(
        self, shared_app: FastAPI, owner: World, intruder: TenantHandle
    ) -> None:
        found: list[str] = []
        checked = 0
        for route in served_routes(shared_app):
            if route.method != "POST" or route.takes_identifier:
                continue
            if not route.template.startswith(("/gql/v1/", "/v1/")):
                continue
            parts = route.template.strip("/").split("/")
            body = _read_family_body(owner, parts)
            if body is None:
                continue
            checked += 1
            response = await intruder.post(route.template, json=body)
            answer = response.json()
            plural = to_camel(parts[-2] if parts[-1] == "search" else parts[-1])
            if response.status_code != 200 or answer["total"]["aggregate"]["count"] != 0:
                found.append(f"{route} -> {response.status_code} {response.text[:200]}")
            elif answer[plural] or _leaks(response, owner):
                found.append(f"{route} -> {answer[plural]}")
        assert found == []
        # List and search of every entity, under /gql/v1 and under /v1.
        assert checked == 2 * 2 * len(DIRECTORY)

    async def test_rest_lists_hold_none_of_the_owners_ids(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        for plural, resource in BY_REST_PLURAL.items():
            response = await intruder.get(f"/api/v1/{plural}", params={"pageSize": 1000})
            listed = {item["id"] for item in (await ok(response))["data"]}
            assert listed & owner.ids[resource.key] == set(), plural
            assert not _leaks(response, owner), plural

    async def test_every_list_feed_and_setting_read_shows_nothing_of_the_owner(
        self, shared_app: FastAPI, owner: World, intruder: TenantHandle
    ) -> None:
        # Every GET without a path identifier, with and without filters naming A's objects.
        filters: list[dict[str, Any]] = [
            {},
            {"pageSize": 1000, "limit": 1000},
            {"recordType": owner.type_name, "systemRef": owner.record_ref},
            {"recordType": "client", "recordId": owner.objects["client"]["id"]},
            {"entityType": "client"},
            {"entityType": owner.type_name, "after": owner.cursor},
        ]
        leaked: list[str] = []
        visited = set()
        for route in served_routes(shared_app):
            if route.method != "GET" or route.takes_identifier:
                continue
            visited.add(route.template)
            for params in filters:
                response = await intruder.get(route.template, params=params)
                if response.status_code >= 500 or _leaks(response, owner):
                    leaked.append(f"{route} {params} -> {response.status_code}")
                if response.status_code == 200 and "application/json" in response.headers.get(
                    "content-type", ""
                ):
                    leaked += _foreign_ids(route, response.json(), owner)
        assert leaked == []
        assert visited >= set(_owner_ids_by_list(owner)) | {
            "/api/v1/records/types",
            "/api/v1/event-subscriptions/catalog",
            "/api/v1/event-subscriptions/webhook/secret",
        }

    async def test_the_callers_own_delivery_log_holds_none_of_the_owners_attempts(
        self, owner: World, intruder: TenantHandle, intruders_subscription: int
    ) -> None:
        path = f"/api/v1/event-subscriptions/{intruders_subscription}/deliveries"
        response = await intruder.get(path, params={"pageSize": 1000})
        shown = {row["id"] for row in (await ok(response))["data"]}
        assert owner.delivery["id"] not in shown and not _leaks(response, owner)

    async def test_tools_that_read_tenant_settings_use_only_the_callers(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        before = await snapshot(owner)
        generated = await intruder.post("/api/v1/webhook/test/generate", json={"payload": {}})
        assert generated.status_code == 200 and not _leaks(generated, owner)
        rotated = await intruder.post("/api/v1/event-subscriptions/webhook/secret/rotate")
        assert rotated.status_code == 200 and not _leaks(rotated, owner)
        catalog = await intruder.get("/api/v1/event-subscriptions/catalog")
        entity_types = {entry["entityType"] for entry in (await ok(catalog))["data"]}
        assert owner.type_name not in entity_types
        assert await snapshot(owner) == before


def _read_family_body(owner: World, parts: list[str]) -> dict[str, Any] | None:
    """A list body filtering on A's id, or a search body for all of A's ids."""
    if parts[-1] == "search":
        resource = BY_READ_PLURAL.get(parts[-2])
        if resource is None:
            return None
        ids = sorted(owner.ids[resource.key])
        return {"where": {"id": {"_in": ids}}, "pageSize": 1000}
    resource = BY_READ_PLURAL.get(parts[-1])
    if resource is None:
        return None
    return {"id": owner.objects[resource.key]["id"], "pageSize": 1000}


# What each non-directory list returns ids of, to compare with the owner's.
def _owner_ids_by_list(owner: World) -> dict[str, set[Any]]:
    return {
        "/api/v1/files": {owner.file["id"]},
        "/api/v1/event-subscriptions": {owner.subscription["id"]},
        "/api/v1/auth/api-keys": {owner.api_key["id"], owner.tenant.admin_key_id},
        "/api/v1/events": {owner.event_id},
        "/api/v1/records/custom": {owner.custom_type["id"]},
    }


def _foreign_ids(route: Route, answer: Any, owner: World) -> list[str]:
    data = answer.get("data") if isinstance(answer, dict) else None
    if not isinstance(data, list):
        return []
    resource = BY_REST_PLURAL.get(route.template.removeprefix("/api/v1/"))
    theirs = owner.ids[resource.key] if resource else _owner_ids_by_list(owner).get(route.template)
    if not theirs:
        return []
    shown = {item.get("id") for item in data if isinstance(item, dict)}
    return [f"{route} shows {shown & theirs}"] if shown & theirs else []


class TestIdentifiersInBodiesStayInTheirTenant:
    """An id or systemRef of A's inside a write of B's is unknown: 400 naming the field."""

    @pytest.mark.parametrize("resource", REFERRING, ids=lambda resource: resource.key)
    async def test_references_to_the_owners_objects_are_unknown(
        self, owner: World, intruder: TenantHandle, resource: Any
    ) -> None:
        references = {a.name: a.references for a in resource.attrs if a.references}
        body = _required_scalars(resource)
        by_id = body | {name: _id_of(owner, target) for name, target in references.items()}
        response = await intruder.post(f"/api/v1/{resource.rest_plural}", json=by_id)
        assert response.status_code == 400, response.text
        assert _paths(response) == set(references)
        by_ref = body | {
            name: {"pmsRef": owner.objects[target]["pmsRef"]} for name, target in references.items()
        }
        response = await intruder.post(f"/api/v1/{resource.rest_plural}", json=by_ref)
        assert response.status_code == 400, response.text
        assert _paths(response) == set(references)

    async def test_an_update_cannot_point_at_the_owners_objects(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        mine = await intruder.create("clients", {"name": "B's client"})
        office = owner.objects["office"]
        for value in (office["id"], {"pmsRef": office["pmsRef"]}):
            response = await intruder.patch(
                f"/api/v1/clients/{mine['id']}", json={"officeId": value}
            )
            assert response.status_code == 400 and _paths(response) == {"officeId"}
        back = (await ok(await intruder.get(f"/api/v1/clients/{mine['id']}")))["data"]
        assert back["officeId"] is None and back["version"] == 1

    async def test_records_resolve_references_and_system_refs_in_the_callers_tenant(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        before = await snapshot(owner)
        client = owner.objects["client"]
        attempts = [
            {
                "type": "client",
                "systemRef": "B-1",
                "attributes": {"name": "x", "officeId": owner.objects["office"]["id"]},
            },
            {
                "type": "client",
                "systemRef": "B-2",
                "attributes": {
                    "name": "x",
                    "partnerStaffId": {"systemRef": owner.objects["staff"]["pmsRef"]},
                },
            },
            {
                "type": owner.type_name,
                "systemRef": owner.record_ref,
                "attributes": {"title": "hijack"},
            },
        ]
        outcomes = await upsert(intruder, *attempts)
        assert [o["status"] for o in outcomes] == ["FAILED"] * 3
        assert [o["error"]["code"] for o in outcomes] == ["VALIDATION_FAILED"] * 3
        # PUT only updates: A's systemRefs name nothing B holds.
        updates = [
            {"type": "client", "systemRef": client["pmsRef"], "attributes": {"name": "hijack"}},
            {"type": owner.type_name, "systemRef": owner.record_ref, "attributes": {"title": "x"}},
        ]
        outcomes = await upsert(intruder, *updates, put=True)
        assert [o["status"] for o in outcomes] == ["FAILED"] * 2
        assert outcomes[0]["error"]["code"] == "RECORD_NOT_FOUND"
        assert await snapshot(owner) == before

    async def test_custom_records_reference_only_the_callers_objects(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        name = f"b_{tag()}"
        await ok(await intruder.post("/api/v1/records/custom", json=custom_type_body(name)), 201)
        client = owner.objects["client"]
        outcomes = await upsert(
            intruder,
            *[
                {"type": name, "systemRef": f"B-{i}", "attributes": {"title": "t", "client": ref}}
                for i, ref in enumerate([client["id"], {"systemRef": client["pmsRef"]}])
            ],
        )
        assert [_failed_path(o) for o in outcomes] == ["attributes.client"] * 2

    async def test_files_attach_only_to_the_callers_records(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        attachments = [
            {"recordType": "client", "recordId": str(owner.objects["client"]["id"])},
            {"recordType": "client", "systemRef": owner.objects["client"]["pmsRef"]},
            {"recordType": owner.type_name, "systemRef": owner.record_ref},
        ]
        for fields in attachments:
            files = {"file": ("a.txt", b"abc", "text/plain")}
            response = await intruder.api.post(
                "/api/v1/files", files=files, data=fields, headers=intruder.headers
            )
            assert response.status_code == 400, (fields, response.text)
        listed = (await ok(await intruder.get("/api/v1/files")))["data"]
        assert listed == []

    async def test_types_and_subscriptions_cannot_name_the_owners_custom_type(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        reference = custom_type_body("b_refers") | {
            "fields": [
                {"name": "other", "type": "reference", "referencedEntityType": owner.type_name}
            ]
        }
        response = await intruder.post("/api/v1/records/custom", json=reference)
        assert response.status_code == 400
        assert _paths(response) == {"fields[0].referencedEntityType"}
        subscribe = {
            "entityType": owner.type_name,
            "operation": "CREATE",
            "deliveryUrl": "https://b.example/hook",
        }
        response = await intruder.post("/api/v1/event-subscriptions", json=subscribe)
        assert response.status_code == 400 and _paths(response) == {"entityType"}

    async def test_api_keys_cannot_carry_the_owners_staff(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        body = {"name": "x", "roles": ["API_USER"], "staffId": owner.objects["staff"]["id"]}
        response = await intruder.post("/api/v1/auth/api-keys", json=body)
        assert response.status_code == 400 and _paths(response) == {"staffId"}


class TestSharedMechanismsAreKeyedByTenant:
    async def test_an_idempotency_key_never_replays_another_tenants_answer(
        self, owner: World, intruder: TenantHandle
    ) -> None:
        # A's answer here is a signed download link to A's file: replaying it to B would hand
        # B the file. B must get its own answer to the same request: 404.
        path = f"/api/v1/files/{owner.file['id']}/download-url"
        headers = {"Idempotency-Key": f"shared-{tag()}"}
        mine = await owner.tenant.post(path, json={"expiresIn": 60}, headers=headers)
        assert mine.status_code == 200
        theirs = await intruder.post(path, json={"expiresIn": 60}, headers=headers)
        assert _is_not_found(theirs) and "Idempotent-Replayed" not in theirs.headers
        again = await owner.tenant.post(path, json={"expiresIn": 60}, headers=headers)
        assert again.json() == mine.json()

    async def test_webhooks_carry_only_their_own_tenants_events(
        self, shared_settings: Settings, owner: World, intruder: TenantHandle
    ) -> None:
        # Both tenants subscribe a real receiver to the same event and both change a client; a
        # worker serving both must send each tenant's event to that tenant's URL only. The
        # delivery logs cannot show this (each is read within its tenant), so the receiver does.
        # Development mode lets the worker reach the receiver over http on this machine.
        dev = create_app(shared_settings.model_copy(update={"webhooks_allow_insecure": True}))
        tenants = (owner.tenant, intruder)
        try:
            async with running_receiver() as receiver, Api.for_app(dev) as api:
                clients = {
                    t.slug: await _hooked_client(api, t, receiver.url(f"/{t.slug}"))
                    for t in tenants
                }
                await _drain_until(
                    dev, tenants, lambda: all(receiver.at(f"/{t.slug}") for t in tenants)
                )
                for tenant in tenants:
                    sent = [request.json() for request in receiver.at(f"/{tenant.slug}")]
                    assert [(e["tenant"], e["entityId"]) for e in sent] == [
                        (tenant.slug, clients[tenant.slug])
                    ]
        finally:
            await dev.state.ctx.aclose()


async def _hooked_client(api: Api, tenant: TenantHandle, url: str) -> int:
    """Subscribe `url` to client updates, then create and update a client: the id to expect."""
    body = {"entityType": "client", "operation": "UPDATE", "deliveryUrl": url}
    subscribed = await api.post("/api/v1/event-subscriptions", json=body, headers=tenant.headers)
    await ok(subscribed, 201)
    client = await tenant.create("clients", {"name": "Hooked"})
    await ok(await tenant.patch(f"/api/v1/clients/{client['id']}", json={"name": "Changed"}))
    client_id: int = client["id"]
    return client_id


async def _drain_until(
    app: FastAPI, tenants: tuple[TenantHandle, ...], done: Callable[[], bool]
) -> None:
    """Run a worker serving `tenants` until `done()`, then once more so that anything sent
    where it should not be has arrived too. On PostgreSQL a transaction still open elsewhere
    (another test's) holds the feed back for a moment, so one pass may find nothing yet."""
    ctx = app.state.ctx
    worker = Worker(ctx.db, ctx.settings, tenants=frozenset(t.id for t in tenants))
    deadline = time.monotonic() + 20
    try:
        while not done():
            assert time.monotonic() < deadline, "the worker never delivered"
            await worker.drain()
            await anyio.sleep(0.02)
        await worker.drain()
    finally:
        await worker.aclose()


class TestSameNamesInTwoTenants:
    """A custom type of B named like A's is B's alone: its records, its fields, its files."""

    async def test_a_type_of_the_same_name_reaches_only_its_own_records(
        self, shared_app: FastAPI, shared_api: Api, owner: World
    ) -> None:
        twin = await make_tenant(shared_app, shared_api)
        body = custom_type_body(owner.type_name) | {
            "fields": [{"name": "title", "type": "string"}, {"name": "twin", "type": "boolean"}]
        }
        await ok(await twin.post("/api/v1/records/custom", json=body), 201)
        [outcome] = await upsert(
            twin, {"type": owner.type_name, "systemRef": "T-1", "attributes": {"twin": True}}
        )
        assert outcome["status"] == "SUCCESS"
        found = await twin.post(
            f"/api/v1/records/{owner.type_name}/search", json={"pageSize": 1000}
        )
        assert [r["systemRef"] for r in (await ok(found))["data"]] == ["T-1"]
        assert (
            await twin.get(f"/api/v1/records/{owner.type_name}/{owner.record_ref}")
        ).status_code == 404
        described = (await ok(await twin.get(f"/api/v1/records/types/{owner.type_name}")))["data"]
        assert [f["name"] for f in described["fields"]] == ["title", "twin"]
        params = {"recordType": owner.type_name, "systemRef": owner.record_ref}
        assert (await ok(await twin.get("/api/v1/files", params=params)))["data"] == []
        # A's record is untouched by B's same-named type.
        mine = await owner.tenant.get(f"/api/v1/records/{owner.type_name}/{owner.record_ref}")
        assert (await ok(mine))["data"] == owner.record


def _required_scalars(resource: Any) -> dict[str, Any]:
    """Values for the required fields that are not references (those are under test)."""
    values: dict[str, Any] = {}
    for attr in resource.attrs:
        if attr.required and not attr.references:
            values[attr.name] = attr.enum_values[0] if attr.enum_values else "x"
    return values


def _id_of(owner: World, key: str) -> int:
    value: int = owner.objects[key]["id"]
    return value


def _failed_path(outcome: dict[str, Any]) -> str:
    assert outcome["status"] == "FAILED", outcome
    assert outcome["error"]["code"] == "VALIDATION_FAILED", outcome
    [path] = {detail["path"] for detail in outcome["error"]["details"]}
    return str(path)


def _paths(response: httpx.Response) -> set[str]:
    return {detail["path"] for detail in response.json()["error"].get("details", [])}
