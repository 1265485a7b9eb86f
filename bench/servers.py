"""Openwyn and the floor app, each served by uvicorn with exactly the same options.

Both run as separate uvicorn processes (with `--workers N`) on free local ports, so the load
generator talks HTTP to them as a client would. Openwyn runs from its app factory with the
access log off and a rate limit no benchmark reaches; the floor app is `bench/floor_app.py`.
"""

from __future__ import annotations

import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from dataset import BenchDatabase

BENCH_DIR = Path(__file__).resolve().parent
JWT_SECRET = "bench-secret-" + "x" * 40
STARTUP_SECONDS = 60


@dataclass
class Server:
    label: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def uvicorn_options(port: int, workers: int) -> list[str]:
    """The one set of server options both apps get."""
    return [
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
        "--proxy-headers",  # `openwyn serve` sets it; so does the floor, to be identical
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _start(label: str, target: str, workers: int, env: dict[str, str], cwd: Path) -> Server:
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", target, *uvicorn_options(port, workers)]
    # Its own session, so that stopping it stops the uvicorn workers it forked, and only them.
    process = subprocess.Popen(command, env=os.environ | env, cwd=cwd, start_new_session=True)  # noqa: S603 - fixed command
    server = Server(label, port, process)
    _wait_ready(server)
    return server


def _wait_ready(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.label} exited with {server.process.returncode}")
        try:
            if httpx.get(f"{server.base_url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{server.label} did not answer /healthz in {STARTUP_SECONDS} s")


def _stop(server: Server) -> None:
    if server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait()


def cpu_seconds(server: Server) -> float:
    """CPU time used so far by the server's processes (uvicorn and its workers).

    Less sensitive than throughput to other work on the machine, so every benchmark prints
    CPU milliseconds per request beside its figures."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # a process that ended meanwhile
        # After the command: state, ppid, pgrp, ...; utime and stime are the 12th and 13th.
        if int(fields[2]) == server.process.pid:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def openwyn_env(db: BenchDatabase, workdir: Path) -> dict[str, str]:
    return openwyn_env_for(db.url, workdir)


def openwyn_env_for(database_url: str, workdir: Path) -> dict[str, str]:
    """A served Openwyn's settings for a bench: no access log, no rate limit in the way."""
    return {
        "OPENWYN_DATABASE_URL": database_url,
        "OPENWYN_JWT_SECRET": JWT_SECRET,
        "OPENWYN_ACCESS_LOG": "false",
        "OPENWYN_LOG_LEVEL": "warning",
        "OPENWYN_RATE_LIMIT_PER_KEY": str(10**9),
        "OPENWYN_RATE_LIMIT_TOKEN_PER_ADDRESS": str(10**9),
        "OPENWYN_FILES_DIR": str(workdir / "files"),
    }


@contextmanager
def running(db: BenchDatabase, workers: int) -> Iterator[tuple[Server, Server]]:
    """Openwyn and the floor, both up and answering; stopped when the block ends."""
    with tempfile.TemporaryDirectory(prefix="openwyn-bench-") as tmp:
        workdir = Path(tmp)
        started: list[Server] = []
        try:
            env = openwyn_env(db, workdir)
            started.append(
                _start("openwyn", "openwyn.app:create_app_from_env", workers, env, workdir)
            )
            floor_env = {"BENCH_FLOOR_DSN": db.dsn, "OPENWYN_JWT_SECRET": JWT_SECRET}
            floor_target = "floor_app:create_app"
            started.append(_start("floor", floor_target, workers, floor_env, BENCH_DIR))
            yield started[0], started[1]
        finally:
            for server in started:
                _stop(server)


def token(server: Server, api_key: str) -> str:
    """A bearer token from Openwyn's own exchange (the floor checks the same JWT)."""
    response = httpx.post(f"{server.base_url}/v1/auth/token", json={"jwtApiKey": api_key})
    response.raise_for_status()
    value: str = response.json()["token"]
    return value


def machine() -> str:
    """nproc, CPU model and Python version, for the README's tables."""
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    cores = len(os.sched_getaffinity(0))  # what `nproc` prints
    return f"nproc {cores}, {model}, Python {platform.python_version()}"
