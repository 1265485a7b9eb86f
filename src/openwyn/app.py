"""create_app(settings): middleware, error handlers, routers and lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.telemetry import TelemetryConfig
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match

from openwyn import API_VERSION, collector, metrics
from openwyn.api import mount_routes
from openwyn.config import Settings, load_settings
from openwyn.context import AppContext, request_id_of
from openwyn.db import is_query_timeout
from openwyn.edge import PORTAL_PREFIX, EdgeMiddleware
from openwyn.engagements.clock import EngagementClock
from openwyn.errors import (
    ApiError,
    BadRequest,
    Conflict,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    QueryTimeout,
    Unauthenticated,
    Unavailable,
    UnsupportedMediaType,
    ValidationFailed,
)
from openwyn.kit.document import operation_id
from openwyn.kit.envelope import defect_response, error_response
from openwyn.kit.route_hints import integer_parameter_error
from openwyn.logs import configure_logging
from openwyn.mail.worker import MailWorker
from openwyn.payments.worker import PaymentWorker, PlanWorker
from openwyn.portal import pages
from openwyn.statements.worker import StatementWorker
from openwyn.webhooks.worker import Supervisor, Worker

log = logging.getLogger("openwyn")

_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthenticated,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
}


# FastAPI looks up the global tracer, meter and logger providers on every request unless told
# not to: about 30,000 instructions a get, 5 % of it (callgrind).
_NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}
_PROBED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    configure_logging(settings)
    ctx = AppContext.build(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Everything built at start-up lives as long as the process: keep it out of the
        # collector's way, so full collections stay short and a request's latency with them.
        collector.settle()
        async with (
            _webhook_worker(ctx),
            _mail_worker(ctx),
            _payment_worker(ctx),
            _pool_sampler(ctx),
        ):
            yield
        await ctx.aclose()
        metrics.process_exits()

    app = FastAPI(
        title="Openwyn",
        version=API_VERSION,
        description="A self-hostable, stateful server for the Aiwyn v1 API.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        telemetry=None if settings.opentelemetry else _NO_TELEMETRY,
        generate_unique_id_function=operation_id,
    )
    app.state.ctx = ctx
    _install_error_handlers(app)
    mount_routes(app)
    app.add_middleware(EdgeMiddleware, ctx=ctx)
    return app


@asynccontextmanager
async def _webhook_worker(ctx: AppContext) -> AsyncIterator[None]:
    """The in-process delivery worker of `openwyn serve` (unless --no-worker), for the life of
    the app; it shares the app's connection pool. It is supervised: one that dies is started
    again, and `/readyz` says so while it is down."""
    if not ctx.settings.run_webhook_worker:
        yield
        return
    worker = Worker(ctx.db, ctx.settings)
    supervisor = Supervisor(worker.name, worker.run)
    ctx.webhook_worker = supervisor
    stop = asyncio.Event()
    task = asyncio.create_task(supervisor.run(stop))
    try:
        yield
    finally:
        stop.set()
        await task
        await worker.aclose()


@asynccontextmanager
async def _payment_worker(ctx: AppContext) -> AsyncIterator[None]:
    """The in-process payments worker of `openwyn serve` (unless --no-worker): settles
    pending ACH payments when they come due; and the engagement clock beside it (expiry,
    reminders, start and end dates: engagements/clock.py)."""
    if not ctx.settings.run_webhook_worker:
        yield
        return
    worker = PaymentWorker(ctx.db, ctx.settings)
    plan_worker = PlanWorker(ctx.db, ctx.settings)
    clock = EngagementClock(ctx.db, ctx.settings, storage=ctx.files)
    stop = asyncio.Event()
    task = asyncio.gather(
        Supervisor(worker.name, worker.run).run(stop),
        Supervisor(plan_worker.name, plan_worker.run).run(stop),
        Supervisor(clock.name, clock.run).run(stop),
    )
    try:
        yield
    finally:
        stop.set()
        await task


@asynccontextmanager
async def _mail_worker(ctx: AppContext) -> AsyncIterator[None]:
    """The in-process mail worker of `openwyn serve` (unless --no-worker): a task of its own
    beside the delivery worker, so that a slow mail server never holds a webhook up; the
    statement worker (statements/worker.py), which makes the daily statement runs, beside it."""
    if not ctx.settings.run_webhook_worker:
        yield
        return
    worker = MailWorker(ctx.db, ctx.settings, storage=ctx.files)
    statements = StatementWorker(ctx.db, ctx.settings, storage=ctx.files)
    stop = asyncio.Event()
    task = asyncio.gather(
        Supervisor(worker.name, worker.run).run(stop),
        Supervisor(statements.name, statements.run).run(stop),
    )
    try:
        yield
    finally:
        stop.set()
        await task


@asynccontextmanager
async def _pool_sampler(ctx: AppContext) -> AsyncIterator[None]:
    """With metrics on, this process's pool use, every few seconds, for whichever process
    answers a scrape (a scrape samples its own process's pools itself)."""
    if not ctx.settings.metrics_token:
        yield
        return
    task = asyncio.create_task(metrics.sample_pools_every(ctx.db, metrics.SAMPLE_SECONDS))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def create_app_from_env() -> FastAPI:
    """The factory uvicorn workers call."""
    return create_app()


def _install_error_handlers(app: FastAPI) -> None:
    handlers: list[tuple[type[Exception], Handler]] = [
        (ApiError, _api_error),  # type: ignore[list-item]
        (HTTPException, _http_error),  # type: ignore[list-item]
        (RequestValidationError, _validation_error),  # type: ignore[list-item]
        (IntegrityError, _integrity_error),  # type: ignore[list-item]
        *((unreachable, _database_error) for unreachable in _UNREACHABLE),
        (Exception, _internal_error),
    ]
    for kind, handler in handlers:
        app.add_exception_handler(kind, _paged_for_portal(handler))


Handler = Callable[[Request, Exception], Awaitable[Response]]
_UNREACHABLE = (DBAPIError, PoolTimeout, OSError, TimeoutError)


def _paged_for_portal(handler: Handler) -> Handler:
    """A portal visitor reads a page whatever failed: an error answered as the API's envelope
    is answered as a plain page of its status instead, keeping its Allow or Retry-After."""

    async def answer(request: Request, exc: Exception) -> Response:
        response = await handler(request, exc)
        if not request.url.path.startswith(PORTAL_PREFIX):
            return response
        message = exc.message if isinstance(exc, ApiError) and exc.status_code < 500 else None
        kept = {k: v for k, v in response.headers.items() if k in ("allow", "retry-after")}
        return pages.status_page(response.status_code, message, kept)

    return answer


async def _api_error(request: Request, exc: ApiError) -> Response:
    return error_response(exc, request_id_of(request))


async def _http_error(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404:
        bad_parameter = integer_parameter_error(request.app, request.method, request.url.path)
        if bad_parameter is not None:
            return error_response(bad_parameter, request_id_of(request))
    error_class = _BY_STATUS.get(exc.status_code, ApiError)
    message = "No such route." if exc.status_code == 404 else None
    error = error_class(message) if error_class is not Unauthenticated else Unauthenticated()
    error.headers.update(exc.headers or {})
    if exc.status_code == 405:
        error.headers["Allow"] = ", ".join(_methods_allowed_at(request))
    return error_response(error, request_id_of(request))


def _methods_allowed_at(request: Request) -> list[str]:
    """Every method some route serves at this path.

    Starlette answers 405 from the first route whose path matched, so its ``Allow`` names only
    that route's methods; a path served by several routes (list and create) needs the union.
    Each method is probed through the public ``matches`` so included routers count too.
    """
    return [
        method
        for method in _PROBED_METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL
            for route in request.app.router.routes
        )
    ]


def _path_of(location: tuple[Any, ...]) -> str:
    if len(location) == 2 and location[0] == "header":
        # Headers are named as clients write them: If-Match, Idempotency-Key.
        return "-".join(word.capitalize() for word in str(location[1]).split("-"))
    parts = [str(part) for part in location[1:]] if len(location) > 1 else [str(location[0])]
    path = ""
    for part in parts:
        path += f"[{part}]" if part.isdigit() else (f".{part}" if path else part)
    return path


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    details = [
        {"path": _path_of(tuple(error["loc"])), "message": str(error["msg"])}
        for error in exc.errors()
    ]
    error = ValidationFailed("The request is not valid.", details)  # type: ignore[arg-type]
    return error_response(error, request_id_of(request))


async def _integrity_error(request: Request, exc: IntegrityError) -> Response:
    # A race lost against a concurrent write of the same unique value.
    log.info("integrity error turned into 409: %s", exc.orig)
    return error_response(
        Conflict("The change conflicts with existing data."), request_id_of(request)
    )


# A statement the database refused for what it said, not because it could not be reached:
# PostgreSQL's data exceptions (SQLSTATE class 22) and syntax or access errors (42), SQLite's
# too-big, mismatch and range errors. Input validation keeps them from happening, so one is a
# bug: a 500 with its trace in the log, never a 503 that tells the client to try again.
_STATEMENT_SQLSTATE_CLASSES = ("22", "42")
_STATEMENT_SQLITE_ERRORS = ("SQLITE_TOOBIG", "SQLITE_MISMATCH", "SQLITE_RANGE")


def _refused_statement(exc: Exception) -> bool:
    error: BaseException | None = getattr(exc, "orig", None)
    while error is not None:
        state = getattr(error, "sqlstate", None)
        if isinstance(state, str):
            return state[:2] in _STATEMENT_SQLSTATE_CLASSES
        if getattr(error, "sqlite_errorname", None) in _STATEMENT_SQLITE_ERRORS:
            return True
        error = error.__cause__
    return False


async def _database_error(request: Request, exc: Exception) -> Response:
    # A statement that ran out of time reached the database: 504, not "unreachable" (§13.9).
    if is_query_timeout(exc):
        log.info("query timed out: %s", exc.__class__.__name__)
        return error_response(QueryTimeout(), request_id_of(request))
    if _refused_statement(exc):
        return await _internal_error(request, exc)
    log.warning("database unavailable: %s", exc.__class__.__name__)
    return error_response(Unavailable(), request_id_of(request))


async def _internal_error(request: Request, exc: Exception) -> Response:
    return defect_response(exc, request_id_of(request))
