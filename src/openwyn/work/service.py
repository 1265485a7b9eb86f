"""The native WIP workflow (money-work.md §2): create, edit and delete while OPEN, approve in
batches, write off. Every write goes through the generic service (web/service.py), so the Records
API type `wip` and these routes store the same rows and write the same events."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ErrorDetail, NotFound, ValidationFailed, refused
from openwyn.kit import repository as kit_repo
from openwyn.kit.money import ZERO
from openwyn.web import outbox, service
from openwyn.work import repository as repo
from openwyn.work import rollups
from openwyn.work.derive import CURRENCY, time_value
from openwyn.work.wips import WIPS

NATIVE = "OPENWYN"


async def create(session: AsyncSession, tenant_id: int, values: dict[str, Any]) -> dict[str, Any]:
    return await service.create(session, WIPS, tenant_id, values | {"source": NATIVE})


async def _open_rows(
    session: AsyncSession, tenant_id: int, ids: Iterable[int], missing_is_404: bool
) -> dict[int, dict[str, Any]]:
    """The WIP rows named, locked; each must exist (404 for one id in a path, 400 naming the
    index for a batch) and be OPEN (409 WIP_LOCKED)."""
    wanted = list(ids)
    rows = await repo.wips_for_update(session, tenant_id, wanted)
    missing = [(index, row_id) for index, row_id in enumerate(wanted) if row_id not in rows]
    if missing and missing_is_404:
        raise NotFound(f"No WIP entry with id {missing[0][1]}.")
    if missing:
        details: list[ErrorDetail] = [
            {"path": f"ids.{index}", "message": f"no WIP entry with id {row_id}"}
            for index, row_id in missing
        ]
        raise ValidationFailed("A WIP entry does not exist.", details)
    locked = [row_id for row_id in wanted if rows[row_id]["status"] != "OPEN"]
    if locked:
        raise refused(
            "WIP_LOCKED", f"WIP entry {locked[0]} is {rows[locked[0]]['status']}, not OPEN."
        )
    return rows


async def edit(
    session: AsyncSession,
    tenant_id: int,
    row_id: int,
    values: dict[str, Any],
    if_match: int | None,
) -> dict[str, Any]:
    await _open_rows(session, tenant_id, [row_id], missing_is_404=True)
    return await service.update(session, WIPS, tenant_id, row_id, values, if_match)


async def remove(session: AsyncSession, tenant_id: int, row_id: int, if_match: int | None) -> None:
    await _open_rows(session, tenant_id, [row_id], missing_is_404=True)
    await service.delete(session, WIPS, tenant_id, row_id, if_match)


async def approve(session: AsyncSession, tenant_id: int, ids: list[int]) -> list[dict[str, Any]]:
    """Approve every named entry, or none: one missing or locked entry refuses the batch."""
    unique = list(dict.fromkeys(ids))
    await _open_rows(session, tenant_id, unique, missing_is_404=False)
    values = {"approved": True}
    return [await service.update(session, WIPS, tenant_id, i, values, None) for i in unique]


async def write_off(
    session: AsyncSession, tenant_id: int, row_id: int, amount: Decimal | None, reason: str
) -> dict[str, Any]:
    """Write off the outstanding amount, or part of it; the entry is WRITTEN_OFF once nothing
    is outstanding."""
    rows = await _open_rows(session, tenant_id, [row_id], missing_is_404=True)
    left: Decimal = rows[row_id]["outstanding_amount"]
    taken = left if amount is None else amount
    if left <= ZERO:
        raise refused("INVALID_TRANSITION", f"WIP entry {row_id} has nothing outstanding.")
    if taken > left:
        raise ValidationFailed.at("amount", f"is more than the outstanding {left}")
    current = await service.get(session, WIPS, tenant_id, row_id)
    values = {
        "writeOffAmount": Decimal(current["writeOffAmount"]) + taken,
        "writeOffReason": reason,
        "status": "WRITTEN_OFF" if taken == left else "OPEN",
    }
    return await service.update(session, WIPS, tenant_id, row_id, values, None)


async def load(session: AsyncSession, tenant_id: int, entries: list[dict[str, Any]]) -> int:
    """Bulk-load WIP entries known to be valid (the demo firm's, drawn within every rule):
    each with its type, job, client, staff, date, and hours and rate (TIME) or amount. The
    stored fields are derived as a single write derives them, every entry writes its event,
    and each job's roll-ups are recomputed once at the end. Returns how many were loaded."""
    rows = [_loaded(entry) for entry in entries]
    if not rows:
        return 0
    names = {name: WIPS.by_name[name].column_name for name in rows[0]}
    columns = [{names[name]: value for name, value in row.items()} for row in rows]
    await kit_repo.insert_many(session, WIPS.table, tenant_id, columns)
    refs = [row["pmsRef"] for row in rows]
    stored = await kit_repo.fetch_by_pms_refs(session, WIPS, tenant_id, refs)
    events: list[tuple[dict[str, Any], dict[str, Any] | None]] = [
        (WIPS.serializer(row), None) for row in stored
    ]
    await outbox.record_many(session, tenant_id, WIPS.key, outbox.CREATE, events)
    await rollups.refresh(session, tenant_id, {row["jobId"] for row in rows})
    return len(stored)


def _loaded(entry: dict[str, Any]) -> dict[str, Any]:
    row = dict(entry)
    amount = row.pop("amount", None)
    value = time_value(row["hours"], row["rate"]) if row["type"] == "TIME" else amount
    return row | {
        "value": value,
        "outstandingAmount": value,
        "billedAmount": ZERO,
        "writeOffAmount": ZERO,
        "status": "OPEN",
        "currency": CURRENCY,
        "source": "PMS",
    }
