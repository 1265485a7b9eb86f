"""The direct lanes for gets by id, for searches and for the records batch, in front of FastAPI,
answer exactly what FastAPI's route answers; they are read from the routers as Openwyn includes
them and refuse any endpoint whose checks they could skip.

No postponed annotations: the endpoints declared here name local types, which FastAPI and the
lane read as objects.
"""

import json
from dataclasses import replace
from typing import Annotated, Any

import httpx
import pytest
from fastapi import APIRouter, Body, FastAPI, Path, params
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.auth.roles import Role
from openwyn.edge import EdgeMiddleware
from openwyn.kit.front import (
    BodyLane,
    DirectLanes,
    RouteTable,
    body_lane_for,
    body_lanes_of,
    direct,
    lane_for,
    lanes_of,
    route_path,
)
from openwyn.web.endpoints import RowId
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

# Volatile headers: the request id, and the rate limit's count and reset, which move between
# the two calls.
_VOLATILE = {"x-request-id", "ratelimit-remaining", "ratelimit-reset", "date"}


def _stable(answer: httpx.Response) -> Any:
    """The body without what differs on every call: request ids and timestamps."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("requestId", "timestamp")}
        return value

    try:
        return strip(answer.json())
    except ValueError:
        return answer.content


def _lanes(app: FastAPI, kind: str = "lanes") -> dict[str, Any]:
    """A dict the middleware reads (`lanes`, the gets', or `bodies`), from its declaration on
    the app."""
    for middleware in app.user_middleware:
        if middleware.cls is DirectLanes:
            lanes: dict[str, Any] = middleware.kwargs[kind]
            return lanes
    raise AssertionError("the app has no direct lanes")


async def test_every_directory_get_has_a_lane(app: FastAPI) -> None:
    parents = set(_lanes(app))
    assert {"/gql/v1/client", "/v1/client", "/api/v1/clients", "/gql/v1/staff"} <= parents
    assert lanes_of(RouteTable()) == {}  # no router, no lane


async def test_every_read_family_search_and_list_has_a_body_lane(app: FastAPI) -> None:
    paths = set(_lanes(app, "bodies"))
    assert {
        "/gql/v1/clients/search",
        "/gql/v1/clients",
        "/v1/clients/search",
        "/gql/v1/jobs/search",
        "/gql/v1/staff/search",
    } <= paths
    assert body_lanes_of(RouteTable()) == {}


async def test_the_table_holds_every_inclusion_in_order(app: FastAPI) -> None:
    table: RouteTable = app.state.route_table
    prefixes = [included.prefix for included in table.included]
    assert prefixes[:2] == ["", "/v1"] and prefixes[2:5] == ["/gql/v1", "/v1", "/api/v1"]
    paths = {path for path, _ in table.routes()}
    assert {
        "/gql/v1/client/{id:int}",
        "/api/v1/records/{type:record_type}/search",
        "/healthz",
    } <= paths


async def test_the_lane_answers_as_the_route_does(
    app: FastAPI, tenant: TenantHandle, other_tenant: TenantHandle
) -> None:
    client = await tenant.create("clients", {"name": "Lane"})
    foreign = await other_tenant.create("clients", {"name": "Theirs"})
    no_api_user = await tenant.token_for(Role.RECORD_R)
    cases = [
        (f"/gql/v1/client/{client['id']}", tenant.headers),
        (f"/v1/client/{client['id']}?ignored=1", tenant.headers),
        (f"/api/v1/clients/{client['id']}", tenant.headers),
        (f"/gql/v1/client/00{client['id']}", tenant.headers),  # Starlette reads it as an int
        (f"/gql/v1/client/{foreign['id']}", tenant.headers),  # another tenant's: 404
        (f"/gql/v1/client/{client['id'] + 10**6}", tenant.headers),
        ("/gql/v1/client/0", tenant.headers),  # out of RowId's bounds: FastAPI's 400
        (f"/gql/v1/client/{2**53 + 1}", tenant.headers),
        (f"/gql/v1/client/{client['id']}/", tenant.headers),  # FastAPI's redirect
        ("/gql/v1/client/\u0661", tenant.headers),  # a digit, but not ASCII: no route
        (f"/gql/v1/client/{client['id']}", {}),  # no token: 401
        (f"/gql/v1/client/{client['id']}", {"Authorization": "Bearer nope"}),
        (f"/gql/v1/client/{client['id']}", {"Authorization": f"Bearer {no_api_user}"}),
    ]
    through_lane = [await tenant.api.get(path, headers=headers) for path, headers in cases]
    lanes = dict(_lanes(app))
    _lanes(app).clear()  # the middleware stays, and takes nothing: the routes answer
    try:
        through_route = [await tenant.api.get(path, headers=headers) for path, headers in cases]
    finally:
        _lanes(app).update(lanes)
    for (path, _), fast, slow in zip(cases, through_lane, through_route, strict=True):
        assert (fast.status_code, _stable(fast)) == (slow.status_code, _stable(slow)), path
        fast_headers = {k: v for k, v in fast.headers.items() if k not in _VOLATILE}
        slow_headers = {k: v for k, v in slow.headers.items() if k not in _VOLATILE}
        assert fast_headers == slow_headers, path
    assert [answer.status_code for answer in through_lane[:3]] == [200, 200, 200]
    assert {answer.status_code for answer in through_lane[10:]} >= {401, 403}


async def test_the_lane_takes_only_gets(app: FastAPI) -> None:
    middleware = DirectLanes(app, _lanes(app))
    scope = {"type": "http", "method": "HEAD", "path": "/gql/v1/client/1", "root_path": ""}
    assert middleware.lane_of(scope) is None
    assert middleware.lane_of({**scope, "method": "GET"}) == (_lanes(app)["/gql/v1/client"], 1)


def _route(router: APIRouter) -> Any:
    (route,) = router.routes
    return route


def test_an_endpoint_with_more_than_a_caller_and_an_id_is_refused() -> None:
    router = APIRouter()

    @router.get("/thing/{id:int}")
    @direct
    async def with_a_query(
        request: Request,
        principal: ApiUser,
        id: RowId,  # noqa: A002
        page: int = 0,
    ) -> Response:
        raise AssertionError

    with pytest.raises(TypeError, match="one id or body"):
        lane_for("/thing/{id}", _route(router))


def test_a_get_whose_route_or_router_adds_a_dependency_is_refused() -> None:
    router = APIRouter()

    @router.get("/thing/{id:int}", dependencies=[params.Depends(lambda: None)])
    @direct
    async def checked(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        raise AssertionError

    with pytest.raises(TypeError, match="route adds no dependencies"):
        lane_for("/thing/{id}", _route(router))
    outer = APIRouter(dependencies=[params.Depends(lambda: None)])

    @outer.get("/thing/{id:int}")
    @direct
    async def plain(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        raise AssertionError

    table = RouteTable()
    table.add("/v1", outer)
    with pytest.raises(TypeError, match="router adds no dependencies"):
        lanes_of(table)


def test_an_id_the_lane_cannot_check_is_refused() -> None:
    router = APIRouter()
    Loose = Annotated[int, Path(ge=1)]  # noqa: N806 - a type
    Odd = Annotated[int, Path(ge=1, le=9, multiple_of=2)]  # noqa: N806 - a type

    @router.get("/loose/{id:int}")
    @direct
    async def loose(request: Request, principal: ApiUser, id: Loose) -> Response:  # noqa: A002
        raise AssertionError

    @router.get("/odd/{id:int}")
    @direct
    async def odd(request: Request, principal: ApiUser, id: Odd) -> Response:  # noqa: A002
        raise AssertionError

    loose_route, odd_route = router.routes
    with pytest.raises(TypeError, match="bounded on both sides"):
        lane_for("/loose/{id}", loose_route)
    with pytest.raises(TypeError, match="cannot check"):
        lane_for("/odd/{id}", odd_route)


def test_a_post_or_an_id_before_the_end_is_refused() -> None:
    router = APIRouter()

    @router.post("/thing/{id:int}")
    @direct
    async def posted(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        raise AssertionError

    @router.get("/thing/{id:int}/more")
    @direct
    async def inner(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        raise AssertionError

    posted_route, inner_route = router.routes
    with pytest.raises(TypeError, match="one parameter, at the end"):
        lane_for("/thing/{id}", posted_route)
    with pytest.raises(TypeError, match="one parameter, at the end"):
        lane_for("/thing/{id}/more", inner_route)


async def test_the_lane_calls_the_routes_own_role_check(app: FastAPI) -> None:
    lane = _lanes(app)["/gql/v1/client"]
    (depends,) = ApiUser.__metadata__
    assert lane.caller is depends.dependency
    assert not isinstance(lane.caller, params.Depends)
    assert lane.names == ("request", "principal", "id")
    assert (lane.lowest, lane.highest) == (1, 2**53)


def test_the_route_path_leaves_the_root_path_out() -> None:
    assert route_path({"path": "/gql/v1/client/1"}) == "/gql/v1/client/1"
    assert route_path({"path": "/api/gql/v1/client/1", "root_path": "/api"}) == "/gql/v1/client/1"
    assert route_path({"path": "/api", "root_path": "/api"}) == ""
    assert route_path({"path": "/apix/y", "root_path": "/api"}) == "/apix/y"  # not a prefix
    assert route_path({"path": "/other", "root_path": "/api"}) == "/other"


async def test_urls_are_still_built_for_the_routes_behind_the_lane(app: FastAPI) -> None:
    assert app.url_path_for("download_content", id=7) == "/api/v1/files/7/content"


@pytest.mark.parametrize(("raised", "status"), [(OSError("db down"), 503), (RuntimeError(), 500)])
async def test_an_error_in_the_lane_gets_the_apps_own_answer(
    app: FastAPI, tenant: TenantHandle, raised: Exception, status: int
) -> None:
    """The database unreachable: the app's 503 handler; a defect: the edge's 500. Both in the
    error envelope, with the request id the edge gives every answer."""

    async def failing(**_: Any) -> Any:
        raise raised

    lanes = _lanes(app)
    lane = lanes["/gql/v1/client"]
    lanes["/gql/v1/client"] = replace(lane, endpoint=failing)
    try:
        answer = await tenant.api.get("/gql/v1/client/1", headers=tenant.headers)
    finally:
        lanes["/gql/v1/client"] = lane
    assert answer.status_code == status
    body = answer.json()
    assert body["data"] is None and body["meta"]["success"] is False
    assert body["meta"]["requestId"] == answer.headers["x-request-id"]


async def test_the_lanes_sit_between_the_edge_and_the_exception_middleware(app: FastAPI) -> None:
    assert [middleware.cls for middleware in app.user_middleware] == [EdgeMiddleware, DirectLanes]


# Bodies for the search route, each with its content type: what the lane takes and what it must
# leave to FastAPI (and the edge in front), answered the same either way.
_JSON = "application/json"
_SEARCHES: list[tuple[bytes, str | None, bool]] = [  # (body, content type, the lane serves it)
    (b'{"where": {"name": {"_like": "Lane t%"}}, "pageSize": 1}', _JSON, True),
    (b"", None, True),  # no body: the model's defaults
    (b"{}", _JSON, True),
    (b'{"orderBy": [{"name": "desc"}]}', None, True),  # the edge declares an untyped JSON body
    (b'{"where": {"name": {"_like": "Lane%"}}}', "application/json; charset=utf-8", False),
    (b'{"where": {"nope": {"_eq": 1}}}', _JSON, True),  # an unknown field: the service's 400
    (b'{"pageSize": "ten"}', _JSON, False),
    (b'{"pageSize": 100000}', _JSON, False),
    (b'{"unknown": true}', _JSON, False),
    (b'{"cursor": "not-ours"}', _JSON, True),  # valid for the model, refused by the service
    (b"[1, 2]", _JSON, False),  # the edge's 400
    (b"{", _JSON, False),
    (b'{"a": 1}', "text/plain", False),  # the edge's 415
]


async def test_the_body_lane_answers_as_the_route_does(
    app: FastAPI, tenant: TenantHandle, other_tenant: TenantHandle
) -> None:
    await tenant.create("clients", {"name": "Lane one"})
    await tenant.create("clients", {"name": "Lane two"})
    await other_tenant.create("clients", {"name": "Lane theirs"})
    bodies = _lanes(app, "bodies")
    path = "/gql/v1/clients/search"
    served: list[bytes] = []
    lane: BodyLane = bodies[path]

    async def counted(**arguments: Any) -> Response:
        served.append(arguments["body"].model_dump_json().encode())
        return await lane.endpoint(**arguments)

    def send(body: bytes, content_type: str | None, headers: dict[str, str]) -> Any:
        sent = dict(headers) | ({"Content-Type": content_type} if content_type else {})
        return tenant.api.post(path, content=body, headers=sent)

    bodies[path] = replace(lane, endpoint=counted)
    try:
        fast = [await send(body, kind, tenant.headers) for body, kind, _ in _SEARCHES]
        unauthenticated = await send(_SEARCHES[0][0], _JSON, {})
    finally:
        bodies[path] = lane
    taken = sum(1 for _, _, lane_serves in _SEARCHES if lane_serves)
    assert len(served) == taken  # the rest went on to FastAPI, the body replayed
    saved = dict(bodies)
    bodies.clear()  # the middleware stays, and takes nothing: the routes answer
    try:
        slow = [await send(body, kind, tenant.headers) for body, kind, _ in _SEARCHES]
        unauthenticated_slow = await send(_SEARCHES[0][0], _JSON, {})
    finally:
        bodies.update(saved)
    for (body, _, _), through_lane, through_route in zip(_SEARCHES, fast, slow, strict=True):
        assert through_lane.status_code == through_route.status_code, body
        assert _stable(through_lane) == _stable(through_route), body
    assert [answer.status_code for answer in fast[:4]] == [200, 200, 200, 200]
    assert {answer.status_code for answer in fast[5:]} >= {400, 415}
    first = fast[0].json()
    assert [row["name"] for row in first["clients"]] == ["Lane two"]
    assert first["total"]["aggregate"]["count"] == 1  # the other tenant's is not seen
    assert unauthenticated.status_code == unauthenticated_slow.status_code == 401


def _search_route(body_type: Any) -> Any:
    router = APIRouter()

    @router.post("/things/search")
    @direct
    async def search(request: Request, principal: ApiUser, body: body_type) -> Response:
        raise AssertionError

    return _route(router)


class _Wanted(BaseModel):
    name: str = ""


def test_a_body_the_lane_cannot_stand_for_is_refused() -> None:
    refused_bodies = [
        Annotated[_Wanted, Body(default_factory=_Wanted, embed=True)],  # {"body": {...}}
        Annotated[_Wanted, Body(default_factory=dict)],
        Annotated[dict[str, Any], Body(default_factory=dict)],  # not a model
    ]
    for body_type in refused_bodies:
        with pytest.raises(TypeError, match="whole body is one model"):
            body_lane_for("/things/search", _search_route(body_type))
    taken = body_lane_for(
        "/things/search", _search_route(Annotated[_Wanted, Body(default_factory=_Wanted)])
    )
    assert (taken.model, taken.names) == (_Wanted, ("request", "principal", "body"))
    assert not taken.required
    # A required body: an empty one is FastAPI's 400, not the defaults.
    required = body_lane_for("/things/search", _search_route(Annotated[_Wanted, Body()]))
    assert required.required


_NAMES = {"firstName": "Lane", "lastName": "Staff"}
_STAFF = {"type": "staff", "systemRef": "LANE-S", "attributes": _NAMES}
_BATCHES: list[tuple[bytes, str | None, bool]] = [  # (body, content type, the lane serves it)
    (json.dumps({"records": [_STAFF]}).encode(), _JSON, True),
    (json.dumps({"records": [_STAFF, {"type": "staff", "systemRef": ""}]}).encode(), None, True),
    (json.dumps({"records": [{"type": "nope", "systemRef": "X"}]}).encode(), _JSON, True),
    (b"", _JSON, False),  # a required body: FastAPI's 400
    (b"", None, False),
    (b"{}", _JSON, False),
    (b'{"records": []}', _JSON, False),
    (b'{"records": [], "extra": 1}', _JSON, False),
    (b'{"records": "all"}', _JSON, False),
    (b"{", _JSON, False),
    (json.dumps({"records": [_STAFF]}).encode(), "text/plain", False),  # the edge's 415
]


async def test_the_records_lane_answers_as_the_route_does(
    tenant: TenantHandle, app: FastAPI
) -> None:
    bodies = _lanes(app, "bodies")
    path = "/api/v1/records"
    lane: BodyLane = bodies[path]
    served: list[Any] = []

    async def counted(**arguments: Any) -> Response:
        served.append(arguments["body"])
        return await lane.endpoint(**arguments)

    def send(body: bytes, content_type: str | None) -> Any:
        headers = dict(tenant.headers) | ({"Content-Type": content_type} if content_type else {})
        return tenant.api.post(path, content=body, headers=headers)

    first = await send(_BATCHES[0][0], _JSON)  # written once, so both passes see it stored
    assert first.json()["data"]["records"][0]["operation"] == "CREATED"
    bodies[path] = replace(lane, endpoint=counted)
    try:
        fast = [await send(body, kind) for body, kind, _ in _BATCHES]
    finally:
        bodies[path] = lane
    assert len(served) == sum(1 for _, _, lane_serves in _BATCHES if lane_serves)
    saved = dict(bodies)
    bodies.clear()
    try:
        slow = [await send(body, kind) for body, kind, _ in _BATCHES]
    finally:
        bodies.update(saved)
    for (body, _, _), through_lane, through_route in zip(_BATCHES, fast, slow, strict=True):
        assert through_lane.status_code == through_route.status_code, body
        assert _stable(through_lane) == _stable(through_route), body
    operations = [[r["operation"] for r in a.json()["data"]["records"]] for a in fast[:3]]
    assert operations == [["UNCHANGED"], ["UNCHANGED", None], [None]]
    assert {answer.status_code for answer in fast[3:]} == {400, 415}
