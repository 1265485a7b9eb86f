"""`openwyn serve --demo` as a new user runs it: a real server, a printed key, curl-like calls."""

from __future__ import annotations

import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from standardwebhooks.webhooks import Webhook


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# Generous bounds that only fail the test when exceeded: on a loaded machine migrating, seeding
# and starting the server, or one request, can take far longer than on an idle one.
STARTUP_SECONDS = 300
REQUEST_SECONDS = 60
http = httpx.Client(timeout=REQUEST_SECONDS)


def _wait_for_key(process: subprocess.Popen[str], deadline: float) -> str:
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()  # blocks until the server prints, or exits
        if not line and process.poll() is not None:
            raise AssertionError(f"the server exited ({process.returncode}) before its key")
        match = re.search(r"API key \([^)]*\): (owk_\S+)", line)
        if match:
            return match.group(1)
    raise AssertionError("the server printed no key")


def _wait_until_healthy(base: str, process: subprocess.Popen[str], deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited ({process.returncode})")
        try:
            if http.get(f"{base}/healthz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)  # between attempts to connect; the condition is the answer above
    raise AssertionError("the server never became healthy")


def test_demo_server_serves_a_seeded_tenant_over_real_http(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
    env["OPENWYN_RATE_LIMIT_TOKEN_PER_ADDRESS"] = str(TOKEN_EXCHANGES)
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
        deadline = time.monotonic() + STARTUP_SECONDS
        key = _wait_for_key(process, deadline)
        _wait_until_healthy(base, process, deadline)
        token = http.post(f"{base}/v1/auth/token", json={"jwtApiKey": key}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        clients = http.post(f"{base}/gql/v1/clients", headers=headers).json()
        assert clients["total"]["aggregate"]["count"] >= 20
        assert http.get(f"{base}/readyz").status_code == 200
        assert (tmp_path / "openwyn.db").exists()
        _a_webhook_reaches_a_receiver_on_this_machine(base, headers)
        _a_forged_x_forwarded_for_does_not_escape_the_token_limit(base)
    finally:
        process.terminate()
        process.wait(timeout=STARTUP_SECONDS)


TOKEN_EXCHANGES = 3


def _a_forged_x_forwarded_for_does_not_escape_the_token_limit(base: str) -> None:
    """No proxy is trusted by default, loopback included: a caller writing a new address into
    X-Forwarded-For on every call is still one caller (the test exchanged its key once)."""
    codes = [
        http.post(
            f"{base}/v1/auth/token",
            json={"jwtApiKey": "bad"},
            headers={"X-Forwarded-For": f"203.0.113.{n}"},
        ).status_code
        for n in range(1, TOKEN_EXCHANGES + 1)
    ]
    assert codes == [401] * (TOKEN_EXCHANGES - 1) + [429]


class _Receiver(BaseHTTPRequestHandler):
    received: queue.Queue[tuple[dict[str, str], bytes]] = queue.Queue()

    def do_POST(self) -> None:  # noqa: N802 - the handler's protocol
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.put((dict(self.headers.items()), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _a_webhook_reaches_a_receiver_on_this_machine(base: str, headers: dict[str, str]) -> None:
    """`serve --demo` is development mode and runs a delivery worker in the server process: a
    receiver on the laptop, over plain http, gets signed deliveries."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": url}
        created = http.post(f"{base}/api/v1/event-subscriptions", json=body, headers=headers)
        assert created.status_code == 201, created.text
        secret = created.json()["data"]["webhookSecret"]
        client = {"name": "Webhook Bakery"}
        assert http.post(f"{base}/api/v1/clients", json=client, headers=headers).is_success
        # Bounded generously: the delivery worker polls, and a loaded machine is slow.
        received_headers, payload = _Receiver.received.get(timeout=STARTUP_SECONDS)
        event = Webhook(secret).verify(payload, received_headers)
        assert (event["type"], event["data"]["name"]) == ("client.CREATE", "Webhook Bakery")
    finally:
        server.shutdown()
