"""What a request that matched no route most likely meant.

A path parameter declared `{id:int}` is part of the route's pattern: `/api/v1/clients/abc`
matches no route at all, and routing alone can only say "No such route". Before answering that,
the 404 handler asks here whether the path would have matched a route if its integer segments
took any text; if so, the request named a real route with a bad id, and the answer is a 400 that
names the path parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import FastAPI
from starlette.convertors import IntegerConvertor
from starlette.routing import compile_path

from openwyn.errors import ValidationFailed
from openwyn.kit.front import RouteTable

_SIGNED = re.compile(r"[+-][0-9]+")
_PARAMETER = re.compile(r"{([a-zA-Z_][a-zA-Z0-9_]*)(?::[a-zA-Z_][a-zA-Z0-9_]*)?}")


@dataclass(frozen=True)
class LooseRoute:
    pattern: re.Pattern[str]  # the route's path with every parameter taking any one segment
    integers: tuple[str, ...]  # its parameters that must be integers
    methods: frozenset[str]


def integer_parameter_error(app: FastAPI, method: str, path: str) -> ValidationFailed | None:
    """The 400 for a path that names a route of `method` but a non-integer integer parameter."""
    for route in _loose_routes(app):
        found = route.pattern.match(path)
        if found is None or method not in route.methods:
            continue
        for name in route.integers:
            value = found.group(name)
            if not (value.isascii() and value.isdigit()):
                kind = "a positive integer" if _SIGNED.fullmatch(value) else "an integer"
                message = f"must be {kind}, not {value!r}"
                return ValidationFailed(
                    f"The path parameter {name} {message}.", [{"path": name, "message": message}]
                )
    return None


def _loose_routes(app: FastAPI) -> tuple[LooseRoute, ...]:
    """Built at the first such 404 and kept on the app (its routes do not change)."""
    built: tuple[LooseRoute, ...] | None = getattr(app.state, "loose_routes", None)
    if built is None:
        built = app.state.loose_routes = _build(app)
    return built


def _build(app: FastAPI) -> tuple[LooseRoute, ...]:
    """From the routes as Openwyn included them (`RouteTable`), each path compiled as
    Starlette's routing compiles it."""
    table: RouteTable | None = getattr(app.state, "route_table", None)
    loose = []
    for path, route in table.routes() if table is not None else ():
        _, _, convertors = compile_path(path)
        integers = tuple(
            name
            for name, convertor in convertors.items()
            if isinstance(convertor, IntegerConvertor)
        )
        if integers:
            methods = set(route.methods or ())
            methods |= {"HEAD"} if "GET" in methods else set()
            loose.append(LooseRoute(_any_segment(path), integers, frozenset(methods)))
    return tuple(loose)


def _any_segment(path: str) -> re.Pattern[str]:
    pattern, last = "^", 0
    for parameter in _PARAMETER.finditer(path):
        pattern += re.escape(path[last : parameter.start()]) + f"(?P<{parameter[1]}>[^/]+)"
        last = parameter.end()
    return re.compile(pattern + re.escape(path[last:]) + "$")
