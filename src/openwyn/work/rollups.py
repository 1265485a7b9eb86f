"""A job's roll-ups (money-work.md §2), recomputed from its WIP rows and its invoices after
every WIP write and every billing write that moves one of its invoices (posting, voiding,
settling), in the same transaction; a change of them is a `project` UPDATE event, so a
subscriber to projects sees budget burn and collections."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
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


# Each WIP roll-up's column, by the WIP field it sums.
_SUMMED = {
    "hours_logged": "hours",
    "wip_value": "value",
    "wip_outstanding": "outstandingAmount",
    "billed_amount": "billedAmount",
    "write_off_amount": "writeOffAmount",
}


async def wips_written(
    session: AsyncSession,
    tenant_id: int,
    writes: list[tuple[dict[str, Any] | None, dict[str, Any] | None]],
) -> None:
    """`wip_written` for a run of WIP writes (the jobs locked when the run was prepared): each
    job's roll-ups move by the difference its writes made, and each job whose roll-ups changed
    gets one project event for the run. A job without stored roll-ups is summed whole."""
    moved: dict[int, dict[str, Decimal]] = {}
    for before, after in writes:
        for sign, state in ((-1, before), (1, after)):
            if state is not None:
                job = moved.setdefault(state["jobId"], dict.fromkeys(_SUMMED, ZERO))
                for column, name in _SUMMED.items():
                    job[column] += sign * (state[name] or ZERO)
    wanted = sorted(moved)
    stored = await repo.stored_rollups(session, tenant_id, wanted)
    fresh = [job_id for job_id in wanted if job_id not in stored]
    sums = await _summed(session, tenant_id, fresh)
    for job_id, before in stored.items():
        sums[job_id] = {
            name: before[name] + moved[job_id][name] if name in _SUMMED else before[name]
            for name in repo.STORED_FIELDS
        }
    await _save(session, tenant_id, stored, sums)


async def refresh(session: AsyncSession, tenant_id: int, job_ids: Iterable[int]) -> None:
    """Recompute jobs' roll-ups from their rows (the caller holds the jobs' locks) and write a
    project event for each job whose roll-ups changed."""
    wanted = sorted(set(job_ids))
    stored = await repo.stored_rollups(session, tenant_id, wanted)
    await _save(session, tenant_id, stored, await _summed(session, tenant_id, wanted))


async def _summed(
    session: AsyncSession, tenant_id: int, job_ids: list[int]
) -> dict[int, dict[str, Decimal]]:
    """The jobs' roll-ups summed from their WIP rows and invoices."""
    if not job_ids:
        return {}
    wips = await repo.sum_jobs(session, tenant_id, job_ids)
    invoices = await repo.sum_invoices(session, tenant_id, job_ids)
    return {job_id: wips[job_id] | invoices[job_id] for job_id in job_ids}


async def _save(
    session: AsyncSession,
    tenant_id: int,
    stored: dict[int, dict[str, Any]],
    sums: dict[int, dict[str, Decimal]],
) -> None:
    """Store the jobs' new roll-ups and write a project event for each job whose changed."""
    wanted = sorted(sums)
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
