"""Gets by id served in front of FastAPI's routing and dependency machinery.

`GET /gql/v1/client/{id}` is the read integrations make most, and most of its CPU was FastAPI's:
the walk through the included routers, then solving the route's dependencies and validating
its path parameter through pydantic, in several layers of wrappers, for a handler that needs
the caller and one integer.

An endpoint marked with `direct` keeps its FastAPI route (the OpenAPI document, and every
request the lane leaves alone, are exactly as before). `add_direct_gets` puts one middleware
between the app's own (`EdgeMiddleware`) and Starlette's exception middleware and router. It
finds the marked endpoints by a dictionary lookup on the path without its last segment, and
takes a request only when FastAPI would run the endpoint with it: the method is GET and the
last segment is an id the parameter's own bounds accept. The lane then calls what FastAPI
would have called: the route's one dependency (its `RoleCheck`) with the request, and the
endpoint with the request, the caller and the id. An id out of bounds, a trailing slash,
another method: the lane passes the request on and FastAPI answers, with its own 400, redirect
or 405. Errors the dependency or the endpoint raise are answered by the app's exception
handlers, as they would be from the route.

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
from fastapi.routing import APIRoute
from starlette._utils import get_route_path
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Endpoint = TypeVar("Endpoint", bound=Callable[..., Awaitable[Response]])
_MARK = "__openwyn_direct__"
# Where a request the lane serves keeps its route's template (for the metrics).
DIRECT_ROUTE_KEY = "openwyn.direct_route"


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
    template: str  # the route's path, `/gql/v1/client/{id}`

    async def serve(self, scope: Scope, receive: Receive, send: Send, row_id: int) -> None:
        request = Request(scope, receive)
        caller = await self.caller(request)
        request_name, caller_name, id_name = self.names
        arguments = {request_name: request, caller_name: caller, id_name: row_id}
        response = await self.endpoint(**arguments)
        await response(scope, receive, send)


class DirectGets:
    """The middleware in front of the routes: every lane, keyed by its path without the id
    (`/gql/v1/client`); what no lane takes goes on to the app."""

    def __init__(self, app: ASGIApp, lanes: dict[str, Lane]) -> None:
        self.app = app
        self.lanes = lanes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self.lane_of(scope)
        if found is None:
            await self.app(scope, receive, send)
        else:
            await self._serve(*found, scope, receive, send)

    def lane_of(self, scope: Scope) -> tuple[Lane, int] | None:
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

    async def _serve(
        self, lane: Lane, row_id: int, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Serve the lane; an error it raises is answered by the app's handler for it, as the
        exception middleware behind this one would (the catch-all, by the edge in front, from
        the error re-raised)."""
        scope["path_params"] = {lane.names[2]: row_id}
        scope[DIRECT_ROUTE_KEY] = lane.template
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            await lane.serve(scope, receive, sending, row_id)
        except Exception as error:
            handler = _handler_for(scope["app"].exception_handlers, error)
            if handler is None or started:
                raise
            response = await handler(Request(scope, receive), error)
            await response(scope, receive, send)


def _handler_for(handlers: dict[Any, Any], error: Exception) -> Any:
    """The app's handler for `error`, by its classes from the most specific, leaving out the
    catch-all, which the edge in front answers."""
    for kind in type(error).__mro__:
        if kind is not Exception and kind in handlers:
            return handlers[kind]
    return None


def add_direct_gets(app: FastAPI) -> dict[str, Lane]:
    """Put the lanes in front of the app's routes, for every marked endpoint; the lanes (which
    the middleware reads as they are when a request comes)."""
    lanes: dict[str, Lane] = {}
    for route in app.router.routes:
        for path_format, inner in _marked_routes(route):
            parent, lane = _lane(path_format, inner.methods or set(), inner.dependant)
            lanes[parent] = lane
    if lanes:
        app.add_middleware(DirectGets, lanes=lanes)
    return lanes


def _marked_routes(route: Any) -> list[tuple[str, APIRoute]]:
    """The marked endpoints' routes of an included router, each with its full path.

    Read from the router as included (its prefix and each route's analysed dependencies, which
    FastAPI builds once when the route is added), not from FastAPI's effective route contexts:
    building those analyses every route of the router again, for every app, and cost about half
    a second per app (the test suite creates one per test)."""
    context = getattr(route, "include_context", None)
    router = getattr(route, "original_router", None)
    if context is None or router is None:
        return []
    marked = [
        inner
        for inner in router.routes
        if isinstance(inner, APIRoute) and getattr(inner.endpoint, _MARK, False)
    ]
    if marked and context.dependencies:
        raise TypeError(f"{context.prefix}: a direct get's router adds no dependencies")
    return [(context.prefix + inner.path_format, inner) for inner in marked]


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
    lane = Lane(dependant.call, caller.call, names, lowest, highest, path_format)  # type: ignore[arg-type]
    return parent, lane


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
