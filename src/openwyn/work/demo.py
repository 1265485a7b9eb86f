"""The demo firm's year of work: time and expenses on its jobs, drawn deterministically.

Drawn from a generator of its own (the directory's draws stay as they were), job by job in the
order the jobs were seeded, so every tenant gets the same entries; only the entries whose pmsRef
the tenant lacks are loaded, so a second run writes nothing.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.web import service as crud
from openwyn.work import service
from openwyn.work.inputs import MAX_HOURS
from openwyn.work.wips import WIPS

_SEED = 2424
_LAST_DAY = date(2026, 11, 30)
_IDLE = {"PLANNING", "CANCELLED"}
_TASKS = ["PREP", "REVIEW", "MEET", "RESEARCH", "ADMIN"]
_EXPENSES = [
    ("Courier", 1500, 6500),
    ("Mileage to client site", 2000, 12000),
    ("Filing fee", 2500, 35000),
    ("Printing and binding", 800, 4500),
]


@dataclass(frozen=True)
class BookedJob:
    """A seeded job and who may log time on it (partner, manager, then the team)."""

    pms_ref: str
    id: int
    client_id: int
    status: str
    start: date
    end: date | None
    team: list[tuple[int, Decimal]]  # (staff id, billing rate)


@dataclass
class _Year:
    rng: random.Random
    # Hours drawn per (staff id, day): no one logs more than 24 in a day.
    logged: defaultdict[tuple[int, date], Decimal] = field(
        default_factory=lambda: defaultdict(Decimal)
    )

    def entries(self, job: BookedJob) -> list[dict[str, Any]]:
        rng = self.rng
        last = min(job.end or job.start + timedelta(days=180), _LAST_DAY)
        span = max((last - job.start).days, 1)
        drawn = [self.time(job, n, span) for n in range(rng.randint(4, 14))]
        drawn += [self.expense(job, n, span) for n in range(rng.randint(0, 2))]
        return [entry for entry in drawn if entry is not None]

    def day(self, job: BookedJob, span: int) -> date:
        day = job.start + timedelta(days=self.rng.randint(0, span))
        return day + timedelta(days=max(0, 7 - day.isoweekday()) if day.isoweekday() > 5 else 0)

    def time(self, job: BookedJob, n: int, span: int) -> dict[str, Any] | None:
        rng = self.rng
        staff_id, rate = rng.choice(job.team)
        day, hours = self.day(job, span), Decimal(rng.randint(2, 24)) / 4
        if self.logged[(staff_id, day)] + hours > MAX_HOURS or day > _LAST_DAY:
            return None
        self.logged[(staff_id, day)] += hours
        approved = day < date(2026, 9, 1) and rng.random() < 0.8
        return _entry(job, f"t{n}", "TIME", staff_id, day, approved) | {
            "hours": hours,
            "rate": rate,
            "taskCode": rng.choice(_TASKS),
        }

    def expense(self, job: BookedJob, n: int, span: int) -> dict[str, Any] | None:
        notes, low, high = self.rng.choice(_EXPENSES)
        staff_id, _ = self.rng.choice(job.team)
        day = self.day(job, span)
        if day > _LAST_DAY:
            return None
        amount = Decimal(self.rng.randint(low, high)) / 100
        return _entry(job, f"e{n}", "EXPENSE", staff_id, day, True) | {
            "amount": amount,
            "notes": notes,
        }


def _entry(
    job: BookedJob, suffix: str, kind: str, staff_id: int, day: date, approved: bool
) -> dict[str, Any]:
    # Every entry carries the same keys: they are inserted in batches.
    return {
        "pmsRef": f"{job.pms_ref.replace('demo-job', 'demo-wip')}-{suffix}",
        "type": kind,
        "jobId": job.id,
        "clientId": job.client_id,
        "staffId": staff_id,
        "loggedDate": day,
        "hours": None,
        "rate": None,
        "amount": None,
        "billable": True,
        "approved": approved,
        "notes": None,
        "taskCode": None,
    }


async def seed_year(session: AsyncSession, tenant_id: int, jobs: list[BookedJob]) -> int:
    """Load the year's time and expenses the tenant lacks; return how many were loaded."""
    year = _Year(random.Random(_SEED))  # noqa: S311 - sample data
    drawn = [entry for job in jobs if job.status not in _IDLE for entry in year.entries(job)]
    known = await crud.ids_by_fields(session, WIPS, tenant_id, ["pmsRef"])
    missing = [entry for entry in drawn if (entry["pmsRef"],) not in known]
    return await service.load(session, tenant_id, missing)
