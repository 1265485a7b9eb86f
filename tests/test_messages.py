"""Answers that say what happened: the error names the mistake, not a symptom of it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from openwyn.kit.articles import indefinite
from tests.fixtures.api import Api, TenantHandle
from tests.fixtures.events import caught_up

pytestmark = pytest.mark.anyio


def _error(response: httpx.Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    return error


async def _custom_type(tenant: TenantHandle, name: str = "note") -> None:
    body = {"name": name, "fields": [{"name": "text", "type": "string"}]}
    response = await tenant.post("/api/v1/records/custom", json=body)
    assert response.status_code == 201, response.text


class TestTheSearchRouteTakesPost:
    @pytest.mark.parametrize("method", ["GET", "DELETE", "PUT"])
    async def test_another_method_is_405_naming_post(
        self, tenant: TenantHandle, method: str
    ) -> None:
        await _custom_type(tenant)
        response = await tenant.api.request(
            method, "/api/v1/records/note/search", headers=tenant.headers
        )
        assert response.status_code == 405
        assert response.headers["Allow"] == "POST"
        assert _error(response)["code"] == "METHOD_NOT_ALLOWED"
        assert "POST" in _error(response)["message"]
        assert response.headers["X-Request-Id"] == response.json()["meta"]["requestId"]

    async def test_without_a_token_it_is_401_first(self, api: Api) -> None:
        response = await api.get("/api/v1/records/note/search")
        assert response.status_code == 401

    async def test_post_still_searches(self, tenant: TenantHandle) -> None:
        await _custom_type(tenant)
        response = await tenant.post("/api/v1/records/note/search", json={})
        assert response.status_code == 200, response.text

    async def test_other_system_refs_are_still_read_by_path(self, tenant: TenantHandle) -> None:
        record = {"type": "client", "systemRef": "S-1", "attributes": {"name": "Searchless"}}
        await tenant.post("/api/v1/records", json={"records": [record]})
        assert (await tenant.get("/api/v1/records/client/S-1")).status_code == 200


class TestUploadsSayTheyAreMultipart:
    @pytest.mark.parametrize(
        ("headers", "named"),
        [
            ({"Content-Type": "application/json"}, "not application/json"),
            ({}, "without a Content-Type"),
        ],
    )
    async def test_an_upload_that_is_not_a_form_is_415_naming_multipart(
        self, tenant: TenantHandle, headers: dict[str, str], named: str
    ) -> None:
        response = await tenant.post("/api/v1/files", content=b'{"file": "abc"}', headers=headers)
        assert response.status_code == 415
        message = _error(response)["message"]
        assert "multipart/form-data" in message and named in message

    async def test_a_form_upload_is_taken(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/api/v1/files", files={"file": ("a.txt", b"abc")})
        assert response.status_code == 201, response.text


class TestIdsMustBeIntegers:
    async def test_a_non_integer_id_is_400_naming_the_path_parameter(
        self, tenant: TenantHandle
    ) -> None:
        response = await tenant.get("/api/v1/clients/abc")
        assert response.status_code == 400
        error = _error(response)
        assert error["code"] == "VALIDATION_FAILED"
        assert error["details"] == [{"path": "id", "message": "must be an integer, not 'abc'"}]

    async def test_it_holds_for_nested_routes_and_other_methods(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/api/v1/event-subscriptions/x1/reactivate", json={})
        assert response.status_code in (400, 404)
        deleted = await tenant.delete("/api/v1/clients/1.5")
        assert deleted.status_code == 400
        assert _error(deleted)["details"][0]["path"] == "id"

    async def test_a_path_no_route_has_is_still_404(self, tenant: TenantHandle) -> None:
        response = await tenant.get("/api/v1/clientz/abc")
        assert response.status_code == 404
        assert _error(response)["message"] == "No such route."

    async def test_a_method_the_route_does_not_serve_is_not_blamed_on_the_id(
        self, tenant: TenantHandle
    ) -> None:
        response = await tenant.post("/api/v1/clients/abc", json={})
        assert response.status_code in (404, 405)


class TestArticles:
    @pytest.mark.parametrize(
        ("noun", "phrase"),
        [
            ("industry", "an industry"),
            ("office", "an office"),
            ("client", "a client"),
            ("user", "a user"),
            ("unit", "a unit"),
            ("hour", "an hour"),
            ("enum", "an enum"),
        ],
    )
    def test_a_noun_takes_the_article_it_is_pronounced_with(self, noun: str, phrase: str) -> None:
        assert indefinite(noun) == phrase

    async def test_the_event_catalog_says_an_industry(self, tenant: TenantHandle) -> None:
        response = await tenant.get("/api/v1/event-subscriptions/catalog")
        descriptions = {
            (entry["entityType"], entry["operation"]): entry["description"]
            for entry in response.json()["data"]
        }
        assert descriptions[("industry", "CREATE")] == "An industry was created."
        assert descriptions[("office", "UPDATE")].startswith("An office was updated")
        assert descriptions[("client", "CREATE")] == "A client was created."

    async def test_the_document_says_an_industry(self, app: FastAPI) -> None:
        summaries = [
            operation.get("summary", "")
            for path in app.openapi()["paths"].values()
            for operation in path.values()
        ]
        assert "Create an Industry" in summaries
        assert not [s for s in summaries if " a Industry" in s or " a Office" in s]


class TestRevokingTwice:
    async def test_revoking_a_revoked_key_is_409_saying_so(self, tenant: TenantHandle) -> None:
        created = await tenant.post(
            "/api/v1/auth/api-keys", json={"name": "spare", "roles": ["API_USER"]}
        )
        key_id = created.json()["data"]["id"]
        assert (await tenant.delete(f"/api/v1/auth/api-keys/{key_id}")).status_code == 204
        again = await tenant.delete(f"/api/v1/auth/api-keys/{key_id}")
        assert again.status_code == 409
        assert _error(again)["message"] == f"API key {key_id} is already revoked."

    async def test_revoking_a_key_that_never_was_is_404(self, tenant: TenantHandle) -> None:
        response = await tenant.delete("/api/v1/auth/api-keys/999999")
        assert response.status_code == 404
        assert _error(response)["message"] == "No API key 999999."

    async def test_another_tenants_key_is_404_not_409(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await other_tenant.delete(f"/api/v1/auth/api-keys/{other_tenant.admin_key_id}")
        response = await tenant.delete(f"/api/v1/auth/api-keys/{other_tenant.admin_key_id}")
        assert response.status_code == 404


class TestTheHomePage:
    async def test_the_root_redirects_to_the_docs(self, api: Api) -> None:
        response = await api.get("/")
        assert response.status_code == 307
        assert response.headers["Location"] == "/docs"
        assert (await api.get("/docs")).status_code == 200


class TestFeedParameters:
    async def test_page_size_pages_the_feed(self, tenant: TenantHandle) -> None:
        for name in ("One", "Two", "Three"):
            await tenant.create("clients", {"name": name})
        await caught_up(tenant)
        first = await tenant.get("/api/v1/events", params={"pageSize": 2})
        assert first.status_code == 200, first.text
        assert len(first.json()["data"]) == 2
        assert first.json()["meta"]["pageInfo"]["hasNextPage"] is True

    async def test_limit_is_still_taken_but_not_against_page_size(
        self, tenant: TenantHandle
    ) -> None:
        assert (await tenant.get("/api/v1/events", params={"limit": 2})).status_code == 200
        both = await tenant.get("/api/v1/events", params={"limit": 2, "pageSize": 3})
        assert both.status_code == 400
        assert _error(both)["details"][0]["path"] == "pageSize"

    async def test_an_unknown_parameter_is_400_naming_it(self, tenant: TenantHandle) -> None:
        response = await tenant.get("/api/v1/events", params={"page_size": 2, "cursor": "x"})
        assert response.status_code == 400
        paths = [detail["path"] for detail in _error(response)["details"]]
        assert paths == ["cursor", "page_size"]

    async def test_an_unknown_entity_type_is_400(self, tenant: TenantHandle) -> None:
        response = await tenant.get("/api/v1/events", params={"entityType": "clients"})
        assert response.status_code == 400
        assert _error(response)["details"][0]["path"] == "entityType"

    async def test_a_known_entity_type_filters(self, tenant: TenantHandle) -> None:
        await _custom_type(tenant)
        await tenant.create("clients", {"name": "Filtered"})
        await caught_up(tenant)
        for entity_type in ("client", "note"):
            response = await tenant.get("/api/v1/events", params={"entityType": entity_type})
            assert response.status_code == 200, response.text
            assert {event["entityType"] for event in response.json()["data"]} <= {entity_type}
        clients = await tenant.get("/api/v1/events", params={"entityType": "client"})
        assert [event["data"]["name"] for event in clients.json()["data"]] == ["Filtered"]
