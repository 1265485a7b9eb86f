"""Waits on PostgreSQL backends by condition: until one runs a statement, until one has exited.

Each wait is bounded generously and fails its test only when the bound passes: a loaded
machine is slow, not broken.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sqlalchemy import text

SERVER_SECONDS = 60


async def terminate(killer: Any, pids: list[int]) -> None:
    """Terminates the backends and returns once every one has exited, not when it was
    signalled: a read that follows meets a dead connection, never a dying one."""
    for pid in pids:
        # With a timeout the call waits for the exit; a backend already gone (its client
        # closed it meanwhile) answers false at once, and the check below covers it.
        statement = text("SELECT pg_terminate_backend(:pid, :timeout_ms)")
        await killer.execute(statement, {"pid": pid, "timeout_ms": SERVER_SECONDS * 1000})
    alive = "SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = ANY(:pids)"
    await _until(killer, alive, {"pids": pids}, "the terminated backends are gone")


async def running(killer: Any, statement: str, pids: list[int] | None = None) -> int:
    """The backend (one of `pids`, or any of this database's) that runs a statement holding
    `statement`, once one does."""
    query = (
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND (CAST(:pids AS integer[]) IS NULL OR pid = ANY(:pids)) "
        "AND state = 'active' AND strpos(query, :statement) > 0 AND pid <> pg_backend_pid()"
    )
    values = {"pids": pids, "statement": statement}
    await _until(killer, f"SELECT EXISTS ({query})", values, f"{statement} runs")
    pid: int = (await killer.execute(text(query), values)).scalar_one()
    return pid


async def _until(killer: Any, condition: str, values: dict[str, Any], what: str) -> None:
    deadline = time.monotonic() + SERVER_SECONDS
    while not (await killer.execute(text(condition), values)).scalar():
        assert time.monotonic() < deadline, f"waited in vain until {what}"
        await asyncio.sleep(0.01)  # between looks at the condition
