"""An invoice's `status` as it reads (money-work.md §11): OVERDUE is a POSTED invoice due
before today (in the tenant's time zone) with something outstanding, so `{"_eq": "POSTED"}`
leaves overdue invoices out and `{"_eq": "OVERDUE"}` takes them (kit/status_reads.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from openwyn.kit import status_reads


def _overdue(today: date) -> dict[str, Any]:
    return {
        "_and": [
            {"status": {"_eq": "POSTED"}},
            {"dueDate": {"_lt": today.isoformat()}},
            {"outstandingAmount": {"_gt": 0}},
        ]
    }


def reads(status: Any, today: date) -> dict[str, Any]:
    if status == "OVERDUE":
        return _overdue(today)
    if status == "POSTED":
        return {"_and": [{"status": {"_eq": "POSTED"}}, {"_not": _overdue(today)}]}
    return {"status": {"_eq": status}}


def rewrite(where: Any, today: date) -> Any:
    """`where` over invoices, its `status` conditions on what they read."""
    return status_reads.rewrite(where, today, reads)
