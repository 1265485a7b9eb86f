"""Webhook workers are supervised: one that dies is logged as an error and started again, in
`openwyn serve` and in `openwyn worker`, and `/readyz` says not ready while it is down."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from openwyn import cli, collector
from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.webhooks import worker as worker_module
from openwyn.webhooks.worker import Supervisor, Worker
from tests.fixtures.api import Api

pytestmark = pytest.mark.anyio
Run = Callable[[asyncio.Event], Awaitable[None]]


class FailingRuns:
    """A worker's `run` that raises its first `failures` times, then runs until stopped."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.running = asyncio.Event()  # set when a run that does not fail has started

    async def __call__(self, stop: asyncio.Event) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError(f"a bug, run {self.calls}")
        self.running.set()
        await stop.wait()


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_module, "RESTART_FIRST_SECONDS", 0.0)


async def test_a_worker_that_dies_is_logged_and_restarted(
    no_backoff: None, caplog: pytest.LogCaptureFixture
) -> None:
    runs = FailingRuns(failures=3)
    supervisor = Supervisor("test", runs)
    stop = asyncio.Event()
    supervising = asyncio.create_task(supervisor.run(stop))
    await asyncio.wait_for(runs.running.wait(), 15)
    assert (runs.calls, supervisor.restarts, supervisor.trouble) == (4, 3, None)
    stop.set()
    await supervising
    assert runs.calls == 4  # stopped, it is not started again
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    died = [r for r in errors if "died of RuntimeError" in r.message]
    assert len(died) == 3 and all(r.exc_info for r in died)


async def test_the_backoff_doubles_up_to_its_most(monkeypatch: pytest.MonkeyPatch) -> None:
    rests: list[float] = []

    async def noting(self: Supervisor, seconds: float, stop: asyncio.Event) -> None:
        rests.append(seconds)

    monkeypatch.setattr(worker_module, "RESTART_MOST_SECONDS", 5.0)
    monkeypatch.setattr(Supervisor, "rest", noting)
    runs = FailingRuns(failures=5)
    stop = asyncio.Event()
    supervising = asyncio.create_task(Supervisor("test", runs).run(stop))
    await asyncio.wait_for(runs.running.wait(), 15)
    stop.set()
    await supervising
    assert rests == [1.0, 2.0, 4.0, 5.0, 5.0]


async def test_readyz_is_503_while_the_in_process_worker_is_down(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = FailingRuns(failures=1)
    resting = asyncio.Event()
    released = asyncio.Event()

    async def held_down(self: Supervisor, seconds: float, stop: asyncio.Event) -> None:
        resting.set()
        await released.wait()

    async def run(self: Worker, stop: asyncio.Event) -> None:
        await runs(stop)

    monkeypatch.setattr(Worker, "run", run)
    monkeypatch.setattr(Supervisor, "rest", held_down)
    monkeypatch.setattr(collector, "settle", lambda: None)
    app = create_app(settings.model_copy(update={"run_webhook_worker": True}))
    async with app.router.lifespan_context(app), Api.for_app(app) as api:
        await asyncio.wait_for(resting.wait(), 15)
        down = await api.get("/readyz")
        assert down.status_code == 503
        message = down.json()["error"]["message"]
        assert "webhook worker is not running" in message and "RuntimeError" in message
        released.set()
        await asyncio.wait_for(runs.running.wait(), 15)
        up = await api.get("/readyz")
        assert up.status_code == 200, up.text
    assert runs.calls == 2


async def test_readyz_ignores_the_worker_where_none_is_meant_to_run(api: Api) -> None:
    assert (await api.get("/readyz")).status_code == 200


async def test_openwyn_worker_restarts_a_worker_that_dies(
    settings: Settings, no_backoff: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = FailingRuns(failures=2)

    async def run(self: Worker, stop: asyncio.Event) -> None:
        await runs(stop)

    monkeypatch.setattr(Worker, "run", run)
    monkeypatch.setattr(collector, "settle", lambda: None)
    stop = asyncio.Event()
    delivering: asyncio.Task[Any] = asyncio.create_task(
        cli._deliver_until_stopped(settings, None, None, stop)
    )
    await asyncio.wait_for(runs.running.wait(), 15)
    stop.set()
    await delivering
    assert runs.calls == 3
