"""The native WIP workflow (money-work.md §2): create, edit and delete while OPEN, approve in
batches, write off. Every write goes through the kit's service, so the Records API type `wip`
and these routes store the same rows and write the same events."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ErrorDetail, NotFound, ValidationFailed, refused
from openwyn.kit import service
from openwyn.work import repository as repo
from openwyn.work.derive import ZERO
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
