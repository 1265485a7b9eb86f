"""`openwyn import`: records from a JSON Lines file, upserted as `POST /api/v1/records` does.

The file is read as it is imported, a batch of lines at a time, so memory stays the same
whatever its size; all batches share one database engine (one connection pool), each its own
transaction.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import orjson
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn import collector
from openwyn.cli_admin import tenant_named
from openwyn.cli_support import prepared, with_database
from openwyn.config import load_settings
from openwyn.db import Database
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import dumps
from openwyn.records.upsert import MAX_RECORDS, RecordBatch, write_batch

# One line of the file: its number (from 1) and the record it holds.
Numbered = tuple[int, dict[str, Any]]
SUMMARY_KEYS = ("total", "succeeded", "failed", "created", "updated", "unchanged")


@dataclass
class Batch:
    """Up to MAX_RECORDS records of consecutive lines, the lines among them that hold none,
    and how far into the file (bytes) its last line ends."""

    records: list[Numbered] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    offset: int = 0


def import_records(
    path: Annotated[Path, typer.Argument(help="A JSON Lines file: one record per line.")],
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
) -> None:
    """Upsert records as `POST /api/v1/records` does, 100 to a transaction.

    Each line is `{"type": ..., "systemRef": ..., "attributes": {...}}`. A bad record, or a line
    that is not a JSON object, fails alone and is reported with its line number and what is
    wrong where; the exit status is 1 if any failed. The file is streamed (any size, constant
    memory). Progress (with records per second) goes to stderr, the totals (JSON) to stdout.
    """
    settings = load_settings()
    prepared(settings)
    collector.settle()  # a long import allocates as a server does (collector.py)

    with path.open("rb") as source:

        async def run(db: Database) -> dict[str, int]:
            return await import_file(db, tenant, source, path.stat().st_size)

        totals = with_database(settings, run)
    typer.echo(dumps(totals).decode())
    if totals["failed"]:
        raise typer.Exit(1)


async def import_file(db: Database, slug: str, source: BinaryIO, size: int) -> dict[str, int]:
    """Import every record of the file (`size` bytes) into the tenant; the totals."""
    async with db.session() as session:
        tenant_id = (await tenant_named(session, slug)).id
    totals = dict.fromkeys(SUMMARY_KEYS, 0)
    statistics = _Statistics(db)
    started = time.perf_counter()
    with _progress() as progress:
        task = progress.add_task("importing", total=size or None, records=0)
        for batch in batches(source):
            for line, problem in batch.unreadable:
                typer.echo(f"line {line}: {problem}", err=True)
            totals["total"] += len(batch.unreadable)
            totals["failed"] += len(batch.unreadable)
            if batch.records:
                async with db.session() as session:
                    summary = await write_records(session, tenant_id, batch.records)
                for key in SUMMARY_KEYS:
                    totals[key] += summary.get(key, 0)
                await statistics.after(summary.get("created", 0) + summary.get("updated", 0))
            progress.update(task, completed=batch.offset, records=totals["total"])
    await statistics.at_the_end()
    _say_rate(totals["total"], time.perf_counter() - started)
    return totals


class _Statistics:
    """The planner's statistics kept up with the import: refreshed (`ANALYZE`) each time the
    rows written since the last refresh reach those written before it (at 1,000, 2,000,
    4,000 ...), and at the end if anything was written since. Without them a table that was
    empty when last analyzed stays empty to the planner while it fills, and PostgreSQL may plan
    a lookup by systemRef as a scan of the whole table: with autovacuum off (or behind), a
    million-row import slowed to a fifth of its rate by its 100,000th row."""

    FIRST = 1_000

    def __init__(self, db: Database) -> None:
        self.db = db
        self.before = 0  # rows written before the last refresh
        self.since = 0  # rows written since

    async def after(self, written: int) -> None:
        self.since += written
        if self.since >= max(self.FIRST, self.before):
            await self._refresh()

    async def at_the_end(self) -> None:
        if self.since:
            await self._refresh()

    async def _refresh(self) -> None:
        async with self.db.session() as session:
            await kit_repo.analyze(session)
        self.before, self.since = self.before + self.since, 0


def batches(source: BinaryIO, size: int = MAX_RECORDS) -> Iterator[Batch]:
    """The file's lines, read as they are needed, in batches of up to `size` records (blank
    lines skipped, but counted in the line numbers)."""
    batch = Batch()
    for number, text in enumerate(source, start=1):
        batch.offset += len(text)
        if text.strip():
            _read_line(number, text, batch)
        if len(batch.records) == size:
            yield batch
            batch = Batch(offset=batch.offset)
    if batch.records or batch.unreadable:
        yield batch


def _read_line(number: int, text: bytes, batch: Batch) -> None:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        batch.unreadable.append((number, f"not JSON: {error}"))
        return
    if isinstance(value, dict):
        batch.records.append((number, value))
    else:
        batch.unreadable.append((number, "not a JSON object"))


async def write_records(
    session: AsyncSession, tenant_id: int, records: list[Numbered]
) -> dict[str, int]:
    """Upsert one batch as the API's bulk upsert does; each failed record reported with its
    line number."""
    batch = RecordBatch.model_validate({"records": [record for _, record in records]})
    result = (await write_batch(session, tenant_id, batch, create_missing=True)).public()
    for outcome in result["records"]:
        if outcome["error"] is not None:
            report_failure(records[outcome["index"]][0], outcome["error"])
    summary: dict[str, int] = result["summary"]
    return summary


class RecordRate(ProgressColumn):
    """Records so far and records per second."""

    def render(self, task: Task) -> Text:
        records: int = task.fields.get("records", 0)
        elapsed = task.elapsed or 0.0
        rate = records / elapsed if elapsed > 0 else 0.0
        return Text(f"{records:,} records, {rate:,.0f}/s")


def _progress() -> Progress:
    """On stderr, so that stdout keeps only the totals; drawn only on a terminal. The bar
    follows the bytes read, which a streamed file knows in advance where its records it does
    not."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        RecordRate(),
        TimeElapsedColumn(),
        transient=True,
        console=Console(stderr=True),
    )


def _say_rate(records: int, seconds: float) -> None:
    rate = records / seconds if seconds > 0 else 0.0
    typer.echo(f"{records:,} records in {seconds:.1f} s ({rate:,.0f} records/s)", err=True)


def report_failure(line: int, error: dict[str, Any]) -> None:
    """The record's error as the API gives it: the message, then each detail's path."""
    typer.echo(f"line {line}: {error['message']}", err=True)
    for detail in error.get("details") or ():
        typer.echo(f"  {detail['path']}: {detail['message']}", err=True)
