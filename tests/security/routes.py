"""The routes an app serves, read from the app itself, and how to aim each at a world's objects.

``served_routes`` walks the app's routing table, so a route added later is seen here without
anyone listing it. ``aimed_at`` turns a route that takes an identifier in its path (an id, a
type name, a systemRef) into concrete requests naming one world's objects; a route it does not
know answers ``None``, and the coverage test fails on it until a target is added below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from openwyn.directory import DIRECTORY
from tests.fixtures.directory import UPDATES
from tests.security.world import World

try:  # FastAPI >= 0.120 keeps included routers whole; this walks into them.
    from fastapi.routing import iter_route_contexts as _iter_routes
except ImportError:  # pragma: no cover - older FastAPI flattens included routes

    def _iter_routes(routes: Any) -> Any:
        return routes


_CONVERTOR = re.compile(r"\{(\w+)(?::\w+)?\}")
BY_SINGULAR = {resource.read_singular: resource for resource in DIRECTORY}
BY_READ_PLURAL = {resource.read_plural: resource for resource in DIRECTORY}
BY_REST_PLURAL = {resource.rest_plural: resource for resource in DIRECTORY}


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # the path with convertors stripped: /api/v1/clients/{id}

    @property
    def takes_identifier(self) -> bool:
        return "{" in self.template

    def __str__(self) -> str:
        return f"{self.method} {self.template}"


def served_routes(app: FastAPI) -> list[Route]:
    """Every (method, path) the app answers, HEAD aside."""
    found: set[Route] = set()
    for route in _iter_routes(app.routes):
        methods, path = getattr(route, "methods", None), getattr(route, "path", None)
        if not methods or path is None:
            continue  # mounts (static documentation assets)
        template = _CONVERTOR.sub(r"{\1}", path)
        found |= {Route(method, template) for method in methods if method != "HEAD"}
    return sorted(found, key=lambda route: (route.template, route.method))


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    json: Any = None

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


Aim = Callable[[World, Route, "re.Match[str]"], list[Call]]


def _one(path: str, json: Any = None) -> Callable[[World, Route, re.Match[str]], list[Call]]:
    """A route that names one object: `path` is formatted with the world."""

    def aim(world: World, route: Route, _match: re.Match[str]) -> list[Call]:
        return [Call(route.method, path.format(w=world), json)]

    return aim


def _prefixed(singular: str, identifier: str) -> Aim:
    """A read family route, under whichever prefix matched."""

    def aim(world: World, route: Route, match: re.Match[str]) -> list[Call]:
        path = f"{match['prefix']}/{singular}/{identifier.format(w=world)}"
        return [Call(route.method, path)]

    return aim


def _directory_read(world: World, route: Route, match: re.Match[str]) -> list[Call]:
    resource = BY_SINGULAR[match["singular"]]
    return [Call(route.method, f"{match['prefix']}/{match['singular']}/{_id(world, resource.key)}")]


def _directory_rest(world: World, route: Route, match: re.Match[str]) -> list[Call]:
    resource = BY_REST_PLURAL[match["plural"]]
    body = UPDATES[resource.key] if route.method == "PATCH" else None
    path = f"/api/v1/{match['plural']}/{_id(world, resource.key)}{match['action'] or ''}"
    return [Call(route.method, path, body)]


def _records_by_ref(world: World, route: Route, _match: re.Match[str]) -> list[Call]:
    """The custom record, and every directory object by its pmsRef (its systemRef)."""
    refs = [(world.type_name, world.record_ref)]
    refs += [(key, obj["pmsRef"]) for key, obj in world.objects.items()]
    return [Call(route.method, f"/api/v1/records/{kind}/{ref}") for kind, ref in refs]


def _records_search(world: World, route: Route, _match: re.Match[str]) -> list[Call]:
    """The search takes POST; any other method there answers 405 to every caller, naming no
    object (tests/test_messages.py), so there is nothing to aim it at."""
    if route.method != "POST":
        return []
    return [Call("POST", f"/api/v1/records/{world.type_name}/search", {"where": {}})]


def _id(world: World, key: str) -> int:
    value: int = world.objects[key]["id"]
    return value


_SUBSCRIPTION = "/api/v1/event-subscriptions/{w.subscription[id]}"
_HIJACK = {"description": "hijacked"}
_DRAFT_ACTION_BODIES: dict[str, Any] = {
    "review": {"decision": "APPROVE", "comment": "hijacked"},
    "request-changes": {"comment": "hijacked"},
}

# First match wins; the directory patterns come last because their plural is a wildcard.
TARGETS: list[tuple[re.Pattern[str], Aim]] = [
    (re.compile(r"/api/v1/records/types/\{type\}"), _one("/api/v1/records/types/{w.type_name}")),
    (
        re.compile(r"/api/v1/records/custom/\{name\}"),
        lambda world, route, _: [
            Call(
                route.method,
                f"/api/v1/records/custom/{world.type_name}",
                _HIJACK if route.method in ("PATCH", "PUT") else None,
            )
        ],
    ),
    (
        re.compile(r"/api/v1/records/custom/\{name\}/reactivate"),
        _one("/api/v1/records/custom/{w.type_name}/reactivate"),
    ),
    (re.compile(r"/api/v1/records/\{type\}/search"), _records_search),
    (re.compile(r"/api/v1/records/\{type\}/\{systemRef\}"), _records_by_ref),
    (re.compile(r"/api/v1/files/\{id\}"), _one("/api/v1/files/{w.file[id]}")),
    (re.compile(r"/api/v1/files/\{id\}/content"), _one("/api/v1/files/{w.file[id]}/content")),
    (
        re.compile(r"/api/v1/files/\{id\}/download-url"),
        _one("/api/v1/files/{w.file[id]}/download-url", {"expiresIn": 60}),
    ),
    (re.compile(r"/api/v1/events/\{eventId\}"), _one("/api/v1/events/{w.event_id}")),
    (
        re.compile(r"/api/v1/outbound-messages/\{id\}"),
        _one("/api/v1/outbound-messages/{w.outbound_message[id]}"),
    ),
    (
        re.compile(r"/api/v1/event-subscriptions/\{id\}"),
        lambda world, route, _: [
            Call(
                route.method,
                _SUBSCRIPTION.format(w=world),
                _HIJACK if route.method == "PATCH" else None,
            )
        ],
    ),
    (
        re.compile(r"/api/v1/event-subscriptions/\{id\}/reactivate"),
        _one(_SUBSCRIPTION + "/reactivate"),
    ),
    (
        re.compile(r"/api/v1/event-subscriptions/\{id\}/deliveries"),
        _one(_SUBSCRIPTION + "/deliveries"),
    ),
    (
        re.compile(r"/api/v1/event-subscriptions/\{id\}/deliveries/\{deliveryId\}/redeliver"),
        _one(_SUBSCRIPTION + "/deliveries/{w.delivery[id]}/redeliver"),
    ),
    (
        re.compile(r"/api/v1/event-subscriptions/\{id\}/recover"),
        _one(_SUBSCRIPTION + "/recover", {"since": "2000-01-01T00:00:00Z"}),
    ),
    (re.compile(r"/api/v1/auth/api-keys/\{id\}"), _one("/api/v1/auth/api-keys/{w.api_key[id]}")),
    (
        re.compile(r"/api/v1/wips/\{id\}"),
        lambda world, route, _: [
            Call(
                route.method,
                f"/api/v1/wips/{world.wip['id']}",
                {"notes": "hijacked"} if route.method == "PATCH" else None,
            )
        ],
    ),
    (
        re.compile(r"/api/v1/wips/\{id\}/write-off"),
        _one("/api/v1/wips/{w.wip[id]}/write-off", {"reason": "hijacked"}),
    ),
    (re.compile(r"(?P<prefix>/gql/v1|/v1)/wip/\{id\}"), _prefixed("wip", "{w.wip[id]}")),
    (
        re.compile(r"/api/v1/invoices/\{id\}"),
        lambda world, route, _: [
            Call(
                route.method,
                f"/api/v1/invoices/{world.invoice['id']}",
                {"notes": "hijacked"} if route.method == "PATCH" else None,
            )
        ],
    ),
    (
        re.compile(r"/api/v1/draft-invoices/\{id\}"),
        lambda world, route, _: [
            Call(
                route.method,
                f"/api/v1/draft-invoices/{world.draft['id']}",
                {"notes": "hijacked"} if route.method == "PATCH" else None,
            )
        ],
    ),
    (re.compile(r"/api/v1/invoices/\{id\}/post"), _one("/api/v1/invoices/{w.invoice[id]}/post")),
    (re.compile(r"/api/v1/invoices/\{id\}/void"), _one("/api/v1/invoices/{w.invoice[id]}/void")),
    (re.compile(r"/api/v1/invoices/\{id\}/pdf"), _one("/api/v1/invoices/{w.invoice[id]}/pdf")),
    (
        re.compile(r"/api/v1/invoices/\{id\}/send"),
        _one("/api/v1/invoices/{w.invoice[id]}/send", {"to": ["hijacked@evil.example"]}),
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/invoice/\{id\}"),
        _prefixed("invoice", "{w.invoice[id]}"),
    ),
    (
        re.compile(r"/api/v1/engagement-templates/\{id\}(?P<action>/reactivate)?"),
        lambda world, route, match: [
            Call(
                route.method,
                f"/api/v1/engagement-templates/{world.engagement_template['id']}"
                + (match["action"] or ""),
                {"name": "hijacked"} if route.method == "PATCH" else None,
            )
        ],
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/engagement_template/\{id\}"),
        _prefixed("engagement_template", "{w.engagement_template[id]}"),
    ),
    # A portal page's link token is its only credential, whoever holds it: there is no
    # tenant's id to aim at. test_engagement_signing.py's TestBadLinks covers wrong tokens.
    (re.compile(r"/portal/sign/\{token\}(/decline|/pay)?"), lambda world, route, _: []),
    (re.compile(r"/portal/requests/\{token\}(/items/\{item_id\})?"), lambda world, route, _: []),
    (
        re.compile(r"/portal/deliverables/\{token\}(/pay|/files/\{file_id\})?"),
        lambda world, route, _: [],
    ),
    (
        re.compile(r"/api/v1/deliverables/\{id\}"),
        _one("/api/v1/deliverables/{w.deliverable[id]}"),
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/deliverable/\{id\}"),
        _prefixed("deliverable", "{w.deliverable[id]}"),
    ),
    (
        re.compile(r"/api/v1/client-requests/\{id\}(?P<action>/send|/cancel)?"),
        lambda world, route, match: [
            Call(
                route.method,
                f"/api/v1/client-requests/{world.client_request['id']}" + (match["action"] or ""),
            )
        ],
    ),
    (
        re.compile(r"/api/v1/client-requests/\{id\}/items/\{itemId\}/review"),
        lambda world, route, _: [
            Call(
                route.method,
                f"/api/v1/client-requests/{world.client_request['id']}/items/"
                f"{world.client_request['items'][0]['id']}/review",
                {"decision": "ACCEPT"},
            )
        ],
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/client_request/\{id\}"),
        _prefixed("client_request", "{w.client_request[id]}"),
    ),
    (
        re.compile(r"/api/v1/engagements/\{id\}(?P<action>/\w+)?"),
        lambda world, route, match: [
            Call(
                route.method,
                f"/api/v1/engagements/{world.engagement['id']}" + (match["action"] or ""),
                {"startDate": "2030-01-01"} if match["action"] == "/renew" else None,
            )
        ],
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/engagement/\{id\}"),
        _prefixed("engagement", "{w.engagement[id]}"),
    ),
    (re.compile(r"/api/v1/credits/\{id\}"), _one("/api/v1/credits/{w.credit[id]}")),
    (
        re.compile(r"/api/v1/credits/\{id\}/apply"),
        _one("/api/v1/credits/{w.credit[id]}/apply", {"invoiceId": 1}),
    ),
    (re.compile(r"/api/v1/payments/\{id\}"), _one("/api/v1/payments/{w.payment[id]}")),
    (
        re.compile(r"/api/v1/payments/\{id\}/refund"),
        _one("/api/v1/payments/{w.payment[id]}/refund", {"reason": "hijacked"}),
    ),
    (
        re.compile(r"/api/v1/payments/\{id\}/dispute"),
        _one("/api/v1/payments/{w.payment[id]}/dispute"),
    ),
    (
        re.compile(r"/api/v1/payment-plans/\{id\}(?P<action>/\w+)?"),
        lambda world, route, match: [
            Call(
                route.method,
                f"/api/v1/payment-plans/{world.payment_plan['id']}" + (match["action"] or ""),
            )
        ],
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/payment_plan/\{id\}"),
        _prefixed("payment_plan", "{w.payment_plan[id]}"),
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/payment/\{id\}"),
        _prefixed("payment", "{w.payment[id]}"),
    ),
    (
        re.compile(r"/api/v1/clients/\{id\}/balance"),
        _one("/api/v1/clients/{w.objects[client][id]}/balance"),
    ),
    (
        re.compile(r"/api/v1/clients/\{id\}/statement"),
        _one("/api/v1/clients/{w.objects[client][id]}/statement"),
    ),
    (
        re.compile(r"/api/v1/statement-runs/\{id\}"),
        _one("/api/v1/statement-runs/{w.statement_run[id]}"),
    ),
    (
        re.compile(r"/api/v1/statement-runs/\{id\}/send"),
        _one("/api/v1/statement-runs/{w.statement_run[id]}/send"),
    ),
    (
        re.compile(r"/api/v1/statement-runs/\{id\}/statements/\{statementId\}/skip"),
        _one(
            "/api/v1/statement-runs/{w.statement_run[id]}/statements/"
            "{w.statement_run[statements][0][id]}/skip"
        ),
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/statement/\{id\}"),
        _prefixed("statement", "{w.statement_run[statements][0][id]}"),
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/ar_transaction/\{id\}"),
        _prefixed("ar_transaction", "{w.ar_transaction[id]}"),
    ),
    (
        re.compile(r"/api/v1/draft-invoices/\{id\}/(?P<action>[\w-]+)"),
        lambda world, route, match: [
            Call(
                route.method,
                f"/api/v1/draft-invoices/{world.draft['id']}/{match['action']}",
                _DRAFT_ACTION_BODIES.get(match["action"]),
            )
        ],
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/draft_invoice/\{id\}"),
        _prefixed("draft_invoice", "{w.draft[id]}"),
    ),
    (
        re.compile(r"(?P<prefix>/gql/v1|/v1)/project/\{id\}"),
        _prefixed("project", "{w.objects[job][id]}"),
    ),
    (re.compile(r"(?P<prefix>/gql/v1|/v1)/(?P<singular>\w+)/\{id\}"), _directory_read),
    (re.compile(r"/api/v1/(?P<plural>[\w-]+)/\{id\}(?P<action>/reactivate)?"), _directory_rest),
]


def aimed_at(world: World, route: Route) -> list[Call] | None:
    """The requests that aim `route` at `world`'s objects, or None if no target knows it."""
    for pattern, aim in TARGETS:
        match = pattern.fullmatch(route.template)
        if match is None:
            continue
        try:
            return aim(world, route, match)
        except KeyError:  # a directory path of a resource the world does not hold
            return None
    return None
