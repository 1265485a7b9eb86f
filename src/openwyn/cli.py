"""The `openwyn` command (contract §12)."""

from __future__ import annotations

import asyncio
import gc
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
import uvicorn
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from typer.core import TyperCommand, TyperGroup

from openwyn.auth import repository, service
from openwyn.auth.endpoints import key_view, tenant_view
from openwyn.auth.roles import Role
from openwyn.config import Settings, load_settings
from openwyn.db import Database
from openwyn.errors import ApiError
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import dumps, loads
from openwyn.logs import configure_logging
from openwyn.migrations import runner
from openwyn.records.upsert import MAX_RECORDS, RecordBatch, write_batch


class _UntypedFlags:
    """Help that shows a flag as `--demo`, not `--demo <bool>`: a flag takes no value."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
        return params


class _Command(_UntypedFlags, TyperCommand):
    pass


class _Group(_UntypedFlags, TyperGroup):
    pass


app = typer.Typer(
    cls=_Group, no_args_is_help=True, add_completion=False, help="Openwyn: the Aiwyn v1 API."
)
tenant_app = typer.Typer(cls=_Group, no_args_is_help=True, help="Tenants.")
apikey_app = typer.Typer(cls=_Group, no_args_is_help=True, help="API keys.")
app.add_typer(tenant_app, name="tenant")
app.add_typer(apikey_app, name="apikey")

T = TypeVar("T")
# Allocations between collections of the youngest generation in `openwyn worker`.
WORKER_YOUNG_THRESHOLD = 10_000


def _in_transaction(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async def run() -> T:
        db = Database(settings)
        try:
            async with db.session() as session:
                return await work(session)
        finally:
            await db.dispose()

    try:
        return asyncio.run(run())
    except ApiError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(1) from error


def _print(data: dict[str, Any], as_json: bool, text: str) -> None:
    typer.echo(dumps(data).decode() if as_json else text)


@app.command(cls=_Command)
def migrate() -> None:
    """Apply database migrations and exit."""
    settings = load_settings()
    runner.upgrade(settings.database_url)
    typer.echo(f"database at {runner.head_revision()}")


class LogFormatChoice(StrEnum):
    json = "json"
    text = "text"


LogFormat = Annotated[
    LogFormatChoice | None,
    typer.Option(
        "--log-format",
        help="json (one object a line) or text (for development); default OPENWYN_LOG_FORMAT.",
        show_default=False,
    ),
]


def _settings_with_log_format(log_format: LogFormatChoice | None) -> Settings:
    """The settings, with the log format the command line chose; it reaches the server's
    worker processes through the environment."""
    if log_format is not None:
        os.environ["OPENWYN_LOG_FORMAT"] = log_format.value
    settings = load_settings()
    configure_logging(settings)
    return settings


@app.command(cls=_Command)
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="API processes.")] = 1,
    demo: Annotated[
        bool, typer.Option("--demo", help="Create the demo tenant and print a key.")
    ] = False,
    no_worker: Annotated[
        bool, typer.Option("--no-worker", help="Do not run an in-process webhook worker.")
    ] = False,
    log_format: LogFormat = None,
) -> None:
    """Apply migrations and serve the API."""
    settings = _settings_with_log_format(log_format)
    runner.upgrade(settings.database_url)
    if demo:
        from openwyn.demo import ensure_demo

        key = _in_transaction(settings, ensure_demo)
        _print_demo_instructions(host, port, key)
        # Development mode: webhooks may go to http and to a receiver on this machine.
        os.environ["OPENWYN_WEBHOOKS_ALLOW_INSECURE"] = "true"
    # Settings reach uvicorn's processes through the environment.
    os.environ["OPENWYN_RUN_WEBHOOK_WORKER"] = "false" if no_worker else "true"
    with _metrics_directory(settings):
        uvicorn.run(
            "openwyn.app:create_app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            access_log=False,
            # Openwyn's logging (logs.py) carries uvicorn's lines too, in the same format.
            log_config=None,
            log_level=settings.log_level,
            # The scheme a trusted proxy forwards (X-Forwarded-Proto) makes the links the API
            # answers (signed downloads) https; the client address is read by the edge layer,
            # from the same list (kit/addresses.py).
            proxy_headers=bool(settings.trusted_proxies),
            forwarded_allow_ips=settings.forwarded_allow_ips,
        )


@contextmanager
def _metrics_directory(settings: Settings) -> Iterator[None]:
    """With metrics on, every API process counts into files of one directory (prometheus-client's
    multiprocess mode) and any of them answers a scrape with the sums: PROMETHEUS_MULTIPROC_DIR
    if set, else a temporary directory removed at exit. It is emptied at start."""
    if not settings.metrics_token:
        yield
        return
    from openwyn import metrics

    given = metrics.multiprocess_directory()
    directory = Path(given) if given else Path(tempfile.mkdtemp(prefix="openwyn-metrics-"))
    metrics.serve_multiprocess(directory)
    try:
        yield
    finally:
        if given is None:
            shutil.rmtree(directory, ignore_errors=True)


def _print_demo_instructions(host: str, port: int, key: str) -> None:
    base = f"http://{host}:{port}"
    typer.echo(
        "\nOpenwyn demo tenant 'demo' is ready.\n"
        f"  API key (shown once): {key}\n"
        "  Get a token:\n"
        f"    curl -s -X POST {base}/v1/auth/token -H 'Content-Type: application/json' "
        f'-d \'{{"jwtApiKey": "{key}"}}\'\n'
        "  Then:\n"
        f'    curl -s -X POST {base}/gql/v1/clients -H "Authorization: Bearer $TOKEN"\n'
        f"  Docs: {base}/docs\n",
        err=False,
    )
    sys.stdout.flush()


@app.command(cls=_Command)
def worker(
    concurrency: Annotated[
        int | None, typer.Option(help="Deliveries in flight at once (default 64).")
    ] = None,
    tenant: Annotated[
        list[str] | None,
        typer.Option(help="Serve only this tenant's deliveries (repeatable; default: all)."),
    ] = None,
    metrics_port: Annotated[
        int | None,
        typer.Option(
            help="Serve this worker's /metrics on this port (needs OPENWYN_METRICS_TOKEN).",
            show_default=False,
        ),
    ] = None,
    metrics_host: Annotated[str, typer.Option(help="Address of --metrics-port.")] = "127.0.0.1",
    log_format: LogFormat = None,
) -> None:
    """Run a webhook delivery worker until interrupted; any number may share one database."""
    settings = _settings_with_log_format(log_format)
    server = None
    if metrics_port is not None:
        if not settings.metrics_token:
            raise typer.BadParameter("set OPENWYN_METRICS_TOKEN first", param_hint="--metrics-port")
        from openwyn import metrics

        server = metrics.start_exposition_server(metrics_host, metrics_port, settings.metrics_token)
    try:
        with asyncio.Runner(loop_factory=_event_loop_factory()) as runner_:
            runner_.run(_deliver_until_stopped(settings, concurrency, tenant))
    finally:
        if server is not None:
            server.shutdown()


def _event_loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop where it is installed (as `openwyn serve` runs under uvicorn), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def _deliver_until_stopped(
    settings: Settings,
    concurrency: int | None,
    slugs: list[str] | None,
    stop: asyncio.Event | None = None,
) -> None:
    """Deliver until SIGINT or SIGTERM (or `stop`, if given, is set); a worker that dies is
    logged and started again (`Supervisor`)."""
    from openwyn.webhooks.worker import Supervisor, Worker

    db = Database(settings)
    tenants = None
    if slugs:
        async with db.sessions() as session:
            found = [await repository.unscoped_tenant_by_slug(session, slug) for slug in slugs]
        if any(row is None for row in found):
            await db.dispose()
            raise typer.BadParameter(f"no such tenant among {slugs}", param_hint="--tenant")
        tenants = frozenset(row.id for row in found if row is not None)
    delivery = Worker(db, settings, concurrency=concurrency, tenants=tenants)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for stop_signal in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(stop_signal, stop.set)
    _settle_collector()
    sampler = _pool_sampler(settings, db)
    try:
        await Supervisor(delivery.name, delivery.run).run(stop)
    finally:
        if sampler is not None:
            sampler.cancel()
        await delivery.aclose()
        await db.dispose()


def _pool_sampler(settings: Settings, db: Database) -> asyncio.Task[None] | None:
    if not settings.metrics_token:
        return None
    from openwyn import metrics

    return asyncio.create_task(metrics.sample_pools_every(db, metrics.SAMPLE_SECONDS))


def _settle_collector() -> None:
    """Set the cyclic garbage collector up for delivering.

    What start-up built lives as long as the process: it is frozen out of the collector's way,
    as in `openwyn serve`, so that full collections walk only what delivering allocates. And
    delivering allocates many short-lived objects (rows, claims, outcomes) that reference
    counting frees; collecting the youngest generation every 700 allocations, the default,
    cost about 20 µs a delivery (bench/webhook_delivery.py), every 10,000 a tenth of that.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(WORKER_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


@app.command("import", cls=_Command)
def import_records(
    path: Annotated[Path, typer.Argument(help="A JSON Lines file: one record per line.")],
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
) -> None:
    """Upsert records as `POST /api/v1/records` does, 100 to a transaction.

    Each line is `{"type": ..., "systemRef": ..., "attributes": {...}}`. A bad record fails
    alone and is reported with its line number; the exit status is 1 if any failed.
    """
    settings = load_settings()
    runner.upgrade(settings.database_url)
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    totals: dict[str, int] = {}
    for start in range(0, len(lines), MAX_RECORDS):
        chunk = lines[start : start + MAX_RECORDS]
        result = _in_transaction(settings, _importer(tenant, chunk, start))
        for key, value in result["summary"].items():
            totals[key] = totals.get(key, 0) + value
    _in_transaction(settings, kit_repo.analyze)
    typer.echo(dumps(totals).decode())
    if totals.get("failed"):
        raise typer.Exit(1)


def _importer(
    slug: str, lines: list[str], first_index: int
) -> Callable[[AsyncSession], Awaitable[dict[str, Any]]]:
    async def work(session: AsyncSession) -> dict[str, Any]:
        found = await repository.unscoped_tenant_by_slug(session, slug)
        if found is None:
            raise ApiError(f"no tenant {slug!r}")
        try:
            batch = RecordBatch.model_validate({"records": [loads(line) for line in lines]})
        except (ValueError, ValidationError) as error:
            raise ApiError(f"lines {first_index + 1}-{first_index + len(lines)}: {error}") from None
        result = (await write_batch(session, found.id, batch, create_missing=True)).public()
        for record in result["records"]:
            if record["error"] is not None:
                line = first_index + record["index"] + 1
                typer.echo(f"line {line}: {record['error']['message']}", err=True)
        return result

    return work


@tenant_app.command("create", cls=_Command)
def tenant_create(
    slug: str,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Create a tenant and its first API_ADMIN key (printed once)."""
    settings = load_settings()
    runner.upgrade(settings.database_url)

    async def work(session: AsyncSession) -> dict[str, Any]:
        tenant = await service.create_tenant(session, slug, name)
        issued = await service.issue_key(
            session, tenant.id, name="first admin key", roles=[Role.API_ADMIN]
        )
        return {
            "tenant": tenant_view(tenant),
            "apiKey": key_view(issued.key) | {"apiKey": issued.plaintext},
        }

    data = _in_transaction(settings, work)
    _print(
        data, as_json, f"tenant {slug} created\nAPI key (shown once): {data['apiKey']['apiKey']}"
    )


@apikey_app.command("create", cls=_Command)
def apikey_create(
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
    role: Annotated[list[Role], typer.Option(help="Role to grant (repeatable).")],
    staff_id: Annotated[int | None, typer.Option(help="Staff id the key acts as.")] = None,
    name: Annotated[str, typer.Option(help="A name for the key.")] = "cli key",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Create an API key (printed once)."""
    settings = load_settings()
    runner.upgrade(settings.database_url)

    async def work(session: AsyncSession) -> dict[str, Any]:
        found = await repository.unscoped_tenant_by_slug(session, tenant)
        if found is None:
            raise ApiError(f"no tenant {tenant!r}")
        issued = await service.issue_key(
            session, found.id, name=name, roles=role, staff_id=staff_id
        )
        return key_view(issued.key) | {"apiKey": issued.plaintext}

    data = _in_transaction(settings, work)
    _print(data, as_json, f"API key {data['id']} (shown once): {data['apiKey']}")


@apikey_app.command("revoke", cls=_Command)
def apikey_revoke(
    key_id: int,
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
) -> None:
    """Revoke an API key."""
    settings = load_settings()

    async def work(session: AsyncSession) -> None:
        found = await repository.unscoped_tenant_by_slug(session, tenant)
        if found is None:
            raise ApiError(f"no tenant {tenant!r}")
        await service.revoke_key(session, found.id, key_id)

    _in_transaction(settings, work)
    typer.echo(f"API key {key_id} revoked")


@app.command(cls=_Command)
def token(api_key: Annotated[str, typer.Option("--api-key", help="The API key.")]) -> None:
    """Print a JWT for an API key (for curl)."""
    settings = load_settings()

    async def work(session: AsyncSession) -> str:
        return (await service.exchange(session, settings, api_key)).token

    typer.echo(_in_transaction(settings, work))


def main() -> None:
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    app()
