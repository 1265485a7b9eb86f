"""Included routers that say "no match" at once to a path none of their routes can match.

FastAPI (0.165) keeps each included router whole and, for every request, asks them one by one
whether one of their routes matches: a regular expression per route, through several layers of
scope bookkeeping. Openwyn includes about sixty routers (three families per directory entity),
so finding `/gql/v1/client/{id}` cost more CPU than reading the client from the database.

Every Openwyn path starts with literal segments (`/gql/v1/client/...`, `/api/v1/records/...`).
`guard_for` wraps a router, as it is included with its prefix, in a `HeadGuard`: an `APIRouter`
of its own holding that one router, whose `matches` (the public routing interface every route
and router answers) says `Match.NONE` for a request that starts with none of the heads of its
paths (their literal first segments, at most three), and otherwise asks FastAPI's own
`APIRouter.matches`. A router one of whose paths starts with a parameter is included as it is.
The order routes are tried in and every answer (a match, a 405's partial match, a redirect to
the path without its trailing slash) are FastAPI's: the guard only skips routers that could
not have matched. Should a FastAPI release match included routes some other way, the guard is
never asked and every request is still routed by FastAPI, only without the shortcut.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter
from starlette.routing import Match
from starlette.types import Scope

from openwyn.kit.front import route_path

HEAD_SEGMENTS = 3

# Where a request's heads are kept while its routers are asked, with the path they are of (a
# redirect's check asks again with a copy of the scope and another path).
_HEADS_KEY = "openwyn.route_heads"
_GUARDS: dict[tuple[int, str], tuple[APIRouter, HeadGuard | None]] = {}


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


class HeadGuard(APIRouter):
    """One included router, behind the check of its heads."""

    def __init__(self, heads: frozenset[str]) -> None:
        super().__init__()
        self.heads = heads

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http" and self.heads.isdisjoint(request_heads(scope)):
            return Match.NONE, {}
        return super().matches(scope)


def guard_for(router: APIRouter, prefix: str) -> HeadGuard | None:
    """A guard holding `router`, to be included at `prefix` (not empty), or None if one of its
    paths starts with a parameter (or it holds anything but routes and mounts: another
    router's inclusion). Built once per router and prefix, like the routers themselves
    (api.py): every app includes the same guard, as it would the same router."""
    key = (id(router), prefix)
    if key not in _GUARDS:
        _GUARDS[key] = (router, _guard(router, prefix))  # the router kept, so its id stays its
    return _GUARDS[key][1]


def _guard(router: APIRouter, prefix: str) -> HeadGuard | None:
    formats = [prefix + getattr(route, "path_format", "{}") for route in router.routes]
    heads = heads_of(formats)
    if not prefix or heads is None:
        return None
    guard = HeadGuard(heads)
    # Without a prefix here and with one at the app: FastAPI checks an inclusion without a
    # prefix for empty paths, and for a router that includes others (the guard, at the app)
    # that check builds every route's context, which cost more than a second per app.
    guard.include_router(router)
    return guard


def request_heads(scope: Scope) -> frozenset[str]:
    """The request path's heads at every depth, computed once per path."""
    path = scope["path"]
    cached = scope.get(_HEADS_KEY)
    if cached is not None and cached[0] == path:
        heads: frozenset[str] = cached[1]
        return heads
    routed = route_path(scope)
    heads = frozenset(head(routed, depth) for depth in range(1, HEAD_SEGMENTS + 1))
    scope[_HEADS_KEY] = (path, heads)
    return heads
