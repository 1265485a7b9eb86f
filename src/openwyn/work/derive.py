"""What a WIP write stores beyond what was sent (money-work.md §2 and §11): the client from
the job, the rate from the job or the staff member, the value, the outstanding amount, and the
checks that need the database (an active staff member, at most 24 hours a day)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ErrorDetail, ValidationFailed
from openwyn.kit.money import ZERO, to_cent
from openwyn.work import repository as repo
from openwyn.work.inputs import MAX_HOURS

CURRENCY = "USD"  # one currency per tenant (money-work §1); the tenant setting comes later


def time_value(hours: Decimal, rate: Decimal) -> Decimal:
    """hours x rate, rounded half-even to the cent (money-work §1)."""
    return to_cent(hours * rate)


def outstanding(value: Decimal, billed: Decimal, written_off: Decimal) -> Decimal:
    """value - billed - written off, never below zero."""
    return max(value - billed - written_off, ZERO)


def _refuse(path: str, message: str) -> ValidationFailed:
    details: list[ErrorDetail] = [{"path": path, "message": message}]
    return ValidationFailed("The WIP entry is not valid.", details)


@dataclass
class _Write:
    """One WIP write under derivation: what was sent, the stored row, and what to store."""

    sent: dict[str, Any]
    before: dict[str, Any] | None
    out: dict[str, Any]

    def value_of(self, name: str) -> Any:
        if name in self.sent:
            return self.sent[name]
        return None if self.before is None else self.before.get(name)


async def prepare(
    session: AsyncSession, tenant_id: int, values: dict[str, Any], before: dict[str, Any] | None
) -> dict[str, Any]:
    """The fields to store for a WIP write (`values` as sent, references resolved; `before`
    the stored WIP on update). Refuses bad input with a 400 naming the path."""
    sent = dict(values)
    amount = sent.pop("amount", None)
    write = _Write(sent, before, dict(sent))
    job_id = write.value_of("jobId")
    await repo.lock_jobs(session, tenant_id, [job_id] + ([before["jobId"]] if before else []))
    job = await repo.job_facts(session, tenant_id, job_id)
    if job is None:
        raise _refuse("jobId", f"no Job with id {job_id}")
    write.out["clientId"] = job.client_id
    await _check_staff(session, tenant_id, write)
    await _check_receipt(session, tenant_id, write)
    if write.value_of("type") == "TIME":
        await _time(session, tenant_id, write, job, "amount" in values)
    else:
        _amount(write, amount)
    _balances(write)
    if before is None:
        write.out.setdefault("status", "OPEN")
        write.out["currency"] = CURRENCY
        write.out["source"] = sent.get("source", "PMS")
    return write.out


async def _check_staff(session: AsyncSession, tenant_id: int, write: _Write) -> None:
    staff_id = write.sent.get("staffId")
    if staff_id is None:
        return
    staff = await repo.staff_facts(session, tenant_id, staff_id)
    if staff is None:
        raise _refuse("staffId", f"no Staff with id {staff_id}")
    if not staff.active:
        raise _refuse("staffId", "is an inactive staff member")


async def _check_receipt(session: AsyncSession, tenant_id: int, write: _Write) -> None:
    file_id = write.sent.get("receiptFileId")
    if file_id is not None and not await repo.file_exists(session, tenant_id, file_id):
        raise _refuse("receiptFileId", f"no file with id {file_id}")


async def _time(
    session: AsyncSession, tenant_id: int, write: _Write, job: repo.JobFacts, amount_sent: bool
) -> None:
    if amount_sent:
        raise _refuse("amount", "is for other types; a TIME entry takes hours and a rate")
    hours, staff_id = write.value_of("hours"), write.value_of("staffId")
    if hours is None:
        raise _refuse("hours", "is required for a TIME entry")
    if staff_id is None:
        raise _refuse("staffId", "is required for a TIME entry")
    rate = await _rate(session, tenant_id, write, job, staff_id)
    write.out["rate"] = rate
    write.out["value"] = time_value(hours, rate)
    await _hours_in_a_day(session, tenant_id, write, staff_id, hours)


async def _rate(
    session: AsyncSession, tenant_id: int, write: _Write, job: repo.JobFacts, staff_id: int
) -> Decimal:
    """The rate sent; else the stored one while the staff member stays; else the job's rate
    for this staff member; else the staff member's billingRate (money-work §2)."""
    sent = write.sent.get("rate")
    if sent is not None:
        return Decimal(sent)
    before = write.before
    if before is not None and before.get("rate") is not None and "staffId" not in write.sent:
        return Decimal(before["rate"])
    for entry in job.rates:
        if entry.get("staffId") == staff_id:
            return Decimal(str(entry["rate"]))
    staff = await repo.staff_facts(session, tenant_id, staff_id)
    if staff is None or staff.billing_rate is None:
        raise _refuse("rate", "no rate: send one, or set the staff member's billingRate")
    return Decimal(staff.billing_rate)


async def _hours_in_a_day(
    session: AsyncSession, tenant_id: int, write: _Write, staff_id: int, hours: Decimal
) -> None:
    await repo.lock_staff(session, tenant_id, staff_id)
    day = write.value_of("loggedDate")
    row_id = None if write.before is None else write.before["id"]
    logged = await repo.hours_on_day(session, tenant_id, staff_id, day, row_id)
    if logged + hours > MAX_HOURS:
        message = f"would make {logged + hours} hours on {day.isoformat()}; at most 24 a day"
        raise _refuse("hours", message)


def _amount(write: _Write, amount: Decimal | None) -> None:
    """Fixed fees, progress amounts and expenses: the value is the amount given."""
    for name in ("hours", "rate"):
        if write.sent.get(name) is not None:
            raise _refuse(name, "is for TIME entries only")
        write.out[name] = None
    if amount is not None:
        write.out["value"] = amount
    elif write.before is None or write.before["type"] == "TIME":
        raise _refuse("amount", "is required for this type")


def _balances(write: _Write) -> None:
    value = write.out.get("value", write.value_of("value"))
    billed = write.value_of("billedAmount") or ZERO
    written_off = write.value_of("writeOffAmount") or ZERO
    write.out["outstandingAmount"] = outstanding(value, billed, written_off)
