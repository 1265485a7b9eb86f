"""Logs: one JSON line per event from every component, each request's lines carrying its
request id; readable text lines for development (OPENWYN_LOG_FORMAT=text, --log-format)."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from openwyn import cli
from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.logs import JsonFormatter, TextFormatter, configure_logging
from tests.fixtures.api import Api


def _our_handler() -> logging.StreamHandler:  # type: ignore[type-arg]
    handlers = [h for h in logging.getLogger().handlers if type(h).__name__ == "_Handler"]
    assert len(handlers) == 1, "one Openwyn handler on the root logger"
    handler: logging.StreamHandler = handlers[0]  # type: ignore[type-arg]
    return handler


@pytest.fixture
def written(settings: Settings) -> Iterator[io.StringIO]:
    """What Openwyn's handler writes, while the test runs."""
    configure_logging(settings)
    handler = _our_handler()
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(previous)
        configure_logging(settings.model_copy(update={"log_format": "json"}))


def _json_lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


class TestEveryComponent:
    def test_each_component_logs_one_json_object_per_line(self, written: io.StringIO) -> None:
        for name in ("openwyn.webhooks", "uvicorn.error", "alembic.runtime.migration"):
            logging.getLogger(name).info("hello from %s", name, extra={"answer": 42})
        entries = _json_lines(written)
        assert [entry["logger"] for entry in entries] == [
            "openwyn.webhooks",
            "uvicorn.error",
            "alembic.runtime.migration",
        ]
        assert all(entry["level"] == "info" and entry["answer"] == 42 for entry in entries)

    def test_configuring_again_adds_no_second_handler(self, settings: Settings) -> None:
        configure_logging(settings)
        configure_logging(settings)
        _our_handler()  # asserts there is exactly one

    def test_other_libraries_reach_the_log_from_warning_up(self, written: io.StringIO) -> None:
        logging.getLogger("some.library").info("chatter")
        logging.getLogger("some.library").warning("trouble")
        assert [entry["msg"] for entry in _json_lines(written)] == ["trouble"]


class TestRequestIds:
    @pytest.mark.anyio
    async def test_every_line_of_a_request_carries_its_id(
        self, settings: Settings, written: io.StringIO
    ) -> None:
        app = create_app(settings.model_copy(update={"access_log": True}))

        async def noisy() -> dict[str, str]:
            logging.getLogger("openwyn.example").info("inside the handler")
            return {}

        app.add_api_route("/noisy", noisy)
        try:
            async with Api.for_app(app) as api:
                await api.get("/noisy", headers={"X-Request-Id": "trace-me"})
                await api.get("/noisy")
        finally:
            await app.state.ctx.aclose()
        entries = [e for e in _json_lines(written) if e["logger"] != "openwyn"]
        inside = [e for e in entries if e["msg"] == "inside the handler"]
        access = [e for e in entries if e["logger"] == "openwyn.access"]
        assert inside[0]["request_id"] == access[0]["request_id"] == "trace-me"
        assert inside[1]["request_id"] == access[1]["request_id"] != "trace-me"

    def test_a_line_outside_any_request_has_no_request_id(self, written: io.StringIO) -> None:
        logging.getLogger("openwyn.webhooks").info("between requests")
        assert "request_id" not in _json_lines(written)[0]


class TestTextMode:
    def test_text_mode_writes_readable_lines_with_the_fields(self, settings: Settings) -> None:
        configure_logging(settings.model_copy(update={"log_format": "text"}))
        handler = _our_handler()
        try:
            assert isinstance(handler.formatter, TextFormatter)
            record = logging.LogRecord("openwyn.access", logging.INFO, "", 0, "GET / 200", (), None)
            record.request_id = "abc"
            line = handler.format(record)
            assert "INFO" in line and "openwyn.access GET / 200" in line
            assert "request_id=abc" in line
            with pytest.raises(json.JSONDecodeError):
                json.loads(line)
        finally:
            configure_logging(settings)
        assert isinstance(_our_handler().formatter, JsonFormatter)

    def test_the_flag_chooses_text_for_the_server_and_its_workers(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        ran: dict[str, Any] = {}
        monkeypatch.delenv("OPENWYN_LOG_FORMAT", raising=False)
        monkeypatch.setenv("OPENWYN_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
        monkeypatch.setattr(cli.uvicorn, "run", lambda *args, **kwargs: ran.update(kwargs))
        try:
            result = CliRunner().invoke(cli.app, ["serve", "--no-worker", "--log-format", "text"])
            assert result.exit_code == 0, result.output
            # Worker processes read their settings from the environment.
            assert os.environ["OPENWYN_LOG_FORMAT"] == "text"
            assert isinstance(_our_handler().formatter, TextFormatter)
            assert ran["log_config"] is None  # uvicorn's lines go through Openwyn's logging
        finally:
            monkeypatch.delenv("OPENWYN_LOG_FORMAT", raising=False)
            configure_logging(Settings())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class TestARealServer:
    def test_every_line_a_server_writes_is_json_uvicorns_included(self, tmp_path: Path) -> None:
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
        env["OPENWYN_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'openwyn.db'}"
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "openwyn", "serve", "--no-worker", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _request_when_up(f"http://127.0.0.1:{port}/healthz", process)
        finally:
            process.terminate()
            _, errors = process.communicate(timeout=120)
        entries = [json.loads(line) for line in errors.splitlines() if line.strip()]
        loggers = {entry["logger"] for entry in entries}
        assert {"uvicorn.error", "openwyn.access"} <= loggers, loggers
        access = [e for e in entries if e["logger"] == "openwyn.access"]
        assert access[-1]["request_id"] == "from-the-test"


def _request_when_up(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 300  # migrating and starting on a loaded machine
    with httpx.Client(timeout=60) as http:
        while time.monotonic() < deadline:
            assert process.poll() is None, f"the server exited ({process.returncode})"
            try:
                response = http.get(url, headers={"X-Request-Id": "from-the-test"})
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)  # between attempts to connect; the condition is the answer above
    raise AssertionError("the server never answered")
