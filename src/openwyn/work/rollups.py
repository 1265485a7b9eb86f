"""A job's roll-ups (money-work.md §2), recomputed from its WIP rows after every WIP write, in
the same transaction; a change of them is a `project` UPDATE event, so a subscriber to projects
sees budget burn."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit import outbox, service
from openwyn.kit.sqltypes import utcnow
from openwyn.work import repository as repo
from openwyn.work.derive import ZERO
from openwyn.work.projects import PROJECTS

# The roll-ups' API names, by column.
_NAMES = {
    "hours_logged": "hoursLogged",
    "wip_value": "wipValue",
    "wip_outstanding": "wipOutstanding",
    "billed_amount": "billedAmount",
    "write_off_amount": "writeOffAmount",
}


async def wip_written(
    session: AsyncSession,
    tenant_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Refresh the roll-ups of every job the write touched (both, when a WIP moved)."""
    jobs = {item["jobId"] for item in (before, after) if item is not None}
    await repo.lock_jobs(session, tenant_id, jobs)
    for job_id in sorted(jobs):
        await refresh(session, tenant_id, job_id)


async def refresh(session: AsyncSession, tenant_id: int, job_id: int) -> None:
    """Recompute one job's roll-ups from its rows (the caller holds the job's lock)."""
    stored = await repo.stored_rollup(session, tenant_id, job_id)
    sums = await repo.sum_job(session, tenant_id, job_id)
    await repo.save_rollup(session, tenant_id, job_id, sums, stored is not None, utcnow())
    # A job without roll-ups yet had zeros (as the projects view shows it).
    before = stored or dict.fromkeys(sums, ZERO)
    previous = {_NAMES[name]: before[name] for name in sums if before[name] != sums[name]}
    if not previous:
        return
    project = await service.get(session, PROJECTS, tenant_id, job_id)
    await outbox.record(session, tenant_id, PROJECTS.key, outbox.UPDATE, project, previous)
