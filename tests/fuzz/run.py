"""Schemathesis against a real `openwyn serve --demo`, with every check, authenticated.

    python tests/fuzz/run.py [--database-url URL] [--max-time SECONDS] [--max-examples N]
                             [--seed N] [-- extra schemathesis options]

It starts a server on a temporary SQLite database (or on a fresh database of the PostgreSQL
server `--database-url` names), so the demo firm is seeded and ids resolve; seeds through the
API what the demo has not (an event subscription with a logged delivery, a file, a custom type
and one of its records, feed events); mints a token for a key of its own; runs

    schemathesis run http://127.0.0.1:PORT/openapi.json --checks all --mode all ...

with positive and negative data, stateful sequences over the links it infers from the schema,
a fixed seed and a time budget; and exits with schemathesis's status (non-zero on any failure).
Static settings are in `schemathesis.toml` beside this file; the values only a running server
knows (event ids, the key ids the run may revoke) are appended to a copy of it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "schemathesis.toml"
# Ids every seeded table of the demo tenant has (offices, departments, staff, clients, ...):
# the fuzzer names them in paths and in the references of bodies, so they resolve.
SEEDED_IDS = [1, 2, 3]
CUSTOM_TYPE = "fuzz_note"


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="openwyn-fuzz-") as scratch:
        work = Path(scratch)
        with _database(args.database_url, work) as url:
            env = _environment(url, work)
            with _server(env, work) as base:
                known = _seed(env, base, work)
                config = _config(work, known)
                status = _schemathesis(args, config, base, known, work)
                status = _still_authorized(base, known["token"]) or status
            _report_server_errors(work)
    print(f"fuzz: schemathesis exited {status} after {time.monotonic() - started:.0f}s")
    return status


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("OPENWYN_FUZZ_DATABASE_URL"),
        help="a postgresql+asyncpg:// server URL to fuzz on PostgreSQL (default: SQLite)",
    )
    parser.add_argument("--max-time", type=int, default=150, help="schemathesis's budget")
    parser.add_argument("--max-examples", type=int, default=10, help="per operation and phase")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("extra", nargs="*", help="further schemathesis options, after --")
    return parser.parse_args(argv)


# --- the server -------------------------------------------------------------------------------


@contextmanager
def _database(server_url: str | None, work: Path) -> Iterator[str]:
    """A fresh database: SQLite in the scratch directory, or a new one on PostgreSQL."""
    if not server_url:
        yield f"sqlite+aiosqlite:///{work / 'openwyn.db'}"
        return
    name = f"openwyn_fuzz_{uuid.uuid4().hex[:12]}"
    asyncio.run(_postgres(server_url, f'CREATE DATABASE "{name}"'))
    try:
        yield server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        asyncio.run(_postgres(server_url, f'DROP DATABASE "{name}" WITH (FORCE)'))


async def _postgres(url: str, statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def _environment(database_url: str, work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENWYN_")}
    return env | {
        "OPENWYN_DATABASE_URL": database_url,
        "OPENWYN_FILES_DIR": str(work / "files"),
        "OPENWYN_JWT_SECRET": uuid.uuid4().hex + uuid.uuid4().hex,
        # Schemathesis sends thousands of requests a minute from one key and one address; at
        # the default limits most of the run would be 429s (a documented answer, so no
        # failure, but no test either). Rate limiting has tests of its own.
        "OPENWYN_RATE_LIMIT_PER_KEY": "1000000000",
        "OPENWYN_RATE_LIMIT_TOKEN_PER_ADDRESS": "1000000000",
        "OPENWYN_RATE_LIMIT_ANONYMOUS_PER_ADDRESS": "1000000000",
        "OPENWYN_LOG_LEVEL": "warning",
        "PYTHONUNBUFFERED": "1",
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def _server(env: dict[str, str], work: Path) -> Iterator[str]:
    """`openwyn serve --demo --no-worker`: the fuzzer subscribes made-up URLs to webhooks, and
    no delivery may leave this machine, so no worker runs while it does."""
    port = _free_port()
    command = ["serve", "--demo", "--no-worker", "--port", str(port)]
    log = (work / "server.log").open("w")
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "openwyn", *command],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for_demo(process, base, time.monotonic() + 180)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _wait_for_demo(process: subprocess.Popen[str], base: str, deadline: float) -> None:
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            raise SystemExit(f"fuzz: the server exited with {process.returncode}")
        if re.search(r"API key \([^)]*\): owk_", line):
            break
    while time.monotonic() < deadline:
        with suppress(httpx.TransportError):
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise SystemExit("fuzz: the server never became ready")


def _openwyn(env: dict[str, str], work: Path, *command: str) -> str:
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "openwyn", *command],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


# --- seeding ----------------------------------------------------------------------------------


def _seed(env: dict[str, str], base: str, work: Path) -> dict[str, Any]:
    """A key for the run, and objects of every kind the demo does not seed, each with id 1."""
    # The run may revoke keys through DELETE /api/v1/auth/api-keys/{id}; it is given keys 2 and
    # 3 (the demo's own is 1) to revoke, and authenticates with key 4, which it never names.
    spare = [_key(env, work, "API_USER")["id"] for _ in range(2)]
    run_key = _key(env, work, "SUPER_ADMIN")
    revocable = [1, *spare]
    assert run_key["id"] not in revocable
    token = _token(base, run_key["apiKey"])
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as api:
        _seed_records(api)
        _seed_file(api)
        _seed_deliveries(env, work, api)
        events = _ok(api.get("/api/v1/events", params={"limit": 20}))
    return {
        "token": token,
        "revocable": revocable,
        "event_ids": [event["id"] for event in events["data"]],
        "feed_cursor": events["meta"]["pageInfo"]["endCursor"],
    }


def _key(env: dict[str, str], work: Path, role: str) -> dict[str, Any]:
    created: dict[str, Any] = json.loads(
        _openwyn(env, work, "apikey", "create", "--tenant", "demo", "--role", role, "--json")
    )
    return created


def _token(base: str, key: str) -> str:
    answer = _ok(httpx.post(f"{base}/v1/auth/token", json={"jwtApiKey": key}))
    token: str = answer["token"]
    return token


def _ok(response: httpx.Response) -> Any:
    if response.status_code >= 300:
        raise SystemExit(f"fuzz: seeding failed: {response.request.url} {response.text}")
    return response.json()


def _seed_records(api: httpx.Client) -> None:
    fields = [
        {"name": "title", "type": "string", "required": True, "maxLength": 200},
        {"name": "year", "type": "integer", "min": 1990, "max": 2100},
        {"name": "status", "type": "enum", "enumValues": ["OPEN", "DONE"]},
        {"name": "client", "type": "reference", "referencedEntityType": "client"},
    ]
    _ok(api.post("/api/v1/records/custom", json={"name": CUSTOM_TYPE, "fields": fields}))
    record = {"title": "Seeded note", "year": 2026, "status": "OPEN", "client": 1}
    batch = [
        {"type": CUSTOM_TYPE, "systemRef": "fuzz-1", "attributes": record},
        # GET and DELETE /api/v1/records/{type}/search reach the record named `search`.
        {"type": "client", "systemRef": "search", "attributes": {"name": "Search Partners"}},
    ]
    _ok(api.post("/api/v1/records", json={"records": batch}))


def _seed_file(api: httpx.Client) -> None:
    upload = {"file": ("engagement.txt", b"Engagement letter, signed.\n", "text/plain")}
    _ok(api.post("/api/v1/files", files=upload, data={"recordType": "client", "recordId": "1"}))


def _seed_deliveries(env: dict[str, str], work: Path, api: httpx.Client) -> None:
    """Subscription 1, pointed at a closed port of this machine, and a failed delivery of it:
    a worker runs only until that attempt is logged, and only this URL exists meanwhile."""
    receiver = f"http://127.0.0.1:{_free_port()}/hooks"
    subscription = {"entityType": "client", "operation": "UPDATE", "deliveryUrl": receiver}
    _ok(api.post("/api/v1/event-subscriptions", json=subscription))
    _ok(api.patch("/api/v1/clients/1", json={"website": "https://example.com/seeded"}))
    worker = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "openwyn", "worker", "--tenant", "demo"],
        cwd=work,
        env=env | {"OPENWYN_WEBHOOKS_ALLOW_INSECURE": "true"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            logged = _ok(api.get("/api/v1/event-subscriptions/1/deliveries"))
            if logged["data"] and logged["data"][0]["status"] != "PENDING":
                return
            time.sleep(0.2)
        raise SystemExit("fuzz: the seeded delivery was never attempted")
    finally:
        worker.terminate()
        worker.wait(timeout=30)


# --- schemathesis -----------------------------------------------------------------------------


def _toml_list(values: list[Any]) -> str:
    return "[" + ", ".join(json.dumps(value) for value in values) + "]"


def _config(work: Path, known: dict[str, Any]) -> Path:
    """The static configuration plus the dictionaries of values only the server knows."""
    dictionaries = {
        "seeded-ids": SEEDED_IDS,
        "revocable-keys": known["revocable"],
        "event-ids": known["event_ids"],
    }
    generated = "".join(
        f"\n[dictionaries.{name}]\nvalues = {_toml_list(values)}\n"
        for name, values in dictionaries.items()
    )
    path = work / "schemathesis.toml"
    path.write_text(CONFIG.read_text() + generated)
    return path


def _schemathesis(
    args: argparse.Namespace, config: Path, base: str, known: dict[str, Any], work: Path
) -> int:
    token, feed_cursor = known["token"], known["feed_cursor"]
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
        "run",
        f"{base}/openapi.json",
        "--checks",
        "all",
        "--mode",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(args.max_examples),
        "--max-time",
        str(args.max_time),
        "--seed",
        str(args.seed),
        "--generation-database",
        "none",
        "--report",
        "junit",
        "--report-dir",
        str(work / "report"),
        "--no-color",
        *args.extra,
    ]
    print("fuzz:", shlex.join(command), flush=True)
    header = ["-H", f"Authorization: Bearer {token}"]
    env = os.environ | {
        "SCHEMATHESIS_HOOKS": str(HERE / "hooks.py"),
        "OPENWYN_FUZZ_FEED_CURSOR": feed_cursor,
    }
    done = subprocess.run([*command, *header], cwd=HERE, env=env, check=False)  # noqa: S603
    return done.returncode


def _still_authorized(base: str, token: str) -> int:
    """A run whose own key was revoked halfway would pass on 401s: make that a failure."""
    answer = httpx.get(f"{base}/api/v1/clients", headers={"Authorization": f"Bearer {token}"})
    if answer.status_code == 200:
        return 0
    print(f"fuzz: the run's token stopped working ({answer.status_code})", file=sys.stderr)
    return 1


def _report_server_errors(work: Path) -> None:
    log = (work / "server.log").read_text(errors="replace")
    if "Traceback" in log:
        print("fuzz: the server logged errors:\n" + log[-20_000:], file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
