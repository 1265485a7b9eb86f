"""The database restarts during a steady load (the proof issue's fault test).

A real Openwyn process serves concurrent clients over real HTTP from a private PostgreSQL
instance. The test crashes that instance (``pg_ctl stop -m immediate``), keeps it down a few
seconds and starts it again, then does the same with an operator's clean restart (``-m fast``).
Throughout, every answer is either the expected 2xx or a 503 ``UNAVAILABLE`` envelope
(contract §4); no request hangs past the server's database timeouts; while the database is down
every answer is a 503; the same process answers 2xx again (and ``/readyz`` 200) soon after the
database is back, and stays recovered; and every create that answered 2xx is stored, once,
under the id it answered with.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import orjson
import pytest

from openwyn.migrations import runner
from tests.conftest import POSTGRES_URL, TEST_SECRET
from tests.fixtures.postgres import PrivatePostgres, free_port, private_postgres, server_bin_dir

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.postgres_only,
    pytest.mark.skipif(
        not POSTGRES_URL,
        reason="PostgreSQL only (set OPENWYN_TEST_DATABASE_URL); the test restarts a private "
        "PostgreSQL instance of its own, never the shared one",
    ),
]

CONNECT_TIMEOUT = 2.0
STATEMENT_TIMEOUT = 3.0
# The longest a request may legitimately wait on the database is one connection attempt (or
# wait for a pooled connection) plus one statement; past that and a margin, it hangs.
HANG_BOUND = CONNECT_TIMEOUT + STATEMENT_TIMEOUT + 2.0
# The clients give up a little later, so that a hung request is recorded, not waited for.
CLIENT_TIMEOUT = HANG_BOUND + 1.0
# The service must answer 2xx again within this long of the database accepting connections.
RECOVERY_BOUND = 10.0

RESTARTS = ("immediate", "fast")  # a crash, then an operator's clean restart
WRITERS = 6
BEFORE_SECONDS = 1.5
DOWN_SECONDS = 2.5
AFTER_SECONDS = 2.0
# A client pauses this long after a failed answer, as a real one would before retrying.
RETRY_PAUSE = 0.02
EXPECTED = {"create": 201, "search": 200, "token": 200}


@dataclass(frozen=True)
class Server:
    base: str
    process: subprocess.Popen[bytes]
    log: Path


@dataclass(frozen=True)
class Tenant:
    id: int
    key: str
    token: str


@dataclass(frozen=True)
class Call:
    kind: str  # "create", "search" or "token"
    started: float  # time.monotonic()
    ended: float
    status: int  # 0 when no answer came (client timeout or transport error)
    body: Any
    client_ref: str | None = None
    error: str | None = None

    @property
    def seconds(self) -> float:
        return self.ended - self.started

    @property
    def ok(self) -> bool:
        return self.status == EXPECTED[self.kind]


@dataclass
class Outage:
    mode: str
    stopping: float = 0.0  # pg_ctl stop called
    down: float = 0.0  # the instance is gone
    starting: float = 0.0  # pg_ctl start called
    up: float = 0.0  # the instance accepts connections again


@dataclass(frozen=True)
class Probe:
    started: float
    ended: float
    status: int


@dataclass
class Load:
    """Concurrent clients of one server, recording every answer and /readyz over time."""

    server: Server
    tenant: Tenant
    calls: list[Call] = field(default_factory=list)
    readiness: list[Probe] = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    def recovered_after(self, moment: float) -> bool:
        ready = any(p.started >= moment and p.status == 200 for p in self.readiness)
        return ready and any(c.ok and c.started >= moment for c in self.calls)


# --- the private database and the server -------------------------------------------------


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    """A private instance with a migrated `openwyn` database: the only one this test restarts."""
    bin_dir = server_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl); set OPENWYN_TEST_PG_BIN")
    with private_postgres(bin_dir) as instance:
        asyncio.run(_execute(instance.dsn(), "CREATE DATABASE openwyn"))
        runner.upgrade(instance.url("openwyn"))
        yield instance


async def _execute(dsn: str, statement: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def _environment(postgres: PrivatePostgres) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENWYN_")}
    return env | {
        "OPENWYN_DATABASE_URL": postgres.url("openwyn"),
        "OPENWYN_JWT_SECRET": TEST_SECRET,
        "OPENWYN_ACCESS_LOG": "false",
        "OPENWYN_LOG_LEVEL": "warning",
        "OPENWYN_DB_CONNECT_TIMEOUT_SECONDS": str(CONNECT_TIMEOUT),
        "OPENWYN_DB_STATEMENT_TIMEOUT_SECONDS": str(STATEMENT_TIMEOUT),
        "OPENWYN_RATE_LIMIT_PER_KEY": "100000000",
        "OPENWYN_RATE_LIMIT_TOKEN_PER_ADDRESS": "100000000",
        "OPENWYN_RATE_LIMIT_ANONYMOUS_PER_ADDRESS": "100000000",
    }


@pytest.fixture
def server(postgres: PrivatePostgres, tmp_path: Path) -> Iterator[Server]:
    """`openwyn serve` in its own process, started once: the test never restarts it."""
    port = free_port()
    log = tmp_path / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "openwyn", "serve", "--no-worker", "--port", str(port)],
            cwd=tmp_path,
            env=_environment(postgres),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    served = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        _wait_until_ready(served, time.monotonic() + 60)
        yield served
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_ready(server: Server, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError(f"the server exited:\n{server.log.read_text()}")
        try:
            if httpx.get(f"{server.base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server never became ready")


@pytest.fixture
def tenant(postgres: PrivatePostgres, server: Server) -> Tenant:
    """A tenant and key made with the CLI against the same database, and a token for it."""
    slug = f"fault{uuid.uuid4().hex[:8]}"
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "openwyn", "tenant", "create", slug, "--json"],
        env=_environment(postgres),
        capture_output=True,
        check=True,
        timeout=60,
    )
    created = orjson.loads(done.stdout)
    key = created["apiKey"]["apiKey"]
    answer = httpx.post(f"{server.base}/v1/auth/token", json={"jwtApiKey": key}, timeout=10)
    assert answer.status_code == 200, answer.text
    return Tenant(created["tenant"]["id"], key, answer.json()["token"])


# --- the load ----------------------------------------------------------------------------


async def _call(
    http: httpx.AsyncClient, kind: str, path: str, body: Any, client_ref: str | None = None
) -> Call:
    started = time.monotonic()
    try:
        response = await http.post(path, json=body)
    except httpx.HTTPError as error:
        return Call(kind, started, time.monotonic(), 0, None, client_ref, repr(error))
    ended = time.monotonic()
    try:
        parsed = response.json()
    except ValueError:
        parsed = response.text
    return Call(kind, started, ended, response.status_code, parsed, client_ref)


async def _writer(load: Load, number: int) -> None:
    """Create a client with a fresh clientRef, then search for it; again until told to stop."""
    headers = {"Authorization": f"Bearer {load.tenant.token}"}
    async with httpx.AsyncClient(
        base_url=load.server.base, headers=headers, timeout=CLIENT_TIMEOUT
    ) as http:
        sequence = 0
        while not load.stop.is_set():
            sequence += 1
            ref = f"w{number}-{sequence}"
            body = {"name": f"Fault client {ref}", "clientRef": ref}
            created = await _call(http, "create", "/api/v1/clients", body, ref)
            search = {"where": {"clientRef": {"_eq": ref}}}
            searched = await _call(http, "search", "/gql/v1/clients/search", search, ref)
            load.calls.extend([created, searched])
            if not (created.ok and searched.ok):
                await asyncio.sleep(RETRY_PAUSE)


async def _watcher(load: Load) -> None:
    """Exchanges the key for a token and asks /readyz, ten times a second."""
    async with httpx.AsyncClient(base_url=load.server.base, timeout=CLIENT_TIMEOUT) as http:
        while not load.stop.is_set():
            exchange = {"jwtApiKey": load.tenant.key}
            load.calls.append(await _call(http, "token", "/v1/auth/token", exchange))
            started = time.monotonic()
            try:
                status = (await http.get("/readyz")).status_code
            except httpx.HTTPError:
                status = 0
            load.readiness.append(Probe(started, time.monotonic(), status))
            await asyncio.sleep(0.1)


async def _restart(postgres: PrivatePostgres, mode: str) -> Outage:
    outage = Outage(mode, stopping=time.monotonic())
    await asyncio.to_thread(postgres.stop, mode)
    outage.down = time.monotonic()
    await asyncio.sleep(DOWN_SECONDS)
    outage.starting = time.monotonic()
    await asyncio.to_thread(postgres.start)
    outage.up = time.monotonic()
    return outage


async def _until(condition: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)


# --- what must hold ----------------------------------------------------------------------


def _is_unavailable(call: Call) -> bool:
    body = call.body
    return (
        call.status == 503
        and isinstance(body, dict)
        and body.get("data") is None
        and body.get("error", {}).get("code") == "UNAVAILABLE"
        and body.get("meta", {}).get("success") is False
    )


def _assert_every_answer_is_prompt_2xx_or_503(calls: list[Call]) -> None:
    unanswered = [c for c in calls if c.status == 0]
    assert not unanswered, f"{len(unanswered)} requests got no answer: {unanswered[:3]}"
    slowest = max(calls, key=lambda c: c.seconds)
    assert slowest.seconds <= HANG_BOUND, f"a request took {slowest.seconds:.2f}s: {slowest}"
    odd = [c for c in calls if not c.ok and not _is_unavailable(c)]
    assert not odd, f"{len(odd)} answers neither 2xx nor 503 UNAVAILABLE: {odd[:3]}"


def _assert_503_while_down(load: Load, outage: Outage) -> None:
    while_down = [c for c in load.calls if c.started >= outage.down and c.ended <= outage.starting]
    assert while_down, f"no request ran while the database was down ({outage.mode})"
    assert all(c.status == 503 for c in while_down), [c for c in while_down if c.status != 503]
    probes = [
        p.status for p in load.readiness if p.started >= outage.down and p.ended <= outage.starting
    ]
    assert probes and all(status == 503 for status in probes), probes


def _recovery(load: Load, outage: Outage, next_stopping: float) -> float:
    """Seconds from the database's return to the first 2xx; none fails from then on."""
    back = [c.ended for c in load.calls if c.ok and c.started >= outage.up]
    assert back, f"no request succeeded after the {outage.mode} restart"
    first = min(back)
    assert first - outage.up <= RECOVERY_BOUND
    assert any(p.started >= outage.up and p.status == 200 for p in load.readiness)
    relapsed = [
        c for c in load.calls if c.started >= first and c.ended < next_stopping and not c.ok
    ]
    assert not relapsed, f"{len(relapsed)} failures after recovering: {relapsed[:3]}"
    return first - outage.up


async def _stored_clients(postgres: PrivatePostgres, tenant_id: int) -> list[tuple[int, str]]:
    conn = await asyncpg.connect(postgres.dsn("openwyn"))
    try:
        rows = await conn.fetch(
            "SELECT id, client_ref FROM clients WHERE tenant_id = $1", tenant_id
        )
    finally:
        await conn.close()
    return [(row["id"], row["client_ref"]) for row in rows]


async def _assert_every_2xx_create_is_stored_once(
    load: Load, postgres: PrivatePostgres
) -> dict[str, int]:
    answered = {
        c.client_ref: c.body["data"]["id"] for c in load.calls if c.kind == "create" and c.ok
    }
    assert len(set(answered.values())) == len(answered), "two creates answered the same id"
    stored = await _stored_clients(postgres, load.tenant.id)
    refs = [ref for _id, ref in stored]
    assert len(refs) == len(set(refs)), "a clientRef is stored twice"
    stored_id = {ref: id_ for id_, ref in stored}
    missing = {ref: id_ for ref, id_ in answered.items() if ref and stored_id.get(ref) != id_}
    assert not missing, f"{len(missing)} creates answered 2xx but are not stored: {missing}"
    # The search sent right after a create's 2xx found it.
    for search in load.calls:
        if search.kind == "search" and search.ok and search.client_ref in answered:
            assert search.body["total"]["aggregate"]["count"] == 1, search
    return {"answered": len(answered), "stored": len(stored)}


def _report(
    load: Load, outages: list[Outage], recoveries: list[float], writes: dict[str, int]
) -> str:
    lines = [
        f"{len(load.calls)} requests: {sum(c.ok for c in load.calls)} 2xx, "
        f"{sum(c.status == 503 for c in load.calls)} 503; longest "
        f"{max(c.seconds for c in load.calls):.3f}s; creates {writes}"
    ]
    for outage, recovery in zip(outages, recoveries, strict=True):
        during = [c for c in load.calls if c.ended >= outage.stopping and c.started <= outage.up]
        lines.append(
            f"{outage.mode}: down {outage.starting - outage.down:.1f}s, {len(during)} requests "
            f"({sum(c.status == 503 for c in during)} 503), longest "
            f"{max((c.seconds for c in during), default=0):.3f}s; 2xx again {recovery:.3f}s "
            "after the database was back"
        )
    return "\n".join(lines)


async def test_a_database_restart_under_load_fails_fast_recovers_and_loses_no_write(
    postgres: PrivatePostgres, server: Server, tenant: Tenant
) -> None:
    load = Load(server, tenant)
    tasks = [asyncio.create_task(_writer(load, n)) for n in range(WRITERS)]
    tasks.append(asyncio.create_task(_watcher(load)))
    outages: list[Outage] = []
    try:
        await asyncio.sleep(BEFORE_SECONDS)
        for mode in RESTARTS:
            outages.append(await _restart(postgres, mode))
            await _until(lambda: load.recovered_after(outages[-1].up), RECOVERY_BOUND)
            await asyncio.sleep(AFTER_SECONDS)
    finally:
        load.stop.set()
        await asyncio.gather(*tasks)

    _assert_every_answer_is_prompt_2xx_or_503(load.calls)
    ends = [outage.stopping for outage in outages[1:]] + [time.monotonic()]
    recoveries = []
    for outage, next_stopping in zip(outages, ends, strict=True):
        _assert_503_while_down(load, outage)
        recoveries.append(_recovery(load, outage, next_stopping))
    assert server.process.poll() is None, "the server process exited"
    async with httpx.AsyncClient(base_url=server.base, timeout=CLIENT_TIMEOUT) as http:
        assert (await http.get("/readyz")).status_code == 200
    writes = await _assert_every_2xx_create_is_stored_once(load, postgres)
    print(_report(load, outages, recoveries, writes))
