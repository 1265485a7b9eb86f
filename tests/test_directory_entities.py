"""Every directory entity (contract §6) through the same checks, driven by its declaration.

Each test runs once per entity; the fields it checks come from the entity's `Resource`, so a
field added to a declaration is searched, sorted and compared here with no new test code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from openwyn.directory import DIRECTORY
from openwyn.kit.query import Kind
from openwyn.kit.resource import REGISTRY, Attr, Resource
from tests.fixtures.api import TenantHandle
from tests.fixtures.directory import UPDATES, body_for, make

pytestmark = pytest.mark.anyio

ENTITIES = [pytest.param(resource, id=resource.key) for resource in DIRECTORY]
SCALAR_KINDS = (Kind.INT, Kind.STR, Kind.BOOL, Kind.DECIMAL, Kind.DATE, Kind.DATETIME, Kind.ENUM)


def _field_cases(wanted: Callable[[Attr], bool]) -> list[Any]:
    """One case per (entity, field) that `wanted` picks: a test runs only where it has
    something to check. An empty list would pass without checking anything, so it fails the
    collection instead."""
    cases = [
        pytest.param(resource, attr, id=f"{resource.key}.{attr.name}")
        for resource in DIRECTORY
        for attr in resource.attrs
        if wanted(attr)
    ]
    if not cases:
        raise AssertionError("no directory field fits this test: its cases are derived wrongly")
    return cases


REFERENCES = _field_cases(lambda attr: attr.references is not None)
PMS_REFERENCES = _field_cases(
    lambda attr: attr.references is not None and REGISTRY[attr.references].from_pms
)


def _scalars(resource: Resource) -> list[Attr]:
    return [a for a in resource.attrs if a.filterable and a.kind in SCALAR_KINDS]


async def _search(tenant: TenantHandle, resource: Resource, body: dict[str, Any]) -> list[Any]:
    response = await tenant.post(f"/gql/v1/{resource.read_plural}/search", json=body)
    assert response.status_code == 200, response.text
    return [row["id"] for row in response.json()[resource.collection_key]]


def _comparable(kind: Kind, value: Any) -> Any:
    if kind is Kind.DECIMAL:
        return Decimal(str(value))
    if kind is Kind.DATETIME and value is not None:
        # As instants: a timestamp on a whole second is written without `.000`, so its text
        # sorts after a later one of the same second (`...:00Z` > `...:00.123Z`).
        return datetime.fromisoformat(value)
    return value


@pytest.mark.parametrize("resource", ENTITIES)
async def test_create_then_read_through_both_families(
    tenant: TenantHandle, resource: Resource
) -> None:
    body = await body_for(tenant, resource.key)
    created = await tenant.create(resource.rest_plural, body)
    for name, sent in body.items():
        kind = resource.by_name[name].kind
        assert _comparable(kind, created[name]) == _comparable(kind, sent), name
    assert created["version"] == 1
    paths = [
        f"/api/v1/{resource.rest_plural}/{created['id']}",
        f"/gql/v1/{resource.read_singular}/{created['id']}",
        f"/v1/{resource.read_singular}/{created['id']}",
    ]
    for path in paths:
        response = await tenant.get(path)
        assert response.status_code == 200, path
        read = response.json()
        assert (read["data"] if path.startswith("/api") else read) == created
        assert response.headers["ETag"] == '"1"'
    lean = {attr.name: created[attr.name] for attr in resource.attrs if attr.listed}
    listed = await tenant.post(f"/gql/v1/{resource.read_plural}", json={"id": created["id"]})
    assert listed.json()[resource.collection_key] == [lean]
    rest = await tenant.get(f"/api/v1/{resource.rest_plural}", params={"pageSize": 1000})
    assert lean in rest.json()["data"]


@pytest.mark.parametrize("resource", ENTITIES)
async def test_an_update_changes_only_the_sent_fields(
    tenant: TenantHandle, resource: Resource
) -> None:
    created = await make(tenant, resource.key)
    change = UPDATES[resource.key]
    response = await tenant.patch(f"/api/v1/{resource.rest_plural}/{created['id']}", json=change)
    assert response.status_code == 200, response.text
    updated = response.json()["data"]
    assert updated["version"] == 2
    for name, value in created.items():
        if name in change:
            kind = resource.by_name[name].kind
            assert _comparable(kind, updated[name]) == _comparable(kind, change[name]), name
        elif name not in ("version", "updatedAt"):
            assert updated[name] == value, name


@pytest.mark.parametrize("resource", ENTITIES)
async def test_every_filterable_field_finds_its_row(
    tenant: TenantHandle, resource: Resource
) -> None:
    # Variant 1 fills every field, references to the same kind (parent, manager) included.
    first, second = await make(tenant, resource.key, 1), await make(tenant, resource.key, 0)
    for attr in _scalars(resource):
        value = first[attr.name]
        assert value is not None, f"the sample leaves {attr.name} empty"
        found = await _search(tenant, resource, {"where": {attr.name: {"_eq": value}}})
        assert first["id"] in found, attr.name
        if second[attr.name] != value:
            assert second["id"] not in found, attr.name
        if attr.kind is not Kind.DATETIME:
            listed = await tenant.post(
                f"/gql/v1/{resource.read_plural}", json={attr.name: value, "pageSize": 1000}
            )
            assert first["id"] in [row["id"] for row in listed.json()[resource.collection_key]]
    for attr in (a for a in resource.attrs if a.kind is Kind.OBJECT and a.filterable):
        if first[attr.name] is None:  # a contact info's address is only for ADDRESS
            continue
        city = first[attr.name]["city"]
        where = {attr.name: {"city": {"_eq": city}}}
        assert await _search(tenant, resource, {"where": where}) == [first["id"]], attr.name


@pytest.mark.parametrize("resource", ENTITIES)
async def test_every_sortable_field_sorts_both_ways(
    tenant: TenantHandle, resource: Resource
) -> None:
    first, second = await make(tenant, resource.key, 0), await make(tenant, resource.key, 1)
    pair = {"id": {"_in": [first["id"], second["id"]]}}
    for attr in _scalars(resource):
        if not attr.sortable:
            continue
        a, b = (_comparable(attr.kind, row[attr.name]) for row in (first, second))
        ascending = await _search(
            tenant, resource, {"where": pair, "orderBy": [{attr.name: "asc"}]}
        )
        descending = await _search(
            tenant, resource, {"where": pair, "orderBy": [{attr.name: "desc"}]}
        )
        if a != b:
            # Plain asc puts nulls last, as PostgreSQL does.
            a_first = b is None or (a is not None and a < b)
            expected = [first["id"], second["id"]] if a_first else [second["id"], first["id"]]
            assert ascending == expected, attr.name
            assert descending == expected[::-1], attr.name
    for attr in resource.attrs:
        if not attr.sortable or attr.kind in (Kind.OBJECT, Kind.MAP):
            body = {"orderBy": [{attr.name: "asc"}]}
            response = await tenant.post(f"/gql/v1/{resource.read_plural}/search", json=body)
            assert response.status_code == 400, attr.name


@pytest.mark.parametrize("resource", ENTITIES)
async def test_removal_deactivates_or_deletes(tenant: TenantHandle, resource: Resource) -> None:
    created = await make(tenant, resource.key)
    path = f"/api/v1/{resource.rest_plural}/{created['id']}"
    removed = await tenant.delete(path)
    if resource.has_active:
        assert removed.status_code == 200
        assert removed.json()["data"]["active"] is False
        everyone = {"where": {"id": {"_eq": created["id"]}}}
        assert await _search(tenant, resource, everyone) == [created["id"]]
        inactive = {"where": {"id": {"_eq": created["id"]}, "active": {"_eq": False}}}
        assert await _search(tenant, resource, inactive) == [created["id"]]
        active = {"where": {"id": {"_eq": created["id"]}, "active": {"_eq": True}}}
        assert await _search(tenant, resource, active) == []
        restored = await tenant.post(f"{path}/reactivate")
        assert restored.status_code == 200
        assert restored.json()["data"]["active"] is True
        assert (await tenant.get(path)).json()["data"]["version"] == 3
    else:
        assert removed.status_code == 204
        assert (await tenant.get(path)).status_code == 404
        assert (await tenant.post(f"{path}/reactivate")).status_code in (404, 405)
        assert (await tenant.delete(path)).status_code == 404


@pytest.mark.parametrize("resource", ENTITIES)
async def test_another_tenant_sees_nothing_on_any_route(
    tenant: TenantHandle, other_tenant: TenantHandle, resource: Resource
) -> None:
    created = await make(tenant, resource.key)
    rest = f"/api/v1/{resource.rest_plural}/{created['id']}"
    answers = [
        await other_tenant.get(rest),
        await other_tenant.patch(rest, json=UPDATES[resource.key]),
        await other_tenant.delete(rest),
        await other_tenant.get(f"/gql/v1/{resource.read_singular}/{created['id']}"),
        await other_tenant.get(f"/v1/{resource.read_singular}/{created['id']}"),
    ]
    if resource.has_active:
        answers.append(await other_tenant.post(f"{rest}/reactivate"))
    assert [answer.status_code for answer in answers] == [404] * len(answers)
    everything = {"where": {"id": {"_eq": created["id"]}, "active": {"_in": [True, False]}}}
    if not resource.has_active:
        everything["where"].pop("active")
    assert await _search(other_tenant, resource, everything) == []
    listed = await other_tenant.get(f"/api/v1/{resource.rest_plural}")
    assert created["id"] not in [row["id"] for row in listed.json()["data"]]
    # The owner's object is untouched.
    assert (await tenant.get(rest)).json()["data"] == created


@pytest.mark.parametrize(("resource", "attr"), REFERENCES)
async def test_references_must_exist_in_the_callers_tenant(
    tenant: TenantHandle, other_tenant: TenantHandle, resource: Resource, attr: Attr
) -> None:
    assert attr.references is not None
    foreign = await make(other_tenant, attr.references)
    for missing in (foreign["id"], 2**40):
        body = await body_for(tenant, resource.key) | {attr.name: missing}
        response = await tenant.post(f"/api/v1/{resource.rest_plural}", json=body)
        assert response.status_code == 400, attr.name
        assert {"path": attr.name} in [
            {"path": d["path"]} for d in response.json()["error"]["details"]
        ]
    existing = await make(tenant, resource.key)
    path = f"/api/v1/{resource.rest_plural}/{existing['id']}"
    patched = await tenant.patch(path, json={attr.name: foreign["id"]})
    assert patched.status_code == 400, attr.name
    assert (await tenant.get(path)).json()["data"] == existing


@pytest.mark.parametrize("resource", ENTITIES)
async def test_unique_values_conflict_within_a_tenant_only(
    tenant: TenantHandle, other_tenant: TenantHandle, resource: Resource
) -> None:
    for attr in (a for a in resource.attrs if a.unique):
        first = await make(tenant, resource.key)
        taken = {attr.name: first[attr.name]}
        body = await body_for(tenant, resource.key, 1) | taken
        response = await tenant.post(f"/api/v1/{resource.rest_plural}", json=body)
        assert response.status_code == 409, attr.name
        assert response.json()["error"]["details"][0]["path"] == attr.name
        second = await make(tenant, resource.key, 1)
        path = f"/api/v1/{resource.rest_plural}/{second['id']}"
        assert (await tenant.patch(path, json=taken)).status_code == 409, attr.name
        assert (await tenant.get(path)).json()["data"] == second
        await make(other_tenant, resource.key, 0, **taken)


@pytest.mark.parametrize("resource", ENTITIES)
async def test_required_fields_and_strict_types(tenant: TenantHandle, resource: Resource) -> None:
    body = await body_for(tenant, resource.key)
    plural = f"/api/v1/{resource.rest_plural}"
    for attr in (a for a in resource.attrs if a.required):
        response = await tenant.post(plural, json={k: v for k, v in body.items() if k != attr.name})
        assert response.status_code == 400, attr.name
        assert attr.name in [d["path"] for d in response.json()["error"]["details"]]
    for field in ("id", "tenantId", "createdAt", "updatedAt", "version", "unknownField"):
        response = await tenant.post(plural, json=body | {field: 1})
        assert response.status_code == 400, field
    for attr in (a for a in resource.writable if a.kind in (Kind.INT, Kind.BOOL, Kind.DATE)):
        response = await tenant.post(plural, json=body | {attr.name: "not-a-value"})
        assert response.status_code == 400, attr.name
    # Nothing was written by the refused requests (the sample's own references aside).
    listed = await tenant.get(plural, params={"pageSize": 1000})
    assert listed.json()["meta"]["pagination"]["total"] == 0


def _admits_null(schema: dict[str, Any]) -> bool:
    """Whether a field's schema lets the field itself be null (its alternatives included, the
    members of an object it may be not: a reference's object systemRef may hold nulls)."""
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    alternatives = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    return any(_admits_null(alternative) for alternative in alternatives)


def _never_null(resource: Resource) -> list[Attr]:
    """Writable fields whose column holds no null (required ones, and those with a default)."""
    return [a for a in resource.writable if not resource.table.c[a.column_name].nullable]


@pytest.mark.parametrize("resource", ENTITIES)
async def test_null_where_the_column_holds_none_is_400_naming_the_field(
    tenant: TenantHandle, resource: Resource
) -> None:
    body = await body_for(tenant, resource.key)
    plural = f"/api/v1/{resource.rest_plural}"
    created = await tenant.create(resource.rest_plural, body)
    for attr in _never_null(resource):
        created_null = await tenant.post(plural, json=body | {attr.name: None})
        updated_null = await tenant.patch(f"{plural}/{created['id']}", json={attr.name: None})
        for response in (created_null, updated_null):
            assert response.status_code == 400, (attr.name, response.text)
            assert attr.name in [d["path"] for d in response.json()["error"]["details"]]
    schema = (await tenant.get("/openapi.json")).json()["components"]["schemas"]
    for name in (f"{resource.models.create.__name__}", f"{resource.models.update.__name__}"):
        properties = schema[name]["properties"]
        for attr in _never_null(resource):
            assert not _admits_null(properties[attr.name]), (name, attr.name)
    assert (await tenant.get(f"{plural}/{created['id']}")).json()["data"] == created


@pytest.mark.parametrize(("resource", "attr"), PMS_REFERENCES)
async def test_references_may_name_their_target_by_pms_ref(
    tenant: TenantHandle, other_tenant: TenantHandle, resource: Resource, attr: Attr
) -> None:
    assert attr.references is not None
    plural = f"/api/v1/{resource.rest_plural}"
    target = await make(tenant, attr.references)
    foreign = await make(other_tenant, attr.references)
    body = await body_for(tenant, resource.key)
    created = await tenant.create(
        resource.rest_plural, body | {attr.name: {"pmsRef": target["pmsRef"]}}
    )
    assert created[attr.name] == target["id"], attr.name
    for unknown in (foreign["pmsRef"], "no-such-ref"):
        response = await tenant.post(plural, json=body | {attr.name: {"pmsRef": unknown}})
        assert response.status_code == 400, attr.name
        assert response.json()["error"]["details"][0]["path"] == attr.name
    patched = await tenant.patch(
        f"{plural}/{created['id']}", json={attr.name: {"pmsRef": "no-such-ref"}}
    )
    assert patched.status_code == 400, attr.name


@pytest.mark.parametrize("resource", ENTITIES)
async def test_text_fits_its_column_on_both_databases(
    tenant: TenantHandle, resource: Resource
) -> None:
    body = await body_for(tenant, resource.key)
    for attr in (a for a in resource.writable if a.kind is Kind.STR):
        length = resource.table.c[attr.column_name].type.length  # type: ignore[attr-defined]
        response = await tenant.post(
            f"/api/v1/{resource.rest_plural}", json=body | {attr.name: "x" * (length + 1)}
        )
        assert response.status_code == 400, attr.name
        if attr.input_type is not None:  # emails, URLs, time zones: a run of x is no example
            continue
        created = await tenant.create(resource.rest_plural, body | {attr.name: "é" * length})
        assert created[attr.name] == "é" * length
        body = await body_for(tenant, resource.key)  # unique values are now taken
