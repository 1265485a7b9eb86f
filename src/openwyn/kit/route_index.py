"""A path index in front of FastAPI's route walk.

FastAPI (0.165) keeps each included router whole and, for every request, asks them one by one
whether one of their routes matches: a regular expression per route, through several layers of
scope bookkeeping. Openwyn includes about fifty routers (two families per directory entity), so
finding `/gql/v1/client/{id}` cost more CPU than reading the client from the database.

Every Openwyn path starts with literal segments (`/gql/v1/client/...`, `/api/v1/records/...`).
`index_routes` gives each included router the set of its paths' heads (their literal first
segments, at most three), and a `matches` that answers "no" at once for a request that starts
with none of them.
A router whose path could not match without such a head is left as FastAPI built it, so the
order routes are tried in and every answer (a match, a 405's partial match, a redirect to the
path without its trailing slash) are exactly FastAPI's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from fastapi import FastAPI
from starlette._utils import get_route_path
from starlette.routing import BaseRoute, Match, Route
from starlette.types import Scope

HEAD_SEGMENTS = 3

# Where a request's heads are kept while its routers are asked, with the path they are of (a
# redirect's check asks again with a copy of the scope and another path).
_HEADS_KEY = "openwyn.route_heads"

Matcher = Callable[[Scope], tuple[Match, Scope]]


def head(path: str, segments: int = HEAD_SEGMENTS) -> str:
    """The path's first `segments` segments: `/gql/v1/client/7/x` -> `/gql/v1/client`; a
    trailing slash is dropped, as the redirect to the path without it must find the same
    routers."""
    parts = path.split("/", segments + 1)
    return "/".join(parts[: segments + 1]).rstrip("/") or "/"


def route_head(path_format: str) -> str | None:
    """The literal segments (at most three) every path of the route starts with, or None if
    its first segment is a parameter: `/v1/client/{id}` -> `/v1/client`."""
    literal = []
    for segment in path_format.split("/")[1 : HEAD_SEGMENTS + 1]:
        if "{" in segment:
            break
        literal.append(segment)
    return "/" + "/".join(literal) if literal else None


def heads_of(path_formats: Iterable[str]) -> frozenset[str] | None:
    """The heads of a router's paths, or None if one of them has none."""
    heads = set()
    for path_format in path_formats:
        route = route_head(path_format)
        if route is None:
            return None
        heads.add(route)
    return frozenset(heads)


def index_routes(app: FastAPI) -> int:
    """Put the head check in front of every included router that allows it; how many."""
    indexed = 0
    for route in app.router.routes:
        formats = _path_formats(route)
        if formats is None:
            continue
        heads = heads_of(formats)
        if heads is not None:
            route.matches = _guarded(route.matches, heads)  # type: ignore[method-assign,assignment]
            indexed += 1
    return indexed


def _path_formats(route: BaseRoute) -> list[str] | None:
    """The paths of an included router's routes (its prefix and each route's path), or None
    for a route or mount of the app itself (FastAPI checks it directly) and for a router that
    holds anything but plain routes. Read from the router as included, not from FastAPI's
    effective route contexts: building those for every route at start-up cost more than a
    second per app once Openwyn had 250 routes, and a request builds only the ones it reaches."""
    context = getattr(route, "include_context", None)
    router = getattr(route, "original_router", None)
    if context is None or router is None:
        return None
    formats = []
    for inner in router.routes:
        if not isinstance(inner, Route):  # an APIRoute is a Route
            return None
        formats.append(context.prefix + inner.path)
    return formats


def _guarded(matches: Matcher, heads: frozenset[str]) -> Matcher:
    def guarded_matches(scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http" and heads.isdisjoint(_request_heads(scope)):
            return Match.NONE, {}
        return matches(scope)

    return guarded_matches


def _request_heads(scope: Scope) -> frozenset[str]:
    """The request path's heads at every depth, computed once per path."""
    path = scope["path"]
    cached = scope.get(_HEADS_KEY)
    if cached is not None and cached[0] == path:
        heads: frozenset[str] = cached[1]
        return heads
    route_path = get_route_path(scope)
    heads = frozenset(head(route_path, depth) for depth in range(1, HEAD_SEGMENTS + 1))
    scope[_HEADS_KEY] = (path, heads)
    return heads
