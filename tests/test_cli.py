"""The `openwyn` command as an operator uses it: lists, ids, errors that name the database,
imports that report each bad line, help without noise, and a demo key that does not pile up."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from openwyn import cli, cli_import, collector
from openwyn.cli_import import batches
from openwyn.records.upsert import MAX_RECORDS

runner = CliRunner()


@pytest.fixture(autouse=True)
def _environment_kept() -> Iterator[None]:
    """The commands hand settings to their server processes through the environment (`serve
    --demo` allows insecure webhooks there): later tests in this process must not inherit them."""
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A SQLite database of the test's own, named by a relative URL from its directory."""
    for name in ("OPENWYN_LOG_FORMAT", "OPENWYN_METRICS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENWYN_DATABASE_URL", "sqlite+aiosqlite:///./cli.db")
    monkeypatch.setenv("OPENWYN_JWT_SECRET", "cli-secret-" + "c" * 40)
    yield tmp_path / "cli.db"


def run(*args: str) -> Result:
    return runner.invoke(cli.app, list(args))


def ok(*args: str) -> Result:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def as_json(result: Result) -> Any:
    return json.loads(result.stdout)


class TestTenantsAndKeys:
    def test_tenant_create_prints_the_key_id(self, database: Path) -> None:
        created = ok("tenant", "create", "acme")
        assert "API key 1 (shown once): owk_" in created.stdout

    def test_tenant_list_lists_every_tenant(self, database: Path) -> None:
        ok("tenant", "create", "acme", "--name", "Acme CPA")
        ok("tenant", "create", "beta")
        listed = as_json(ok("tenant", "list", "--json"))
        assert [(t["slug"], t["name"]) for t in listed] == [("acme", "Acme CPA"), ("beta", "beta")]
        text = ok("tenant", "list").stdout
        assert "acme" in text and "Acme CPA" in text and "beta" in text

    def test_apikey_list_shows_a_tenants_keys_and_which_are_revoked(self, database: Path) -> None:
        ok("tenant", "create", "acme")
        ok("tenant", "create", "other")
        spare = as_json(ok("apikey", "create", "--tenant", "acme", "--role", "API_USER", "--json"))
        ok("apikey", "revoke", "--tenant", "acme", str(spare["id"]))
        keys = as_json(ok("apikey", "list", "--tenant", "acme", "--json"))
        assert [(k["name"], k["revokedAt"] is not None) for k in keys] == [
            ("first admin key", False),
            ("cli key", True),
        ]
        assert all("apiKey" not in key and "digest" not in key for key in keys)
        lines = ok("apikey", "list", "--tenant", "acme").stdout.splitlines()
        assert "live" in lines[0] and "revoked" in lines[1]

    def test_revoking_twice_says_the_key_is_already_revoked(self, database: Path) -> None:
        ok("tenant", "create", "acme")
        ok("apikey", "revoke", "--tenant", "acme", "1")
        again = run("apikey", "revoke", "--tenant", "acme", "1")
        assert again.exit_code == 1
        assert "API key 1 is already revoked" in again.stderr


class TestWhatCannotBeFound:
    def test_a_missing_tenant_names_the_database_searched(self, database: Path) -> None:
        ok("tenant", "create", "acme")
        for args in (
            ("apikey", "list", "--tenant", "acme2"),
            ("apikey", "revoke", "--tenant", "x", "1"),
        ):
            result = run(*args)
            assert result.exit_code == 1
            assert "no tenant" in result.stderr
            assert f"in the database {database.resolve()}" in result.stderr

    def test_a_command_that_creates_the_database_says_so(self, database: Path) -> None:
        first = ok("tenant", "list")
        assert f"created a new database at {database.resolve()}" in first.stderr
        assert "created a new database" not in ok("tenant", "list").stderr


class TestImport:
    @pytest.fixture(autouse=True)
    def settled(self, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
        """The collector's set-up, counted instead of changed for the whole test process."""
        calls: list[bool] = []
        monkeypatch.setattr(collector, "settle", lambda: calls.append(True))
        return calls

    def test_the_import_sets_the_collector_up_as_a_server_does(
        self, database: Path, settled: list[bool]
    ) -> None:
        line = json.dumps({"type": "client", "systemRef": "A", "attributes": {"name": "A"}})
        assert self._import(database, line).exit_code == 0
        assert settled == [True]

    def _import(self, database: Path, *lines: str) -> Result:
        ok("tenant", "create", "acme")
        source = database.parent / "records.jsonl"
        source.write_text("\n".join(lines) + "\n")
        return run("import", "--tenant", "acme", str(source))

    def test_a_line_that_is_not_json_fails_alone_with_its_line_number(self, database: Path) -> None:
        good = json.dumps({"type": "client", "systemRef": "A", "attributes": {"name": "A"}})
        also_good = json.dumps({"type": "client", "systemRef": "B", "attributes": {"name": "B"}})
        result = self._import(database, good, "", "{not json", "[1, 2]", also_good)
        assert result.exit_code == 1
        assert "line 3: not JSON" in result.stderr  # the blank line keeps its number
        assert "line 4: not a JSON object" in result.stderr
        totals = as_json(result)
        assert (totals["total"], totals["created"], totals["failed"]) == (4, 2, 2)

    def test_the_totals_and_rate_cover_every_batch(self, database: Path) -> None:
        records = [
            json.dumps({"type": "client", "systemRef": f"C{n}", "attributes": {"name": f"C{n}"}})
            for n in range(MAX_RECORDS * 2 + 5)
        ]
        result = self._import(database, *records)
        assert result.exit_code == 0, result.stderr
        assert as_json(result)["created"] == MAX_RECORDS * 2 + 5
        assert (
            f"{MAX_RECORDS * 2 + 5} records in " in result.stderr and "records/s)" in result.stderr
        )

    def test_a_failed_record_prints_the_apis_detail_paths(self, database: Path) -> None:
        bad = json.dumps({"type": "client", "systemRef": "A", "attributes": {"name": 7}})
        result = self._import(database, bad)
        assert result.exit_code == 1
        assert "line 1: " in result.stderr
        assert "  attributes.name: " in result.stderr


class _Lines:
    """A file's lines as `batches` reads them, counting how many it has taken."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self.lines:
            self.taken += 1
            yield line


class TestStreamedImport:
    def test_a_batch_is_read_only_when_it_is_needed(self) -> None:
        record = b'{"type": "client", "systemRef": "A", "attributes": {}}\n'
        source = _Lines([record] * (MAX_RECORDS * 3))
        streamed = batches(source)  # type: ignore[arg-type]
        first = next(streamed)
        assert len(first.records) == MAX_RECORDS and source.taken == MAX_RECORDS
        assert first.offset == MAX_RECORDS * len(record)
        assert sum(len(batch.records) for batch in streamed) == MAX_RECORDS * 2
        assert source.taken == MAX_RECORDS * 3

    def test_lines_keep_their_numbers_across_batches(self) -> None:
        record = b'{"type": "client"}\n'
        lines = [record, b"\n", b"[1]\n", record, b"{bad\n", record]
        found = list(batches(_Lines(lines), size=2))  # type: ignore[arg-type]
        assert [[number for number, _ in batch.records] for batch in found] == [[1, 4], [6]]
        assert [[number for number, _ in batch.unreadable] for batch in found] == [[3], [5]]
        assert found[-1].offset == sum(len(line) for line in lines)


@pytest.mark.anyio
class TestStatisticsDuringAnImport:
    async def test_analyze_runs_each_time_the_written_rows_double_and_at_the_end(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        refreshed: list[int] = []
        statistics = cli_import._Statistics(_NoDatabase())  # type: ignore[arg-type]

        async def analyze(_session: object) -> None:
            refreshed.append(statistics.before + statistics.since)

        monkeypatch.setattr(cli_import.kit_repo, "analyze", analyze)
        for _ in range(90):  # 9,000 rows in batches of 100
            await statistics.after(100)
        await statistics.after(0)  # a batch that wrote nothing
        await statistics.at_the_end()
        assert refreshed == [1_000, 2_000, 4_000, 8_000, 9_000]
        await statistics.at_the_end()  # nothing written since: no second refresh
        assert refreshed[-1] == 9_000 and len(refreshed) == 5


class _NoDatabase:
    """Sessions that are never used (`analyze` stands in for the statement)."""

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        yield None


class TestHelp:
    @pytest.mark.parametrize(
        "command", [["--help"], ["serve", "--help"], ["tenant", "create", "--help"]]
    )
    def test_help_shows_flags_without_a_type(self, command: list[str]) -> None:
        result = runner.invoke(cli.app, command, env={"COLUMNS": "120"})
        assert result.exit_code == 0
        assert "<bool>" not in result.stdout
        assert "--help" in result.stdout

    def test_options_that_take_a_value_keep_their_type(self) -> None:
        result = runner.invoke(cli.app, ["serve", "--help"], env={"COLUMNS": "120"})
        assert "<int>" in result.stdout


class TestDemoKey:
    def _serve_demo(self, monkeypatch: pytest.MonkeyPatch) -> str:
        monkeypatch.setattr(cli.uvicorn, "run", lambda *args, **kwargs: None)
        result = ok("serve", "--demo", "--no-worker")
        for line in result.stdout.splitlines():
            if "API key" in line:
                return line.rsplit(": ", 1)[1]
        raise AssertionError(result.stdout)

    def test_a_restart_prints_the_same_key_and_adds_none(
        self, database: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENWYN_WEBHOOKS_ALLOW_INSECURE", raising=False)
        first = self._serve_demo(monkeypatch)
        assert self._serve_demo(monkeypatch) == first
        keys = as_json(ok("apikey", "list", "--tenant", "demo", "--json"))
        assert len(keys) == 1
        stored = database.parent / ".openwyn-demo-key"
        assert stored.stat().st_mode & 0o077 == 0

        # Without the stored key, a new one is printed and the old one is revoked.
        stored.unlink()
        second = self._serve_demo(monkeypatch)
        assert second != first
        keys = as_json(ok("apikey", "list", "--tenant", "demo", "--json"))
        assert [k["revokedAt"] is None for k in keys] == [False, True]
        assert run("token", "--api-key", first).exit_code != 0
        assert ok("token", "--api-key", second).stdout.count(".") == 2
