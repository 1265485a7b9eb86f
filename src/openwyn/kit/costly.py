"""Costly searches compile off the event loop, one at a time per process.

A `where` expression near the limits takes milliseconds to compile (``kit/query.py``; measured
in ``bench/query_cost.py``), and so does its SQL. On the event loop that time is taken from
every other request of the process: sixteen connections sending such searches held a health
check for a quarter of a second. So a search whose expression counts at least ``COSTLY``
conditions (``query.where_cost``) waits for the process's one slot for costly searches, and
compiles its expression, and prepares its SQL where the driver runs it, in a worker thread.
Python still runs one thread at a time, but a thread gives way every few milliseconds
(``sys.getswitchinterval``), so the loop keeps answering while a costly search compiles; with
one slot, at most one thread competes with it. Cheap searches take neither the slot nor a
thread: a thread hop costs more than compiling a few conditions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

T = TypeVar("T")

# Conditions as `query.where_cost` counts them: about 2 ms of compiling on the reference machine.
COSTLY = 50

# One slot per event loop: a semaphore belongs to the loop that first waits on it.
_SLOTS: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = WeakKeyDictionary()


def _slot() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    slot = _SLOTS.get(loop)
    if slot is None:
        slot = _SLOTS[loop] = asyncio.Semaphore(1)
    return slot


async def search(cost: int, run: Callable[[bool], Awaitable[T]]) -> T:
    """`run(off_loop)`, in the costly searches' slot with `off_loop` true if `cost` is high."""
    if cost < COSTLY:
        return await run(False)
    async with _slot():
        return await run(True)


async def build(off_loop: bool, function: Callable[[], T]) -> T:
    """`function()`, in a worker thread if `off_loop`."""
    return await asyncio.to_thread(function) if off_loop else function()
