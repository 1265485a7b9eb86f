"""Prometheus metrics at `/metrics`, behind OPENWYN_METRICS_TOKEN (metrics.py)."""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from openwyn import metrics
from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.kit.sqltypes import utcnow
from openwyn.webhooks.worker import Worker
from tests.fixtures.api import Api, TenantHandle, make_tenant
from tests.fixtures.receiver import Receiver, Reply, running_receiver

pytestmark = pytest.mark.anyio
TOKEN = "scrape-me-please"
SCRAPER = {"Authorization": f"Bearer {TOKEN}"}


def sample(text: str, name: str, **labels: str) -> float:
    """The value of the series `name{labels}` in an exposition (0 when it is absent)."""
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == name and all(found.labels.get(k) == v for k, v in labels.items()):
                return float(found.value)
    return 0.0


async def scrape(api: Api) -> str:
    response = await api.get("/metrics", headers=SCRAPER)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/plain")
    return response.text


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"metrics_token": TOKEN, "webhooks_allow_insecure": True})


class TestAccess:
    async def test_the_token_opens_the_metrics(self, api: Api) -> None:
        text = await scrape(api)
        assert "openwyn_http_request_duration_seconds" in text

    @pytest.mark.parametrize(
        "headers",
        [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}],
    )
    async def test_a_request_without_the_token_is_401(
        self, api: Api, headers: dict[str, str]
    ) -> None:
        response = await api.get("/metrics", headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "UNAUTHENTICATED"
        assert "openwyn_" not in response.text

    async def test_without_a_configured_token_there_is_no_metrics_route(
        self, settings: Settings
    ) -> None:
        app = create_app(settings.model_copy(update={"metrics_token": None}))
        try:
            async with Api.for_app(app) as api:
                response = await api.get("/metrics", headers=SCRAPER)
            assert response.status_code == 404
        finally:
            await app.state.ctx.aclose()

    async def test_the_route_is_not_in_the_api_document(self, app: FastAPI) -> None:
        assert "/metrics" not in app.openapi()["paths"]


class TestRequests:
    async def test_requests_are_counted_by_route_template_never_by_raw_path(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        client = await tenant.create("clients", {"name": "Metered"})
        before = await scrape(api)
        for path in (f"/gql/v1/client/{client['id']}", f"/api/v1/clients/{client['id']}"):
            assert (await tenant.get(path)).status_code == 200
        assert (await tenant.get("/gql/v1/client/987654")).status_code == 404
        after = await scrape(api)
        name = "openwyn_http_request_duration_seconds_count"
        for route, status, added in (
            ("/gql/v1/client/{id}", "200", 1),  # the direct lane
            ("/api/v1/clients/{id}", "200", 1),  # FastAPI's routing
            ("/gql/v1/client/{id}", "404", 1),
        ):
            labels = {"route": route, "method": "GET", "status": status}
            assert sample(after, name, **labels) - sample(before, name, **labels) == added
        assert f"/gql/v1/client/{client['id']}" not in after

    async def test_a_path_no_route_serves_is_counted_as_unmatched(self, api: Api) -> None:
        before = await scrape(api)
        await api.get("/no/such/thing/42")
        after = await scrape(api)
        name = "openwyn_http_request_duration_seconds_count"
        labels = {"route": "unmatched", "method": "GET", "status": "404"}
        assert sample(after, name, **labels) - sample(before, name, **labels) == 1
        assert "/no/such/thing" not in after

    async def test_latency_lands_in_the_histogram_buckets(self, api: Api) -> None:
        await api.get("/healthz")
        text = await scrape(api)
        labels = {"route": "/healthz", "method": "GET", "status": "200"}
        bucket = "openwyn_http_request_duration_seconds_bucket"
        assert sample(text, bucket, le="+Inf", **labels) >= 1
        assert sample(text, "openwyn_http_request_duration_seconds_sum", **labels) > 0


class TestDatabasePools:
    async def test_the_pools_connections_and_capacity_are_reported(
        self, api: Api, settings: Settings
    ) -> None:
        text = await scrape(api)
        assert sample(text, "openwyn_db_pool_capacity", pool="sqlalchemy") >= 1
        in_use = sample(text, "openwyn_db_pool_connections", pool="sqlalchemy", state="in_use")
        assert in_use >= 0
        if not settings.is_sqlite:
            capacity = sample(text, "openwyn_db_pool_capacity", pool="driver")
            assert capacity == settings.db_pool_size


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with running_receiver() as running:
        yield running


@pytest.fixture
async def worker(app: FastAPI, settings: Settings, tenant: TenantHandle) -> AsyncIterator[Worker]:
    """A worker of this test's tenant only: other tests share the database."""
    made = Worker(app.state.ctx.db, settings, rng=random.Random(7), tenants=frozenset({tenant.id}))
    yield made
    await made.aclose()


async def _subscribed_client_created(tenant: TenantHandle, receiver: Receiver) -> None:
    body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": receiver.url()}
    response = await tenant.post("/api/v1/event-subscriptions", json=body)
    assert response.status_code == 201, response.text
    await tenant.create("clients", {"name": "Hooked"})


async def _dispatched(worker: Worker) -> None:
    """Until the tenant's event is queued as a delivery (PostgreSQL's feed may hold a
    just-committed event back while another transaction on the server is open)."""
    for _ in range(600):
        if await worker.dispatch():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the event was never queued")


class TestWebhooks:
    async def test_the_queue_and_the_age_of_its_oldest_due_delivery(
        self, app: FastAPI, api: Api, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        before = await scrape(api)
        await _subscribed_client_created(tenant, receiver)
        await _dispatched(worker)
        after = await scrape(api)
        for state in ("queued", "due"):
            added = sample(after, "openwyn_webhook_queue_deliveries", state=state) - sample(
                before, "openwyn_webhook_queue_deliveries", state=state
            )
            assert added == 1, state
        # A minute on, the delivery no worker took has waited a minute at least.
        later = utcnow() + timedelta(minutes=1)
        await metrics.sample_database(app.state.ctx.db, later)
        text = metrics.exposition().decode()
        assert sample(text, "openwyn_webhook_oldest_due_age_seconds") >= 60

    async def test_deliveries_are_counted_by_outcome(
        self, app: FastAPI, api: Api, tenant: TenantHandle, receiver: Receiver, worker: Worker
    ) -> None:
        receiver.answer(Reply(status=500))
        before = await scrape(api)
        await _subscribed_client_created(tenant, receiver)
        await _dispatched(worker)
        await worker.drain()
        after = await scrape(api)
        name = "openwyn_webhook_deliveries_total"
        assert (
            sample(after, name, outcome="retrying") - sample(before, name, outcome="retrying") == 1
        )
        assert sample(after, name, outcome="succeeded") == sample(before, name, outcome="succeeded")


_OBSERVE = """
import sys
from openwyn.metrics import metrics
for _ in range(int(sys.argv[1])):
    metrics().observe_request("/healthz", "GET", 200, 0.001)
"""


def _observe_in_a_process(directory: Path, times: int) -> None:
    env = {**os.environ, metrics.MULTIPROCESS_ENV: str(directory)}
    subprocess.run([sys.executable, "-c", _OBSERVE, str(times)], env=env, check=True)


class TestMultiprocessMode:
    def test_a_scrape_sums_what_every_process_counted(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        _observe_in_a_process(tmp_path, 2)
        _observe_in_a_process(tmp_path, 3)
        monkeypatch.setenv(metrics.MULTIPROCESS_ENV, str(tmp_path))
        text = metrics.exposition().decode()
        labels = {"route": "/healthz", "method": "GET", "status": "200"}
        assert sample(text, "openwyn_http_request_duration_seconds_count", **labels) == 5

    def test_serve_starts_from_an_empty_directory(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        _observe_in_a_process(tmp_path, 4)
        assert list(tmp_path.glob("*.db"))
        script = (
            "import sys\nfrom pathlib import Path\nfrom openwyn import metrics\n"
            "metrics.serve_multiprocess(Path(sys.argv[1]))\n"
            "metrics.metrics().observe_request('/healthz', 'GET', 200, 0.001)\n"
            "print(metrics.exposition().decode())\n"
        )
        env = {k: v for k, v in os.environ.items() if k != metrics.MULTIPROCESS_ENV}
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        labels = {"route": "/healthz", "method": "GET", "status": "200"}
        count = "openwyn_http_request_duration_seconds_count"
        assert sample(done.stdout, count, **labels) == 1


class TestOtherTenants:
    async def test_metrics_carry_no_tenant_or_record_data(
        self, app: FastAPI, api: Api, tenant: TenantHandle
    ) -> None:
        other = await make_tenant(app, api)
        await other.create("clients", {"name": "Secret Client Name"})
        text = await scrape(api)
        assert "Secret Client Name" not in text and other.slug not in text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class TestServeWithWorkers:
    def test_every_process_counts_and_any_scrape_sums_them(self, tmp_path: Path) -> None:
        """`openwyn serve --workers 2`: requests land on either process, and so do scrapes;
        each scrape must report every request. A previous run's files are cleared at start."""
        directory = tmp_path / "metrics"
        directory.mkdir()
        _observe_in_a_process(directory, 7)  # left over from an earlier run
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
        env |= {
            "OPENWYN_METRICS_TOKEN": TOKEN,
            "OPENWYN_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'openwyn.db'}",
            metrics.MULTIPROCESS_ENV: str(directory),
        }
        command = ["serve", "--workers", "2", "--no-worker", "--port", str(port)]
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "openwyn", *command],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(timeout=60) as http:
                _wait_until_healthy(http, base, process)
                for _ in range(20):
                    assert http.get(f"{base}/healthz").status_code == 200
                counts = {_healthz_count(http, base) for _ in range(6)}
        finally:
            process.terminate()
            process.wait(timeout=120)
        # Every scrape saw the same sum: the 20, the one health check that ended the wait, and
        # none of the earlier run's 7.
        assert counts == {21}


def _wait_until_healthy(http: httpx.Client, base: str, process: subprocess.Popen[Any]) -> None:
    deadline = time.monotonic() + 300  # a loaded machine starts two processes slowly
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the server exited ({process.returncode})"
        try:
            if http.get(f"{base}/healthz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)  # between attempts to connect; the condition is the answer above
    raise AssertionError("the server never became healthy")


def _healthz_count(http: httpx.Client, base: str) -> float:
    response = http.get(f"{base}/metrics", headers=SCRAPER)
    assert response.status_code == 200, response.text
    labels = {"route": "/healthz", "method": "GET", "status": "200"}
    return sample(response.text, "openwyn_http_request_duration_seconds_count", **labels)


class TestWorkerExposition:
    def test_a_worker_serves_its_metrics_behind_the_same_token(self) -> None:
        server = metrics.start_exposition_server("127.0.0.1", 0, TOKEN)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with httpx.Client(timeout=60) as http:
                allowed = http.get(f"{base}/metrics", headers=SCRAPER)
                refused = http.get(f"{base}/metrics", headers={"Authorization": "Bearer no"})
                elsewhere = http.get(f"{base}/other", headers=SCRAPER)
        finally:
            server.shutdown()
            server.server_close()
        assert allowed.status_code == 200 and "openwyn_webhook_deliveries" in allowed.text
        assert refused.status_code == 401 and "openwyn_" not in refused.text
        assert elsewhere.status_code == 404


class TestOutboundMessages:
    async def test_messages_are_counted_by_status(self, api: Api, tenant: TenantHandle) -> None:
        from openwyn.mail.queue import enqueue
        from openwyn.mail.worker import MailWorker

        name = "openwyn_outbound_messages"
        before = await scrape(api)
        async with tenant.ctx.db.session() as session:
            for _ in range(2):
                await enqueue(session, tenant.id, to=["a@example.com"], subject="s", text="t")
        queued = await scrape(api)
        assert sample(queued, name, status="queued") - sample(before, name, status="queued") == 2
        capture = MailWorker(tenant.ctx.db, tenant.ctx.settings, tenants=frozenset({tenant.id}))
        assert await capture.send_due(utcnow() + timedelta(seconds=1)) == 2
        after = await scrape(api)
        assert sample(after, name, status="queued") == sample(before, name, status="queued")
        captured = sample(after, name, status="captured") - sample(before, name, status="captured")
        assert captured == 2
        assert f'{name}{{status="failed"}}' in after  # every status has a series, 0 or not
