"""The head checks in front of FastAPI's route walk leave FastAPI picking exactly the route it
would pick without them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from starlette.routing import BaseRoute, Match

from openwyn import api
from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.kit.route_heads import HeadGuard, guard_for, head, heads_of, route_head
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
    for path_format in [path for path, _ in app.state.route_table.routes()] + ["/docs-assets"]:
        path = _concrete(path_format)
        paths |= {path, path + "/", path + "/x"}
    return sorted(paths)


def _selected(routes: list[BaseRoute], scope: dict[str, Any]) -> Any:
    """Where FastAPI's walk stops: the first full match, else the first partial one (by its
    place among the app's routes, which the guarded and the plain app hold in the same
    order)."""
    partial = None
    for place, route in enumerate(routes):
        match, _ = route.matches(dict(scope))
        if match is Match.FULL:
            return place, Match.FULL
        if match is Match.PARTIAL and partial is None:
            partial = (place, Match.PARTIAL)
    return partial


async def test_every_prefixed_router_is_guarded(app: FastAPI) -> None:
    guards = [
        included
        for included in app.state.route_table.included
        if isinstance(guard_for(included.router, included.prefix), HeadGuard)
    ]
    assert len(guards) > 50
    assert guard_for(api.service_router, "") is None  # no prefix: included as it is
    assert all(guard_for(g.router, g.prefix) is guard_for(g.router, g.prefix) for g in guards)


@pytest.mark.parametrize("root_path", ["", "/behind-proxy"])
async def test_the_guards_leave_the_route_the_full_walk_picks(
    app: FastAPI, settings: Settings, monkeypatch: pytest.MonkeyPatch, root_path: str
) -> None:
    monkeypatch.setattr(api, "guard_for", lambda router, prefix: None)
    unguarded = create_app(settings)
    guarded_routes, plain_routes = list(app.router.routes), list(unguarded.router.routes)
    assert len(guarded_routes) == len(plain_routes)
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
            expected = _selected(plain_routes, scope)
            assert _selected(guarded_routes, scope) == expected, (method, path)
            checked += 1
    assert checked > 1000


def test_a_guard_says_no_at_once_to_a_path_of_another_head() -> None:
    guard = guard_for(api.service_router.__class__(), "/x")  # an empty router: no heads
    assert isinstance(guard, HeadGuard) and guard.heads == frozenset()
    scope = {"type": "http", "method": "GET", "path": "/x/y", "root_path": "", "headers": []}
    assert guard.matches(scope) == (Match.NONE, {})


async def test_requests_still_reach_their_routes_through_the_guards(tenant: TenantHandle) -> None:
    client_id = (await tenant.create("clients", {"name": "Indexed"}))["id"]
    for path in (f"/gql/v1/client/{client_id}", f"/v1/client/{client_id}"):
        assert (await tenant.get(path)).json()["name"] == "Indexed"
    wrong_method = await tenant.delete("/gql/v1/clients/search")
    assert wrong_method.status_code == 405
    assert "POST" in wrong_method.headers["Allow"]
    assert (await tenant.get("/gql/v1/nothing-here")).status_code == 404
    assert (await tenant.get("/gql/v1/client/abc")).status_code == 400  # the 404's hint
