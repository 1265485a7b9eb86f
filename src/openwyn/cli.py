"""The `openwyn` command (contract §12)."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.console import Console
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn import collector
from openwyn.auth import repository, service
from openwyn.cli_admin import apikey_app, tenant_app
from openwyn.cli_import import import_records
from openwyn.cli_ledger import verify_ledger
from openwyn.cli_support import Command, Group, in_transaction, prepared
from openwyn.config import Settings, load_settings
from openwyn.db import Database
from openwyn.logs import configure_logging
from openwyn.migrations import runner

app = typer.Typer(
    cls=Group, no_args_is_help=True, add_completion=False, help="Openwyn: the Aiwyn v1 API."
)
app.add_typer(tenant_app, name="tenant")
app.add_typer(apikey_app, name="apikey")
app.command("import", cls=Command)(import_records)
app.command("verify-ledger", cls=Command)(verify_ledger)


@app.command(cls=Command)
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


@app.command(cls=Command)
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
    # A server's lines are all log records, in the configured format.
    prepared(settings, logging.getLogger("openwyn.cli").warning)
    if demo:
        key, kept_in = _demo_key(settings)
        _print_demo_instructions(host, port, key, kept_in)
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


def _demo_key(settings: Settings) -> tuple[str, Path]:
    """Seed the demo (with a progress bar) and return its key: the one printed last time while
    it is still live, kept in a file of mode 600 beside the database, or a new one that
    replaces it (demo.ensure_demo revokes the old)."""
    from rich.progress import Progress

    from openwyn.demo import CLIENT_COUNT, ensure_demo

    stored = settings.secret_file().with_name(".openwyn-demo-key")
    previous = stored.read_text().strip() if stored.exists() else None
    with Progress(transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("seeding the demo firm", total=CLIENT_COUNT)

        def seeded(clients: int) -> None:
            progress.update(task, completed=clients)

        async def work(session: AsyncSession) -> str:
            return await ensure_demo(session, previous, seeded)

        key = in_transaction(settings, work)
    if key != previous:
        stored.touch(mode=0o600)
        stored.write_text(key + "\n")
    return key, stored


def _print_demo_instructions(host: str, port: int, key: str, kept_in: Path) -> None:
    base = f"http://{host}:{port}"
    typer.echo(
        "\nOpenwyn demo tenant 'demo' is ready.\n"
        f"  API key (the same at every restart; kept in {kept_in}): {key}\n"
        "  Get a token:\n"
        f"    curl -s -X POST {base}/v1/auth/token -H 'Content-Type: application/json' "
        f'-d \'{{"jwtApiKey": "{key}"}}\'\n'
        "  Then:\n"
        f'    curl -s -X POST {base}/gql/v1/clients -H "Authorization: Bearer $TOKEN"\n'
        f"  Docs: {base}/docs\n",
        err=False,
    )
    sys.stdout.flush()


@app.command(cls=Command)
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
    """Run a webhook delivery and mail worker until interrupted; any number may share one
    database."""
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
    from openwyn.engagements.clock import EngagementClock
    from openwyn.mail.worker import MailWorker
    from openwyn.payments.worker import PaymentWorker, PlanWorker
    from openwyn.statements.worker import StatementWorker
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
    collector.settle()
    sampler = _pool_sampler(settings, db)
    mail = MailWorker(db, settings, tenants=tenants)
    statements = StatementWorker(db, settings, tenants=tenants)
    engagement_clock = EngagementClock(db, settings, tenants=tenants)
    payments = PaymentWorker(db, settings, tenants=tenants)
    payment_plans = PlanWorker(db, settings, tenants=tenants)
    try:
        await asyncio.gather(
            Supervisor(delivery.name, delivery.run).run(stop),
            Supervisor(mail.name, mail.run).run(stop),
            Supervisor(statements.name, statements.run).run(stop),
            Supervisor(engagement_clock.name, engagement_clock.run).run(stop),
            Supervisor(payments.name, payments.run).run(stop),
            Supervisor(payment_plans.name, payment_plans.run).run(stop),
        )
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


@app.command(cls=Command)
def token(api_key: Annotated[str, typer.Option("--api-key", help="The API key.")]) -> None:
    """Print a JWT for an API key (for curl)."""
    settings = load_settings()

    async def work(session: AsyncSession) -> str:
        return (await service.exchange(session, settings, api_key)).token

    typer.echo(in_transaction(settings, work))


def main() -> None:
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    app()
