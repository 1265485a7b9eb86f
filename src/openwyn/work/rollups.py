"""A job's roll-ups (money-work.md §2), recomputed from its WIP rows and its invoices after
every WIP write and every billing write that moves one of its invoices (posting, voiding,
settling), in the same transaction; a change of them is a `project` UPDATE event, so a
subscriber to projects sees budget burn and collections."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit.money import ZERO
from openwyn.kit.sqltypes import utcnow
from openwyn.web import outbox, service
from openwyn.work import repository as repo
from openwyn.work.projects import PROJECTS

# The roll-ups' API names, by column.
_NAMES = {
    "hours_logged": "hoursLogged",
    "wip_value": "wipValue",
    "wip_outstanding": "wipOutstanding",
    "billed_amount": "billedAmount",
    "write_off_amount": "writeOffAmount",
    "invoiced_amount": "invoicedAmount",
    "collected_amount": "collectedAmount",
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
    await refresh(session, tenant_id, jobs)


async def invoice_moved(session: AsyncSession, tenant_id: int, job_id: int | None) -> None:
    """Refresh the roll-ups of an invoice's project after the invoice was posted, voided or
    settled. The job's lock is the last a billing write takes (after the invoice's and the
    client balance's), so it never waits on a writer that holds the job and wants those."""
    if job_id is None:
        return
    await repo.lock_jobs(session, tenant_id, [job_id])
    await refresh(session, tenant_id, [job_id])


async def refresh(session: AsyncSession, tenant_id: int, job_ids: Iterable[int]) -> None:
    """Recompute jobs' roll-ups from their rows (the caller holds the jobs' locks) and write a
    project event for each job whose roll-ups changed."""
    wanted = sorted(set(job_ids))
    stored = await repo.stored_rollups(session, tenant_id, wanted)
    wips = await repo.sum_jobs(session, tenant_id, wanted)
    invoices = await repo.sum_invoices(session, tenant_id, wanted)
    sums = {job_id: wips[job_id] | invoices[job_id] for job_id in wanted}
    await repo.save_rollups(session, tenant_id, sums, set(stored), utcnow())
    changes: list[tuple[int, dict[str, Any] | None]] = []
    for job_id in wanted:
        # A job without roll-ups yet had zeros (as the projects view shows it).
        before = stored.get(job_id) or dict.fromkeys(sums[job_id], ZERO)
        after = sums[job_id]
        previous = {_NAMES[name]: before[name] for name in after if before[name] != after[name]}
        if previous:
            changes.append((job_id, previous))
    if not changes:
        return
    projects = await service.get_many(session, PROJECTS, tenant_id, [j for j, _ in changes])
    events = [(projects[job_id], previous) for job_id, previous in changes]
    await outbox.record_many(session, tenant_id, PROJECTS.key, outbox.UPDATE, events)
