"""Gets by id served in front of FastAPI's routing and dependency machinery.

`GET /gql/v1/client/{id}` is the read integrations make most, and most of its CPU was FastAPI's:
the walk through the included routers, then solving the route's dependencies and validating
its path parameter through pydantic, in several layers of wrappers, for a handler that needs
the caller and one integer.

An endpoint marked with `direct` keeps its FastAPI route (the OpenAPI document, and every
request the lane leaves alone, are exactly as before). `add_direct_gets` puts one route in
front of all the others that finds the marked endpoints by a dictionary lookup on the path
without its last segment, and takes a request only when FastAPI would run the endpoint with
it: the method is GET and the last segment is an id the parameter's own bounds accept. The
lane then calls what FastAPI would have called: the route's one dependency (its `RoleCheck`)
with the request, and the endpoint with the request, the caller and the id. An id out of
bounds, a trailing slash, another method: the lane answers "no match" and FastAPI answers, with
its own 422, redirect or 405. Errors the dependency or the endpoint raise reach the app's
exception handlers, as they would from the route.

`add_direct_gets` reads each marked route's analysed dependencies and refuses to start if the
endpoint takes anything else (a query parameter, a header, a second dependency), so the lane
can never skip a check the route declares.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import annotated_types
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from starlette._utils import get_route_path
from starlette.datastructures import URLPath
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import Receive, Scope, Send

Endpoint = TypeVar("Endpoint", bound=Callable[..., Awaitable[Response]])
_MARK = "__openwyn_direct__"
# Where `matches` leaves the lane it found, for `handle` (the router merges the two scopes).
_LANE_KEY = "openwyn.direct_lane"


def direct(endpoint: Endpoint) -> Endpoint:
    """Mark a `GET .../{id}` endpoint of shape (request, caller, id) for the lane."""
    setattr(endpoint, _MARK, True)
    return endpoint


@dataclass(frozen=True)
class Lane:
    endpoint: Callable[..., Awaitable[Response]]
    caller: Callable[[Request], Awaitable[Any]]  # the route's own dependency
    names: tuple[str, str, str]  # the endpoint's request, caller and id parameters
    lowest: int
    highest: int

    async def serve(self, scope: Scope, receive: Receive, send: Send, row_id: int) -> None:
        request = Request(scope, receive)
        caller = await self.caller(request)
        request_name, caller_name, id_name = self.names
        arguments = {request_name: request, caller_name: caller, id_name: row_id}
        response = await self.endpoint(**arguments)
        await response(scope, receive, send)


class DirectGets(BaseRoute):
    """Every lane, keyed by its path without the id: `/gql/v1/client`."""

    include_in_schema = False

    def __init__(self, lanes: dict[str, Lane]) -> None:
        self.lanes = lanes

    def _lane_of(self, scope: Scope) -> tuple[Lane, int] | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        parent, _, last = get_route_path(scope).rpartition("/")
        lane = self.lanes.get(parent)
        # The same ids Starlette's `int` convertor reads: ASCII digits only.
        if lane is None or not (last.isascii() and last.isdigit()):
            return None
        row_id = int(last)
        if not lane.lowest <= row_id <= lane.highest:
            return None
        return lane, row_id

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        found = self._lane_of(scope)
        if found is None:
            return Match.NONE, {}
        lane, row_id = found
        path_params = {**scope.get("path_params", {}), lane.names[2]: row_id}
        return Match.FULL, {"endpoint": lane.endpoint, "path_params": path_params, _LANE_KEY: lane}

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        """No URL is built through the lane: `url_for` finds every endpoint at its own route."""
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        lane: Lane = scope[_LANE_KEY]  # the router calls handle only after a match
        await lane.serve(scope, receive, send, scope["path_params"][lane.names[2]])


def add_direct_gets(app: FastAPI) -> int:
    """Put the lane in front of the app's routes, for every marked endpoint; how many."""
    lanes: dict[str, Lane] = {}
    for route in app.router.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        for context in contexts() if contexts is not None else ():
            if getattr(context.endpoint, _MARK, False):
                parent, lane = _lane(context.path_format, context.methods, context.dependant)
                lanes[parent] = lane
    if lanes:
        app.router.routes.insert(0, DirectGets(lanes))
    return len(lanes)


def _lane(path_format: str, methods: set[str], dependant: Dependant | None) -> tuple[str, Lane]:
    parent, _, last = path_format.rpartition("/")
    if dependant is None or methods != {"GET"} or "{" in parent:
        raise TypeError(f"{path_format}: a direct get is a GET with one parameter, at the end")
    extra = dependant.query_params + dependant.header_params + dependant.cookie_params
    if extra or dependant.body_params or len(dependant.dependencies) != 1:
        raise TypeError(f"{path_format}: a direct get takes its caller and an id, nothing else")
    (caller,) = dependant.dependencies
    (row_id,) = dependant.path_params
    if caller.call is None or caller.name is None or caller.dependencies:
        raise TypeError(f"{path_format}: a direct get's caller is one check of the request")
    if dependant.request_param_name is None or last != f"{{{row_id.name}}}":
        raise TypeError(f"{path_format}: a direct get takes the request and the path's id")
    lowest, highest = _bounds(row_id.field_info.metadata, path_format)
    names = (dependant.request_param_name, caller.name, row_id.name)
    return parent, Lane(dependant.call, caller.call, names, lowest, highest)  # type: ignore[arg-type]


def _bounds(metadata: list[Any], path_format: str) -> tuple[int, int]:
    """The id's bounds, as the parameter declares them (`RowId`: 1 to 2**53)."""
    lowest = highest = None
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            lowest = int(item.ge)  # type: ignore[call-overload]
        elif isinstance(item, annotated_types.Le):
            highest = int(item.le)  # type: ignore[call-overload]
        else:
            raise TypeError(f"{path_format}: a direct get's id has a rule the lane cannot check")
    if lowest is None or highest is None:
        raise TypeError(f"{path_format}: a direct get's id is bounded on both sides")
    return lowest, highest
