"""The ASGI layer in front of every route (pure ASGI, no per-request task overhead).

It gives each request an id (echoing a sane ``X-Request-Id``), enforces the JSON body rules
before any handler runs (413 over the size limit, 415 for another media type, 400 for bytes that
are not a JSON object; a body sent with no type, or curl's default form type, is JSON if it
parses as JSON), applies the per-address limit to anonymous calls, adds the
``RateLimit-*`` headers to every answer, and writes one structured access-log line per request.
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Any

import orjson
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from openwyn.context import AppContext
from openwyn.errors import (
    ApiError,
    BadRequest,
    PayloadTooLarge,
    RateLimited,
    Unavailable,
    UnsupportedMediaType,
)
from openwyn.kit.addresses import client_address
from openwyn.kit.envelope import defect_response, error_response
from openwyn.kit.front import DIRECT_ROUTE_KEY, RouteTable, replay, route_path
from openwyn.logs import REQUEST_ID
from openwyn.metrics import UNMATCHED, metrics
from openwyn.portal import pages
from openwyn.web.ratelimit import Decision

access_log = logging.getLogger("openwyn.access")
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# Routes that take something other than a JSON object: file uploads are multipart, not JSON,
# and have their own, larger limit (files_max_bytes), enforced as the body streams in.
UPLOAD_PATHS = frozenset({"/api/v1/files"})
# Room for the multipart boundaries and the small form fields beside the file.
UPLOAD_OVERHEAD_BYTES = 64 * 1024
# Portal pages take HTML forms, not JSON; their bodies are bounded as they stream in, the
# client requests' uploads as files are.
PORTAL_PREFIX = "/portal/"
PORTAL_UPLOADS = "/portal/requests/"
_UNLIMITED_PATHS = frozenset({"/healthz", "/readyz"})
TOKEN_PATHS = frozenset({"/v1/auth/token"})
# Media types under which a body is taken as JSON if it parses as JSON (contract §13.4): none at
# all, and curl's default for `-d`, which Aiwyn's curl examples send their JSON bodies with.
_UNDECLARED_MEDIA = frozenset({"", "application/x-www-form-urlencoded"})
_JSON_CONTENT_TYPE = (b"content-type", b"application/json")


class EdgeMiddleware:
    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx
        # Off (no token), requests are not counted at all: nothing is paid for unread metrics.
        self.metrics = metrics() if ctx.settings.metrics_token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        request_context = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = {"code": 500}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                status["started"] = 1
                await self._decorate(scope, message, request_id)
            await send(message)

        try:
            receive = await self._guard(scope, receive)
        except ApiError as error:
            answer = _refused(scope, error, request_id)
            await answer(scope, receive, send_with_headers)
        else:
            try:
                await self.app(scope, receive, send_with_headers)
            except Exception as error:
                if "started" in status:
                    raise  # the answer is on its way: only the server can end it
                # A defect: the 500 envelope (a page for a portal visitor), here rather than
                # from Starlette's server-error middleware, so that it carries the request id
                # and rate-limit headers too.
                answer = defect_response(error, request_id)
                if scope["path"].startswith(PORTAL_PREFIX):
                    answer = pages.status_page(answer.status_code)
                await answer(scope, receive, send_with_headers)
        finally:
            seconds = time.perf_counter() - started
            if self.metrics is not None:
                self.metrics.observe_request(
                    route_of(scope), scope["method"], status["code"], seconds
                )
            self._log(scope, status["code"], seconds, request_id)
            REQUEST_ID.reset(request_context)

    async def _guard(self, scope: Scope, receive: Receive) -> Receive:
        """Checks that run before routing; returns the receive channel the app should use."""
        headers = Headers(scope=scope)
        path: str = scope["path"]
        if "authorization" not in headers and path not in TOKEN_PATHS | _UNLIMITED_PATHS:
            decision = await self._hit_address(scope)
            if not decision.allowed:
                raise RateLimited(headers=decision.headers())
        if scope["method"] in _BODY_METHODS and path in UPLOAD_PATHS:
            if _has_body(headers):
                _check_multipart(headers.get("content-type", ""))
            limit = self.ctx.settings.files_max_bytes + UPLOAD_OVERHEAD_BYTES
            return _limited(headers, receive, limit)
        if scope["method"] in _BODY_METHODS and path.startswith(PORTAL_PREFIX):
            limit = self.ctx.settings.max_body_bytes
            if path.startswith(PORTAL_UPLOADS):
                limit = self.ctx.settings.files_max_bytes + UPLOAD_OVERHEAD_BYTES
            return _limited(headers, receive, limit)
        if scope["method"] in _BODY_METHODS:
            return await self._checked_json_body(scope, headers, receive)
        return receive

    async def _hit_address(self, scope: Scope) -> Decision:
        address = client_address(scope, self.ctx.settings.trusted_proxies)
        try:
            decision = await self.ctx.limiter.hit(
                f"addr:{address}", self.ctx.settings.rate_limit_anonymous_per_address
            )
        except Exception as exc:  # the shared limiter lives in the database
            raise Unavailable() from exc
        scope["state"]["rate_limit"] = decision
        return decision

    async def _checked_json_body(self, scope: Scope, headers: Headers, receive: Receive) -> Receive:
        limit = self.ctx.settings.max_body_bytes
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"The body is over {limit} bytes.")
        body = await _read_body(receive, limit)
        if body.strip() and not _check_json_object(headers.get("content-type", ""), body):
            _declare_json(scope)
        return replay(body, receive)

    async def _decorate(self, scope: Scope, message: Message, request_id: str) -> None:
        headers = MutableHeaders(scope=message)
        headers["X-Request-Id"] = request_id
        decision = scope["state"].get("rate_limit")
        if decision is None and scope["path"] not in _UNLIMITED_PATHS:
            # Answers that never reached a key check (bad tokens, unknown routes) count
            # against the caller's address.
            try:
                decision = await self._hit_address(scope)
            except Unavailable:
                decision = None
        if decision is not None:
            for name, value in decision.headers().items():
                headers.setdefault(name, value)

    def _log(self, scope: Scope, status: int, seconds: float, request_id: str) -> None:
        if not self.ctx.settings.access_log:
            return
        client = scope.get("client")
        access_log.info(
            "%s %s %s",
            scope["method"],
            scope["path"],
            status,
            extra={
                "request_id": request_id,
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round(seconds * 1000, 2),
                "client": client[0] if client else None,
            },
        )


def _refused(scope: Scope, error: ApiError, request_id: str) -> ASGIApp:
    """The answer to a request refused before routing: a portal visitor reads a page, an API
    client the error envelope."""
    if scope["path"].startswith(PORTAL_PREFIX):
        return pages.error_page(pages.refused(error.status_code, error.message))
    return error_response(error, request_id)


def route_of(scope: Scope) -> str:
    """The template of the route that served the request (`/gql/v1/client/{id}`), as the
    direct lane left it in the scope, or from the route Starlette's routing leaves there (its
    `route`) and the prefix the app's route table included it under; `unmatched` when no
    route served it."""
    direct: str | None = scope.get(DIRECT_ROUTE_KEY)
    if direct is not None:
        return direct
    route = scope.get("route")
    table: RouteTable | None = getattr(
        getattr(scope.get("app"), "state", None), "route_table", None
    )
    template = table.template_of(route, route_path(scope)) if table and route else None
    template = template or getattr(route, "path_format", None)
    return template if isinstance(template, str) else UNMATCHED


def _request_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            candidate: str = value.decode("latin-1")
            if _SAFE_REQUEST_ID.match(candidate):
                return candidate
    # 128 random bits as hex, as a UUID4's hex would be without building the UUID object.
    return os.urandom(16).hex()


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The body is over {limit} bytes.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _check_json_object(content_type: str, body: bytes) -> bool:
    """Refuse a body that is not a JSON object (400) or that declares another type (415);
    whether the body declared itself JSON (if not, it was sent with no type or curl's)."""
    media = content_type.split(";", 1)[0].strip().lower()
    declared_json = media == "application/json" or media.endswith("+json")
    if not declared_json and media not in _UNDECLARED_MEDIA:
        raise UnsupportedMediaType()
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BadRequest("The request body is not valid JSON.") from exc
    if not isinstance(parsed, dict):
        raise BadRequest("The request body must be a JSON object.")
    return declared_json


def _has_body(headers: Headers) -> bool:
    """Whether the request says it sends a body (a type, a length over 0, or chunks): one that
    sends none is left to the route, which asks for a token first."""
    length = headers.get("content-length")
    return (
        "content-type" in headers
        or "transfer-encoding" in headers
        or (length is not None and length.strip() not in ("", "0"))
    )


def _check_multipart(content_type: str) -> None:
    """An upload is a form: said before its fields are looked for, so that a file sent as JSON
    (or raw) hears what to send instead of that its `file` field is missing."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media != "multipart/form-data":
        sent = f"not {media}" if media else "not a body without a Content-Type"
        raise UnsupportedMediaType(
            f"A file upload is sent as multipart/form-data, with the file in a `file` part, {sent}."
        )


def _declare_json(scope: Scope) -> None:
    """Say the body is JSON, as it was found to be: the routes parse a body as JSON only when
    its type says so (this is the one place that decides)."""
    others = [header for header in scope["headers"] if header[0] != b"content-type"]
    scope["headers"] = [*others, _JSON_CONTENT_TYPE]


def _limited(headers: Headers, upstream: Receive, limit: int) -> Receive:
    """The body as it streams in, refused (413) as soon as it passes `limit` bytes."""
    declared = headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"The body is over {limit} bytes.")
    received = 0

    async def receive() -> Message:
        nonlocal received
        message = await upstream()
        received += len(message.get("body", b""))
        if received > limit:
            # Raised inside the app's body parsing: FastAPI turns any other exception there
            # into a 400 but passes an HTTPException through to the handler that renders 413.
            raise HTTPException(413, f"The body is over {limit} bytes.")
        return message

    return receive
