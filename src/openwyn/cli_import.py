"""`openwyn import`: records from a JSON Lines file, upserted as `POST /api/v1/records` does."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.cli_admin import tenant_named
from openwyn.cli_support import in_transaction, prepared
from openwyn.config import load_settings
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import dumps
from openwyn.records.upsert import MAX_RECORDS, RecordBatch, write_batch

# One line of the file: its number (from 1) and the record it holds.
Numbered = tuple[int, dict[str, Any]]
SUMMARY_KEYS = ("total", "succeeded", "failed", "created", "updated", "unchanged")


def import_records(
    path: Annotated[Path, typer.Argument(help="A JSON Lines file: one record per line.")],
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
) -> None:
    """Upsert records as `POST /api/v1/records` does, 100 to a transaction.

    Each line is `{"type": ..., "systemRef": ..., "attributes": {...}}`. A bad record, or a line
    that is not a JSON object, fails alone and is reported with its line number and what is
    wrong where; the exit status is 1 if any failed. Progress goes to stderr, the totals (JSON)
    to stdout.
    """
    settings = load_settings()
    prepared(settings)
    records, unreadable = read_lines(path)
    totals = dict.fromkeys(SUMMARY_KEYS, 0)
    totals["total"] = totals["failed"] = len(unreadable)
    for line, problem in unreadable:
        typer.echo(f"line {line}: {problem}", err=True)
    with _progress() as progress:
        task = progress.add_task("importing", total=len(records))
        for start in range(0, len(records), MAX_RECORDS):
            chunk = records[start : start + MAX_RECORDS]
            summary = in_transaction(settings, _importer(tenant, chunk))
            for key in SUMMARY_KEYS:
                totals[key] += summary.get(key, 0)
            progress.advance(task, len(chunk))
    in_transaction(settings, kit_repo.analyze)
    typer.echo(dumps(totals).decode())
    if totals["failed"]:
        raise typer.Exit(1)


def read_lines(path: Path) -> tuple[list[Numbered], list[tuple[int, str]]]:
    """The file's records by line number, and the lines that hold none (blank lines skipped)."""
    records: list[Numbered] = []
    unreadable: list[tuple[int, str]] = []
    for number, text in enumerate(path.read_text().splitlines(), start=1):
        if not text.strip():
            continue
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError as error:
            unreadable.append((number, f"not JSON: {error}"))
            continue
        if isinstance(value, dict):
            records.append((number, value))
        else:
            unreadable.append((number, "not a JSON object"))
    return records, unreadable


def _progress() -> Progress:
    """On stderr, so that stdout keeps only the totals; drawn only on a terminal."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
        console=Console(stderr=True),
    )


def _importer(
    slug: str, chunk: list[Numbered]
) -> Callable[[AsyncSession], Awaitable[dict[str, int]]]:
    async def work(session: AsyncSession) -> dict[str, int]:
        found = await tenant_named(session, slug)
        batch = RecordBatch.model_validate({"records": [record for _, record in chunk]})
        result = (await write_batch(session, found.id, batch, create_missing=True)).public()
        for outcome in result["records"]:
            if outcome["error"] is not None:
                report_failure(chunk[outcome["index"]][0], outcome["error"])
        summary: dict[str, int] = result["summary"]
        return summary

    return work


def report_failure(line: int, error: dict[str, Any]) -> None:
    """The record's error as the API gives it: the message, then each detail's path."""
    typer.echo(f"line {line}: {error['message']}", err=True)
    for detail in error.get("details") or ():
        typer.echo(f"  {detail['path']}: {detail['message']}", err=True)
