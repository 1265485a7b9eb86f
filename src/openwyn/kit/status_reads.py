"""Statuses that read by the tenant's today (money-work.md §11, §8): an invoice POSTED and past
due reads OVERDUE, so does a client request still open past its due date. What is stored stays
the workflow's status; lists show the status as it reads, and `status` filters compare what
they read, so `{"_eq": "OVERDUE"}` takes the overdue ones and `{"_eq": "POSTED"}` leaves them
out. A `where` is rewritten into conditions on the stored columns before it is compiled.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from openwyn.db import Reads

# One status as it reads, on a given day, as a `where` over the stored columns.
StatusReads = Callable[[Any, date], dict[str, Any]]


@dataclass(frozen=True)
class StatusAsRead:
    """How a resource's `status` reads, for the read family's lists, searches and gets."""

    today: Callable[[Reads, int], Awaitable[date]]  # the tenant's today
    reads: StatusReads
    row: Callable[[dict[str, Any], date], dict[str, Any]]  # a row with its status as it reads


def rewrite(where: Any, today: date, reads: StatusReads) -> Any:
    """`where` with each `status` condition (at the top, or nested in _and/_or/_not) replaced
    by `reads`' conditions on what is stored."""
    if not isinstance(where, dict):
        return where
    parts: list[Any] = []
    for key, value in where.items():
        if key == "status":
            parts.append(_status(value, today, reads))
        elif key in ("_and", "_or") and isinstance(value, list):
            parts.append({key: [rewrite(item, today, reads) for item in value]})
        elif key == "_not":
            parts.append({key: rewrite(value, today, reads)})
        else:
            parts.append({key: value})
    if len(parts) == 1:
        return parts[0]
    return {"_and": parts}


def _status(operations: Any, today: date, reads: StatusReads) -> dict[str, Any]:
    if not isinstance(operations, dict):
        return {"status": operations}
    parts: list[dict[str, Any]] = []
    for operator, value in operations.items():
        if operator == "_eq":
            parts.append(reads(value, today))
        elif operator == "_neq":
            parts.append({"_not": reads(value, today)})
        elif operator in ("_in", "_nin") and isinstance(value, list) and value:
            either = {"_or": [reads(item, today) for item in value]}
            parts.append(either if operator == "_in" else {"_not": either})
        else:
            parts.append({"status": {operator: value}})
    return parts[0] if len(parts) == 1 else {"_and": parts}


def with_simple_status(where: Any, simple: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """A list body's `status` equality filter moved into `where`, where it can be rewritten;
    the other simple filters as they were."""
    if "status" not in simple:
        return where, simple
    rest = {name: value for name, value in simple.items() if name != "status"}
    condition = {"status": {"_eq": simple["status"]}}
    return (condition if where is None else {"_and": [where, condition]}), rest
