"""The one place that mounts every feature router (/v1, /gql/v1, /api/v1) and the service pages."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from openwyn import metrics
from openwyn.auth.endpoints import admin_router, keys_router, token_router
from openwyn.billing import endpoints as billing
from openwyn.billing.credit_endpoints import router as credit_router
from openwyn.billing.drafts import endpoints as drafts
from openwyn.context import AppContext, context_of
from openwyn.directory import DIRECTORY
from openwyn.engagements import endpoints as engagements
from openwyn.engagements import portal as engagement_portal
from openwyn.engagements.templates import ENGAGEMENT_TEMPLATES
from openwyn.errors import NotFound, Unauthenticated, Unavailable
from openwyn.events.endpoints import router as events_router
from openwyn.events.endpoints import subscriptions_router
from openwyn.files.endpoints import router as files_router
from openwyn.files.schemas import UPLOAD_FORM_SCHEMA
from openwyn.kit.document import declare_etags, name_shared_schemas
from openwyn.kit.envelope import plain
from openwyn.kit.front import DirectLanes, RouteTable, body_lanes_of, lanes_of
from openwyn.kit.resource import query_schema_components
from openwyn.kit.route_heads import guard_for
from openwyn.kit.sqltypes import utcnow
from openwyn.lastmile import deliverables_portal as deliverable_portal
from openwyn.lastmile import endpoints as client_requests
from openwyn.lastmile import portal as request_portal
from openwyn.lastmile.deliverables_resource import DELIVERABLES
from openwyn.lastmile.resource import CLIENT_REQUESTS
from openwyn.mail.endpoints import router as outbound_messages_router
from openwyn.migrations import runner
from openwyn.payments import endpoints as payments
from openwyn.payments.plans import PAYMENT_PLANS
from openwyn.payments.plans_endpoints import router as payment_plans_router
from openwyn.records import endpoints as records
from openwyn.statements import STATEMENTS
from openwyn.statements.endpoints import router as statements_router
from openwyn.web.endpoints import read_router, rest_router
from openwyn.webhooks import endpoints as webhooks
from openwyn.work import PROJECTS
from openwyn.work import endpoints as work

_DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"
service_router = APIRouter(tags=["Service"])


@service_router.get("/healthz", summary="The process is up", operation_id="get_health")
async def healthz() -> Response:
    return plain({"status": "ok"})


@service_router.get(
    "/readyz",
    operation_id="get_readiness",
    summary="The database is reachable, migrations are current and the webhook worker runs",
    responses={503: {"description": "Not ready"}},
)
async def readyz(request: Request) -> Response:
    """Ready: the database answers at the current schema revision and, in a process meant to
    run the in-process webhook worker, that worker is running."""
    ctx = context_of(request)
    db = ctx.db
    try:
        current = await runner.current_revision(db.engine)
    except Exception as exc:
        raise Unavailable() from exc
    head = runner.head_revision()
    if current != head:
        raise Unavailable(f"Database schema is at {current}, expected {head}.")
    if ctx.settings.run_webhook_worker:
        _check_webhook_worker(ctx)
    return plain({"status": "ready", "revision": current})


def _check_webhook_worker(ctx: AppContext) -> None:
    worker = ctx.webhook_worker
    if worker is None:
        raise Unavailable("The webhook worker has not started.")
    if worker.trouble is not None:
        raise Unavailable(f"The webhook worker is not running: it {worker.trouble}.")


@service_router.get("/metrics", include_in_schema=False)
async def prometheus_metrics(request: Request) -> Response:
    """Prometheus's text format, for a scraper bearing `OPENWYN_METRICS_TOKEN` (metrics.py).
    Without a token configured there is no such route."""
    ctx = context_of(request)
    token = ctx.settings.metrics_token
    if not token:
        raise NotFound("No such route.")
    if not metrics.authorized(token, request.headers.get("authorization")):
        raise Unauthenticated("The metrics token is missing or wrong.")
    await metrics.sample_database(ctx.db, utcnow())
    # Reading every process's files is blocking I/O: off the event loop.
    body = await run_in_threadpool(metrics.exposition)
    return Response(body, media_type=metrics.CONTENT_TYPE)


@service_router.get("/", include_in_schema=False)
async def home(request: Request) -> Response:
    """A browser pointed at the server lands on the API's documentation."""
    return RedirectResponse(f"{request.scope.get('root_path', '')}/docs", status_code=307)


@service_router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Openwyn API",
        swagger_js_url="/docs-assets/swagger-ui-bundle.js",
        swagger_css_url="/docs-assets/swagger-ui.css",
        swagger_favicon_url="/docs-assets/favicon.png",
    )


def context_of_app(app: FastAPI) -> AppContext:
    ctx: AppContext = app.state.ctx
    return ctx


def mount_routes(app: FastAPI) -> None:
    table = RouteTable()

    def include(router: APIRouter, prefix: str = "", *, include_in_schema: bool = True) -> None:
        """Include `router` at `prefix` behind the check of its heads, and note it in the
        table the lanes and the 404's hints read."""
        table.add(prefix, router)
        guard = guard_for(router, prefix)
        included = router if guard is None else guard
        app.include_router(included, prefix=prefix, include_in_schema=include_in_schema)

    include(service_router)
    app.mount("/docs-assets", StaticFiles(directory=_DOCS_ASSETS), name="docs-assets")
    include(token_router, "/v1")
    for reads, rest in _directory_routers():
        include(reads, "/gql/v1")
        # Aiwyn's examples also call the read family without `gql`.
        include(reads, "/v1", include_in_schema=False)
        include(rest, "/api/v1")
    include(work.read_router, "/gql/v1")
    include(work.read_router, "/v1", include_in_schema=False)
    include(work.rest_router, "/api/v1")
    include(billing.read_router, "/gql/v1")
    include(billing.read_router, "/v1", include_in_schema=False)
    include(billing.rest_router, "/api/v1")
    include(credit_router, "/api/v1")
    include(statements_router, "/api/v1")
    include(engagements.read_router, "/gql/v1")
    include(engagements.read_router, "/v1", include_in_schema=False)
    include(engagements.rest_router, "/api/v1")
    include(engagement_portal.router)
    include(client_requests.router, "/api/v1")
    include(client_requests.deliverable_router, "/api/v1")
    include(request_portal.router)
    include(deliverable_portal.router)
    include(payments.read_router, "/gql/v1")
    include(payments.read_router, "/v1", include_in_schema=False)
    include(payments.rest_router, "/api/v1")
    include(payment_plans_router, "/api/v1")
    ledger_reads, projects, request_reads, deliverable_reads = _resource_read_routers()
    include(ledger_reads, "/gql/v1")
    include(ledger_reads, "/v1", include_in_schema=False)
    include(projects, "/gql/v1")
    include(projects, "/v1", include_in_schema=False)
    statement_reads = _statement_read_router()
    include(statement_reads, "/gql/v1")
    include(statement_reads, "/v1", include_in_schema=False)
    plan_reads = _payment_plan_read_router()
    include(plan_reads, "/gql/v1")
    include(plan_reads, "/v1", include_in_schema=False)
    include(request_reads, "/gql/v1")
    include(request_reads, "/v1", include_in_schema=False)
    include(deliverable_reads, "/gql/v1")
    include(deliverable_reads, "/v1", include_in_schema=False)
    include(drafts.read_router, "/gql/v1")
    include(drafts.read_router, "/v1", include_in_schema=False)
    include(drafts.rest_router, "/api/v1")
    # The records routes with fixed segments (types, custom) go first: see records/endpoints.py.
    for rest in (
        records.types_router,
        records.records_router,
        files_router,
        outbound_messages_router,
        events_router,
        webhooks.secret_router,
        subscriptions_router,
        webhooks.test_router,
        keys_router,
        admin_router,
    ):
        include(rest, "/api/v1")
    app.state.route_table = table
    # After the last include; a middleware, so inside any the caller adds after this.
    lanes, bodies = lanes_of(table), body_lanes_of(table)
    if lanes or bodies:
        app.add_middleware(DirectLanes, lanes=lanes, bodies=bodies)
    _describe_queries(app)


@cache
def _directory_routers() -> list[tuple[APIRouter, APIRouter]]:
    """Built once per process: routers hold no state (handlers find theirs on the request's
    app), and building them (FastAPI analyses every route) costs far more than mounting."""
    standard = [*DIRECTORY, ENGAGEMENT_TEMPLATES]
    return [(read_router(resource), rest_router(resource)) for resource in standard]


@cache
def _resource_read_routers() -> tuple[APIRouter, APIRouter, APIRouter, APIRouter]:
    """The AR ledger's, the projects', the client requests' and the deliverables' read
    families, built once per process likewise."""
    return (
        billing.ledger_read_router(),
        read_router(PROJECTS),
        read_router(CLIENT_REQUESTS),
        read_router(DELIVERABLES),
    )


@cache
def _statement_read_router() -> APIRouter:
    """The statements' read family (`/statements`, `/statements/search`, `/statement/{id}`)."""
    return read_router(STATEMENTS)


@cache
def _payment_plan_read_router() -> APIRouter:
    """The payment plans' read family (`/payment_plans`, `/payment_plans/search`,
    `/payment_plan/{id}`)."""
    return read_router(PAYMENT_PLANS)


# A signed download link (`POST /api/v1/files/{id}/download-url`) stands in for a token on
# `GET /api/v1/files/{id}/content`; its `signature` travels with `tenant` and `expires`.
_SIGNED_URL_SCHEME = {
    "type": "apiKey",
    "in": "query",
    "name": "signature",
    "description": "The signature of a link from `POST /api/v1/files/{id}/download-url`.",
}


def _describe_upload(document: dict[str, Any]) -> None:
    """FastAPI describes form fields one by one, each nullable; the upload's form has rules
    across fields and no nulls (a multipart field is text or bytes), so it is stated whole."""
    content = document["paths"]["/api/v1/files"]["post"]["requestBody"]["content"]
    generated = content["multipart/form-data"]["schema"]["$ref"].rsplit("/", 1)[-1]
    document["components"]["schemas"].pop(generated, None)
    content["multipart/form-data"]["schema"] = UPLOAD_FORM_SCHEMA


def _https_only(document: dict[str, Any]) -> None:
    """Outside development mode a delivery URL must be https (events/subscriptions.py)."""
    for name in ("SubscriptionCreate", "SubscriptionUpdate"):
        url = document["components"]["schemas"][name]["properties"]["deliveryUrl"]
        for schema in url.get("anyOf", [url]):
            if "pattern" in schema:
                schema["pattern"] = schema["pattern"].replace("^https?://", "^https://", 1)


def _drop_default_validation_responses(document: dict[str, Any]) -> None:
    """FastAPI documents a 422 with its own error shape on every route that takes input; a
    validation error here is a 400 in the contract's envelope (contract §13.1), declared by each
    route through `error_responses`."""
    for operations in document["paths"].values():
        for operation in operations.values():
            operation.get("responses", {}).pop("422", None)
    for name in ("HTTPValidationError", "ValidationError"):
        document["components"]["schemas"].pop(name, None)


def _describe_queries(app: FastAPI) -> None:
    """Add the `where` schemas the search bodies point at to the generated document."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = generate()
            document["components"]["schemas"].update(query_schema_components())
            document["components"]["securitySchemes"]["signedUrl"] = _SIGNED_URL_SCHEME
            _describe_upload(document)
            name_shared_schemas(document)
            declare_etags(document)
            _drop_default_validation_responses(document)
            if not context_of_app(app).settings.webhooks_allow_insecure:
                _https_only(document)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]
