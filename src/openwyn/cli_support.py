"""What the `openwyn` commands share: help without type noise, a transaction per step, output,
and the database they work on."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession
from typer.core import TyperCommand, TyperGroup

from openwyn.config import Settings
from openwyn.db import Database
from openwyn.errors import ApiError, NotFound
from openwyn.kit.json import dumps
from openwyn.migrations import runner

T = TypeVar("T")


class _UntypedFlags:
    """Help that shows a flag as `--demo`, not `--demo <bool>`: a flag takes no value."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
        return params


class Command(_UntypedFlags, TyperCommand):
    pass


class Group(_UntypedFlags, TyperGroup):
    pass


def database_in_use(settings: Settings) -> str:
    """The database a command works on, as the user can find it: the SQLite file's absolute
    path (a relative URL depends on the directory the command runs in), or the URL without
    its password."""
    path = settings.sqlite_path()
    if path is not None:
        return str(path.resolve())
    return make_url(settings.database_url).render_as_string(hide_password=True)


def _to_stderr(message: str) -> None:
    typer.echo(message, err=True)


def prepared(settings: Settings, say: Callable[[str], object] = _to_stderr) -> None:
    """Migrate the database, saying so (through `say`) when that created it: run from another
    directory, a relative SQLite URL names a new, empty file."""
    path = settings.sqlite_path()
    created = path is not None and not path.exists()
    runner.upgrade(settings.database_url)
    if created:
        say(f"note: created a new database at {database_in_use(settings)}")


def in_transaction(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `work` in one transaction; an API error is printed (with the database, when what
    was looked for is not there) and ends the command with status 1."""

    async def run(db: Database) -> T:
        async with db.session() as session:
            return await work(session)

    return with_database(settings, run)


def with_database(settings: Settings, work: Callable[[Database], Awaitable[T]]) -> T:
    """Run `work` with the database (one engine for all its transactions), errors answered as
    `in_transaction` answers them."""

    async def run() -> T:
        db = Database(settings)
        try:
            return await work(db)
        finally:
            await db.dispose()

    try:
        return asyncio.run(run())
    except ApiError as error:
        typer.echo(f"error: {error.message}", err=True)
        if isinstance(error, NotFound):
            typer.echo(f"  (in the database {database_in_use(settings)})", err=True)
        raise typer.Exit(1) from error


def print_data(data: Any, as_json: bool, text: str) -> None:
    typer.echo(dumps(data).decode() if as_json else text)
