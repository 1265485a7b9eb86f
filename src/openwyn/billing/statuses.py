"""`status` filters on what it reads (money-work.md §11): OVERDUE is a POSTED invoice due
before today (in the tenant's time zone) with something outstanding, so `{"_eq": "POSTED"}`
leaves overdue invoices out and `{"_eq": "OVERDUE"}` takes them. A `where` is rewritten into
conditions on the stored columns before it is compiled."""

from __future__ import annotations

from datetime import date
from typing import Any


def _overdue(today: date) -> dict[str, Any]:
    return {
        "_and": [
            {"status": {"_eq": "POSTED"}},
            {"dueDate": {"_lt": today.isoformat()}},
            {"outstandingAmount": {"_gt": 0}},
        ]
    }


def _reads(status: Any, today: date) -> dict[str, Any]:
    if status == "OVERDUE":
        return _overdue(today)
    if status == "POSTED":
        return {"_and": [{"status": {"_eq": "POSTED"}}, {"_not": _overdue(today)}]}
    return {"status": {"_eq": status}}


def _status(operations: Any, today: date) -> dict[str, Any]:
    if not isinstance(operations, dict):
        return {"status": operations}
    parts: list[dict[str, Any]] = []
    for operator, value in operations.items():
        if operator == "_eq":
            parts.append(_reads(value, today))
        elif operator == "_neq":
            parts.append({"_not": _reads(value, today)})
        elif operator in ("_in", "_nin") and isinstance(value, list) and value:
            either = {"_or": [_reads(item, today) for item in value]}
            parts.append(either if operator == "_in" else {"_not": either})
        else:
            parts.append({"status": {operator: value}})
    return parts[0] if len(parts) == 1 else {"_and": parts}


def rewrite(where: Any, today: date) -> Any:
    """`where` with each top-level (or nested in _and/_or/_not) `status` condition replaced by
    conditions on the stored status, due date and outstanding amount."""
    if not isinstance(where, dict):
        return where
    parts: list[Any] = []
    for key, value in where.items():
        if key == "status":
            parts.append(_status(value, today))
        elif key in ("_and", "_or") and isinstance(value, list):
            parts.append({key: [rewrite(item, today) for item in value]})
        elif key == "_not":
            parts.append({key: rewrite(value, today)})
        else:
            parts.append({key: value})
    if len(parts) == 1:
        return parts[0]
    return {"_and": parts}
