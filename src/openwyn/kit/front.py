"""The hottest requests served in front of FastAPI, through public interfaces only.

`GET /gql/v1/client/{id}` and `POST /gql/v1/clients/search` are the reads integrations make
most, and `POST /api/v1/records` the write a connector repeats; much of their CPU was
FastAPI's: the walk through the included routers, then solving
the route's dependencies and validating its parameters through pydantic, in several layers of
wrappers, for a handler that needs the caller and one integer, or one body.

An endpoint marked with `direct` keeps its FastAPI route (the OpenAPI document, and every
request the lane leaves alone, are exactly as before). `DirectLanes` is an ASGI middleware of
our own between the app's edge (`EdgeMiddleware`) and Starlette's exception middleware and
router. It takes a request only when FastAPI would run the endpoint with it:
- a get by id (`Lane`), found by a dictionary lookup on the path without its last segment:
  the method is GET and the last segment is an id the parameter's own bounds accept;
- a body (`BodyLane`), found by a lookup on the whole path: the method is POST, and the body
  is empty (where the parameter's default is the model's defaults) or declared
  `application/json` and valid for the body's model, which the lane checks with the model
  itself, as FastAPI would.
The lane then calls what FastAPI would have called: the route's one dependency (its
`RoleCheck`) with the request, and the endpoint with the request, the caller and the id or the
body. Anything else (an id out of bounds, a trailing slash, another method, a body the model
refuses) the lane passes on, the body replayed as it came, and FastAPI answers with its own
400, redirect or 405. Errors the dependency or the endpoint raise are answered by the app's
exception handlers, as they would be from the route.

The lanes are read from the routers as Openwyn includes them (`RouteTable`), and each marked
endpoint from its own signature: `lanes_of` refuses to start if the endpoint takes anything
but the request, one dependency of the request alone and a bounded integer id, or if its
route or router adds a dependency, so the lane can never skip a check the route declares.
Nothing here reaches into FastAPI's or Starlette's private modules or route internals.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, TypeVar, get_args, get_origin

import annotated_types
from fastapi import APIRouter, params
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Endpoint = TypeVar("Endpoint", bound=Callable[..., Awaitable[Response]])
_MARK = "__openwyn_direct__"
# Where a request the lane serves keeps its route's template (for the metrics).
DIRECT_ROUTE_KEY = "openwyn.direct_route"


def direct(endpoint: Endpoint) -> Endpoint:
    """Mark a `GET .../{id}` endpoint of shape (request, caller, id), or a POST endpoint of
    shape (request, caller, body), for a lane: the search the read family serves most, and
    the records batch a connector sends by the thousand."""
    setattr(endpoint, _MARK, True)
    return endpoint


@dataclass(frozen=True)
class Included:
    """One `include_router` as Openwyn made it: the prefix it added and the router."""

    prefix: str
    router: APIRouter


@dataclass
class RouteTable:
    """Every router the app includes, in order, with its prefix: the route table the lanes and
    the 404's hints read, built as the routers are included (never from FastAPI's internals)."""

    included: list[Included] = field(default_factory=list)
    # Each route's prefixes, the longest first, by the route's id.
    prefixes: dict[int, list[str]] = field(default_factory=dict)

    def add(self, prefix: str, router: APIRouter) -> None:
        self.included.append(Included(prefix, router))
        for route in router.routes:
            found = self.prefixes.setdefault(id(route), [])
            found.append(prefix)
            found.sort(key=len, reverse=True)

    def template_of(self, route: Any, path: str) -> str | None:
        """The full template (`/gql/v1/client/{id}`) of a route of the table that served
        `path`, by the prefix it was included under: a router included under two prefixes
        (`/gql/v1` and `/v1`) serves each path under its own."""
        path_format = getattr(route, "path_format", None)
        for prefix in self.prefixes.get(id(route), ()):
            if isinstance(path_format, str) and path.startswith(prefix):
                return prefix + path_format
        return None

    def routes(self) -> Iterator[tuple[str, APIRoute]]:
        """Each API route with its full path as declared (`/gql/v1/client/{id:int}`)."""
        for include in self.included:
            for route in include.router.routes:
                if isinstance(route, APIRoute):
                    yield include.prefix + route.path, route


@dataclass(frozen=True)
class _Served:
    """What every lane calls: the route's dependency with the request, then the endpoint with
    the request, the caller and the lane's own argument (an id, a body)."""

    endpoint: Callable[..., Awaitable[Response]]
    caller: Callable[[Request], Awaitable[Any]]  # the route's own dependency
    names: tuple[str, str, str]  # the endpoint's request, caller and argument parameters

    async def serve(self, scope: Scope, receive: Receive, send: Send, argument: Any) -> None:
        request = Request(scope, receive)
        caller = await self.caller(request)
        request_name, caller_name, argument_name = self.names
        arguments = {request_name: request, caller_name: caller, argument_name: argument}
        response = await self.endpoint(**arguments)
        await response(scope, receive, send)


@dataclass(frozen=True)
class Lane(_Served):
    """A get by id: its argument is the path's last segment, within the id's bounds."""

    lowest: int
    highest: int
    template: str  # the route's path, `/gql/v1/client/{id}`


@dataclass(frozen=True)
class BodyLane(_Served):
    """A POST of one body: its argument is the body, checked with the route's model."""

    model: type[BaseModel]  # the body's model
    template: str  # the route's path, `/gql/v1/clients/search`
    required: bool = False  # an empty body is FastAPI's 400, else the model's defaults

    def parsed(self, scope: Scope, body: bytes) -> BaseModel | None:
        """The body as the endpoint would be given it, or None where FastAPI should answer
        (a required body missing, a type other than plain JSON, bytes json.loads refuses, a
        body the model refuses)."""
        if not body:
            return None if self.required else self.model()
        if _content_type(scope) != b"application/json":
            return None
        try:
            # json.loads, as Starlette's request.json(): orjson, faster, reads an integer past
            # 64 bits as a float, which the model would then take for another value.
            return self.model.model_validate(json.loads(body))
        except (ValueError, ValidationError):
            return None


def _content_type(scope: Scope) -> bytes | None:
    for name, value in scope["headers"]:
        if name == b"content-type":
            return bytes(value).strip().lower()
    return None


def route_path(scope: Scope) -> str:
    """The path routes are matched against: the request's path without the app's root path,
    as Starlette's router reads it (a root path that is not a whole prefix is left on)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if not root_path or not path.startswith(root_path):
        return path
    if path == root_path:
        return ""
    return path[len(root_path) :] if path[len(root_path)] == "/" else path


class DirectLanes:
    """The middleware in front of the routes: the gets' lanes, keyed by their path without the
    id (`/gql/v1/client`), and the bodies' lanes, keyed by their path; what no lane takes goes
    on to the app."""

    def __init__(
        self, app: ASGIApp, lanes: dict[str, Lane], bodies: dict[str, BodyLane] | None = None
    ) -> None:
        self.app = app
        self.lanes = lanes
        self.bodies = bodies or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            body_lane = self.bodies.get(route_path(scope))
            if body_lane is not None:
                await self._post(body_lane, scope, receive, send)
                return
        found = self.lane_of(scope)
        if found is None:
            await self.app(scope, receive, send)
        else:
            lane, row_id = found
            await self._serve(lane, row_id, {lane.names[2]: row_id}, scope, receive, send)

    def lane_of(self, scope: Scope) -> tuple[Lane, int] | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        parent, _, last = route_path(scope).rpartition("/")
        lane = self.lanes.get(parent)
        # The same ids Starlette's `int` convertor reads: ASCII digits only.
        if lane is None or not (last.isascii() and last.isdigit()):
            return None
        row_id = int(last)
        if not lane.lowest <= row_id <= lane.highest:
            return None
        return lane, row_id

    async def _post(self, lane: BodyLane, scope: Scope, receive: Receive, send: Send) -> None:
        """Read the body (the edge in front has already bounded it), then serve the lane, or
        pass the request on with its body replayed when FastAPI should answer it."""
        body = await _whole_body(receive)
        replayed = replay(body or b"", receive)
        parsed = None if body is None else lane.parsed(scope, body)
        if parsed is None:
            await self.app(scope, replayed, send)
        else:
            await self._serve(lane, parsed, {}, scope, replayed, send)

    async def _serve(
        self,
        lane: Lane | BodyLane,
        argument: Any,
        path_params: dict[str, Any],
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        """Serve the lane; an error it raises is answered by the app's handler for it, as the
        exception middleware behind this one would (the catch-all, by the edge in front, from
        the error re-raised)."""
        scope["path_params"] = path_params
        scope[DIRECT_ROUTE_KEY] = lane.template
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            await lane.serve(scope, receive, sending, argument)
        except Exception as error:
            handler = _handler_for(scope["app"].exception_handlers, error)
            if handler is None or started:
                raise
            response = await handler(Request(scope, receive), error)
            await response(scope, receive, send)


async def _whole_body(receive: Receive) -> bytes | None:
    """The request's body, or None if the client went away before sending all of it."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(bytes(message.get("body", b"")))
        if not message.get("more_body", False):
            return b"".join(chunks)


def replay(body: bytes, upstream: Receive) -> Receive:
    """The body already read, then the real channel (which reports the disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await upstream()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _handler_for(handlers: dict[Any, Any], error: Exception) -> Any:
    """The app's handler for `error`, by its classes from the most specific, leaving out the
    catch-all, which the edge in front answers."""
    for kind in type(error).__mro__:
        if kind is not Exception and kind in handlers:
            return handlers[kind]
    return None


def lanes_of(table: RouteTable) -> dict[str, Lane]:
    """A lane for every marked GET endpoint of the table's routers, keyed by its path without
    the id."""
    return dict(lane_for(path_format, route) for path_format, route in _marked(table, "GET"))


def body_lanes_of(table: RouteTable) -> dict[str, BodyLane]:
    """A lane for every marked POST endpoint of the table's routers, keyed by its path."""
    return {
        path_format: body_lane_for(path_format, route)
        for path_format, route in _marked(table, "POST")
    }


def _marked(table: RouteTable, method: str) -> Iterator[tuple[str, APIRoute]]:
    """The marked routes of one method, with their full paths."""
    for include in table.included:
        for route in include.router.routes:
            if not (isinstance(route, APIRoute) and getattr(route.endpoint, _MARK, False)):
                continue
            if include.router.dependencies:
                raise TypeError(f"{include.prefix}: a direct route's router adds no dependencies")
            if method in (route.methods or ()):
                yield include.prefix + route.path_format, route


def lane_for(path_format: str, route: APIRoute) -> tuple[str, Lane]:
    """The lane of one marked route, read from its endpoint's signature."""
    parent, _, last = path_format.rpartition("/")
    if route.methods != {"GET"} or "{" in parent or not last.startswith("{"):
        raise TypeError(f"{path_format}: a direct get is a GET with one parameter, at the end")
    if route.dependencies:
        raise TypeError(f"{path_format}: a direct get's route adds no dependencies")
    request_name, (caller_name, caller), (id_name, id_type, marker) = _parameters(route.endpoint)
    if type(marker) is not params.Path or id_type is not int or last != f"{{{id_name}}}":
        raise TypeError(f"{path_format}: a direct get takes the request and the path's integer id")
    lowest, highest = _bounds(list(marker.metadata), path_format)
    names = (request_name, caller_name, id_name)
    return parent, Lane(route.endpoint, caller, names, lowest, highest, path_format)


def body_lane_for(path_format: str, route: APIRoute) -> BodyLane:
    """The lane of one marked POST route, read from its endpoint's signature: its body is one
    pydantic model, whole (not embedded), required or else the model's defaults."""
    if route.methods != {"POST"} or "{" in path_format:
        raise TypeError(f"{path_format}: a direct post is a POST without path parameters")
    if route.dependencies:
        raise TypeError(f"{path_format}: a direct post's route adds no dependencies")
    request_name, (caller_name, caller), (body_name, model, marker) = _parameters(route.endpoint)
    plain_body = type(marker) is params.Body and not marker.embed and marker.alias is None
    # Without a body the route answers 400 (required), or is given `model()`, as the lane is.
    required = marker.is_required()
    defaults = required or marker.default_factory is model
    if not (plain_body and defaults and isinstance(model, type) and issubclass(model, BaseModel)):
        raise TypeError(
            f"{path_format}: a direct post's whole body is one model, required or its defaults"
        )
    names = (request_name, caller_name, body_name)
    return BodyLane(route.endpoint, caller, names, model, path_format, required)


@cache
def _parameters(
    endpoint: Callable[..., Any],
) -> tuple[str, tuple[str, Any], tuple[str, Any, params.Param | params.Body]]:
    """The endpoint's request, its caller (the dependency) and its one path or body parameter
    (name, type, FastAPI's marker); anything else is refused. Read once per endpoint: the
    routers, and so their endpoints, are built once per process (api.py) and every app reads
    the same."""
    path_format = getattr(endpoint, "__qualname__", "?")
    request_name = caller = last = None
    for parameter in inspect.signature(endpoint, eval_str=True).parameters.values():
        annotation = parameter.annotation
        extras = get_args(annotation)[1:] if get_origin(annotation) is Annotated else ()
        if annotation is Request and request_name is None:
            request_name = parameter.name
        elif len(extras) == 1 and type(extras[0]) is params.Depends and caller is None:
            caller = (parameter.name, _request_check(extras[0], path_format))
        elif len(extras) == 1 and type(extras[0]) in (params.Path, params.Body) and last is None:
            last = (parameter.name, get_args(annotation)[0], extras[0])
        else:
            raise TypeError(f"{path_format}: a direct route takes its caller and one id or body")
    if request_name is None or caller is None or last is None:
        raise TypeError(f"{path_format}: a direct route takes the request, its caller and one more")
    return request_name, caller, last


def _request_check(depends: params.Depends, path_format: str) -> Any:
    """The dependency's callable, if it is one check of the request alone."""
    call = depends.dependency
    target = getattr(call, "__call__", None) if not inspect.isfunction(call) else call  # noqa: B004
    if call is None or target is None:
        raise TypeError(f"{path_format}: a direct route's caller is one check of the request")
    signature = inspect.signature(target, eval_str=True)
    if [parameter.annotation for parameter in signature.parameters.values()] != [Request]:
        raise TypeError(f"{path_format}: a direct route's caller is one check of the request")
    return call


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
