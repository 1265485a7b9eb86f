"""`openwyn serve --demo` as a new user runs it: a real server, a printed key, curl-like calls."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_key(process: subprocess.Popen[str], deadline: float) -> str:
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        match = re.search(r"API key \(shown once\): (owk_\S+)", line)
        if match:
            return match.group(1)
    raise AssertionError("the server printed no key")


def _wait_until_healthy(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the server never became healthy")


def test_demo_server_serves_a_seeded_tenant_over_real_http(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "openwyn", "serve", "--demo", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        key = _wait_for_key(process, deadline)
        _wait_until_healthy(base, deadline)
        token = httpx.post(f"{base}/v1/auth/token", json={"jwtApiKey": key}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        clients = httpx.post(f"{base}/gql/v1/clients", headers=headers).json()
        assert clients["total"]["aggregate"]["count"] >= 20
        assert httpx.get(f"{base}/readyz").status_code == 200
        assert (tmp_path / "openwyn.db").exists()
    finally:
        process.terminate()
        process.wait(timeout=20)
