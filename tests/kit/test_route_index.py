"""The path index in front of FastAPI's route walk picks exactly the route FastAPI would."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from starlette.routing import BaseRoute, Match

from openwyn.kit.route_index import head, heads_of, route_head
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
# Paths no route serves, or served only through a redirect or a partial match.
ODD_PATHS = [
    "/",
    "/nope",
    "/gql",
    "/gql/v1",
    "/gql/v1/",
    "/gql/v1/clients/",
    "/gql/v1/client/abc",
    "/gql/v1/client/1/extra",
    "/v1/client/1/",
    "/api/v1/clients/1/",
    "/api/v1/records/client/search/",
    "/healthz/",
    "/docs-assets/swagger-ui.css",
    "/GQL/v1/clients",
    "//gql/v1/clients",
]


def test_head_of_a_path() -> None:
    assert head("/gql/v1/client/7/x") == "/gql/v1/client"
    assert head("/gql/v1/clients/") == "/gql/v1/clients"
    assert head("/healthz") == "/healthz"
    assert head("/") == "/"
    assert head("/v1/client/7", 2) == "/v1/client"


def test_head_of_a_route_stops_at_its_first_parameter() -> None:
    assert route_head("/gql/v1/client/{id:int}") == "/gql/v1/client"
    assert route_head("/v1/client/{id}") == "/v1/client"
    assert route_head("/api/v1/records/{type}/search") == "/api/v1/records"
    assert route_head("/{anything:path}") is None
    assert heads_of(["/a/b/c/{id}", "/{x}"]) is None


def _concrete(path_format: str) -> str:
    path = re.sub(r"\{[^}]*:path\}", "a/b", path_format)
    return re.sub(r"\{[^}]*\}", "1", path)


def _request_paths(app: FastAPI) -> list[str]:
    paths = set(ODD_PATHS)
    for route in app.router.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        formats = [c.path_format for c in contexts()] if contexts else [getattr(route, "path", "")]
        for path_format in formats:
            path = _concrete(path_format)
            paths |= {path, path + "/", path + "/x"}
    return sorted(paths)


def _selected(routes: list[BaseRoute], scope: dict[str, Any], indexed: bool) -> Any:
    """The route FastAPI's walk picks (the first full match, else the first partial one)."""
    partial = None
    for route in routes:
        matches = route.matches if indexed else type(route).matches.__get__(route)
        match, _ = matches(dict(scope))
        if match is Match.FULL:
            return route, Match.FULL
        if match is Match.PARTIAL and partial is None:
            partial = (route, Match.PARTIAL)
    return partial


async def test_every_included_router_is_indexed(app: FastAPI) -> None:
    included = [r for r in app.router.routes if hasattr(r, "effective_route_contexts")]
    assert len(included) > 40
    assert all(r.matches.__name__ == "guarded_matches" for r in included)


@pytest.mark.parametrize("root_path", ["", "/behind-proxy"])
async def test_the_index_picks_the_route_the_full_walk_picks(app: FastAPI, root_path: str) -> None:
    routes = list(app.router.routes)
    checked = 0
    for path in _request_paths(app):
        for method in METHODS:
            scope = {
                "type": "http",
                "method": method,
                "path": root_path + path,
                "root_path": root_path,
                "headers": [],
            }
            assert _selected(routes, scope, True) == _selected(routes, scope, False), (method, path)
            checked += 1
    assert checked > 1000


async def test_requests_still_reach_their_routes_through_the_index(tenant: TenantHandle) -> None:
    client_id = (await tenant.create("clients", {"name": "Indexed"}))["id"]
    for path in (f"/gql/v1/client/{client_id}", f"/v1/client/{client_id}"):
        assert (await tenant.get(path)).json()["name"] == "Indexed"
    wrong_method = await tenant.delete("/gql/v1/clients/search")
    assert wrong_method.status_code == 405
    assert "POST" in wrong_method.headers["Allow"]
    assert (await tenant.get("/gql/v1/nothing-here")).status_code == 404
