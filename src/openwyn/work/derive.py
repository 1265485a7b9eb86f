"""What a WIP write stores beyond what was sent (money-work.md §2 and §11): the client from
the job, the rate from the job or the staff member, the value, the outstanding amount, and the
checks that need the database (an active staff member, at most 24 hours a day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

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


class Facts(Protocol):
    """What a WIP's derivation reads: from the database one write at a time (`_Stored`), or
    from what a batch read once for all its writes (`BatchFacts`)."""

    async def job(self, job_id: int) -> repo.JobFacts | None: ...

    async def staff(self, staff_id: int) -> repo.StaffFacts | None: ...

    async def file_exists(self, file_id: int) -> bool: ...


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


@dataclass(frozen=True)
class _Stored:
    session: AsyncSession
    tenant_id: int

    async def job(self, job_id: int) -> repo.JobFacts | None:
        return await repo.job_facts(self.session, self.tenant_id, job_id)

    async def staff(self, staff_id: int) -> repo.StaffFacts | None:
        return await repo.staff_facts(self.session, self.tenant_id, staff_id)

    async def file_exists(self, file_id: int) -> bool:
        return await repo.file_exists(self.session, self.tenant_id, file_id)


async def prepare(
    session: AsyncSession, tenant_id: int, values: dict[str, Any], before: dict[str, Any] | None
) -> dict[str, Any]:
    """The fields to store for a WIP write (`values` as sent, references resolved; `before`
    the stored WIP on update). Refuses bad input with a 400 naming the path."""
    job_id = values.get("jobId", None if before is None else before["jobId"])
    await repo.lock_jobs(session, tenant_id, [job_id] + ([before["jobId"]] if before else []))
    out = await derived(_Stored(session, tenant_id), values, before)
    day = _day_of(out, before)
    if day is not None:
        staff_id, logged_date, hours = day
        await repo.lock_staff(session, tenant_id, [staff_id])
        row_id = None if before is None else before["id"]
        logged = await repo.hours_on_day(session, tenant_id, staff_id, logged_date, row_id)
        _check_day(logged, hours, logged_date)
    return out


async def derived(
    facts: Facts, values: dict[str, Any], before: dict[str, Any] | None
) -> dict[str, Any]:
    """The fields to store, but for the 24 hours a day check (`_check_day`), which comes last."""
    sent = dict(values)
    amount = sent.pop("amount", None)
    write = _Write(sent, before, dict(sent))
    job_id = write.value_of("jobId")
    job = await facts.job(job_id)
    if job is None:
        raise _refuse("jobId", f"no Job with id {job_id}")
    write.out["clientId"] = job.client_id
    await _check_staff(facts, write)
    await _check_receipt(facts, write)
    if write.value_of("type") == "TIME":
        await _time(facts, write, job, "amount" in values)
    else:
        _amount(write, amount)
    _balances(write)
    if before is None:
        write.out.setdefault("status", "OPEN")
        write.out["currency"] = CURRENCY
        write.out["source"] = sent.get("source", "PMS")
    return write.out


def _day_of(out: dict[str, Any], before: dict[str, Any] | None) -> tuple[int, date, Decimal] | None:
    """A TIME entry's staff member, day and hours as stored after the write (None for other
    types, whose hours are none)."""
    after = out if before is None else before | out
    if after.get("type") != "TIME" or after.get("hours") is None:
        return None
    return int(after["staffId"]), after["loggedDate"], Decimal(after["hours"])


def _check_day(logged: Decimal, hours: Decimal, day: date) -> None:
    if logged + hours > MAX_HOURS:
        message = f"would make {logged + hours} hours on {day.isoformat()}; at most 24 a day"
        raise _refuse("hours", message)


async def _check_staff(facts: Facts, write: _Write) -> None:
    staff_id = write.sent.get("staffId")
    if staff_id is None:
        return
    staff = await facts.staff(staff_id)
    if staff is None:
        raise _refuse("staffId", f"no Staff with id {staff_id}")
    if not staff.active:
        raise _refuse("staffId", "is an inactive staff member")


async def _check_receipt(facts: Facts, write: _Write) -> None:
    file_id = write.sent.get("receiptFileId")
    if file_id is not None and not await facts.file_exists(file_id):
        raise _refuse("receiptFileId", f"no file with id {file_id}")


async def _time(facts: Facts, write: _Write, job: repo.JobFacts, amount_sent: bool) -> None:
    if amount_sent:
        raise _refuse("amount", "is for other types; a TIME entry takes hours and a rate")
    hours, staff_id = write.value_of("hours"), write.value_of("staffId")
    if hours is None:
        raise _refuse("hours", "is required for a TIME entry")
    if staff_id is None:
        raise _refuse("staffId", "is required for a TIME entry")
    rate = await _rate(facts, write, job, staff_id)
    write.out["rate"] = rate
    write.out["value"] = time_value(hours, rate)


async def _rate(facts: Facts, write: _Write, job: repo.JobFacts, staff_id: int) -> Decimal:
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
    staff = await facts.staff(staff_id)
    if staff is None or staff.billing_rate is None:
        raise _refuse("rate", "no rate: send one, or set the staff member's billingRate")
    return Decimal(staff.billing_rate)


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


class BatchFacts:
    """The facts of a run of WIP writes, read once (and the jobs and staff locked, as one
    write at a time locks them): `prepare` derives each write as `prepare` above would, and
    the hours of each staff member's days count the run's planned writes as they are kept."""

    def __init__(
        self,
        jobs: dict[int, repo.JobFacts],
        staff: dict[int, repo.StaffFacts],
        files: set[int],
        days: dict[tuple[int, date], Decimal],
    ) -> None:
        self.jobs, self.staff_by_id, self.files, self.days = jobs, staff, files, days

    async def job(self, job_id: int) -> repo.JobFacts | None:
        return self.jobs.get(job_id)

    async def staff(self, staff_id: int) -> repo.StaffFacts | None:
        return self.staff_by_id.get(staff_id)

    async def file_exists(self, file_id: int) -> bool:
        return file_id in self.files

    async def prepare(
        self, values: dict[str, Any], before: dict[str, Any] | None
    ) -> dict[str, Any]:
        return await derived(self, values, before)

    def admit(self, prepared: dict[str, Any], before: dict[str, Any] | None) -> None:
        day = _day_of(prepared, before)
        if day is not None:
            staff_id, logged_date, hours = day
            _check_day(self.days[staff_id, logged_date] - _own(before, day), hours, logged_date)

    def keep(self, prepared: dict[str, Any], before: dict[str, Any] | None) -> None:
        if before is not None and (was := _day_of({}, before)) is not None:
            self.days[was[0], was[1]] -= was[2]
        day = _day_of(prepared, before)
        if day is not None:
            self.days[day[0], day[1]] = self.days.get((day[0], day[1]), ZERO) + day[2]


def _own(before: dict[str, Any] | None, day: tuple[int, date, Decimal]) -> Decimal:
    """The stored entry's own hours on the day, which its edit replaces."""
    was = None if before is None else _day_of({}, before)
    return was[2] if was is not None and was[:2] == day[:2] else ZERO


async def prepare_batch(
    session: AsyncSession,
    tenant_id: int,
    writes: list[tuple[dict[str, Any], dict[str, Any] | None]],
) -> BatchFacts:
    """Lock the writes' jobs (in id order), then their staff, and read every fact their
    derivation needs: one statement each."""
    jobs: set[int] = set()
    staff: set[int] = set()
    files: set[int] = set()
    days: set[tuple[int, date]] = set()
    for values, before in writes:
        after = values if before is None else before | values
        jobs.update(v for v in (values.get("jobId"), (before or {}).get("jobId")) if v)
        if after.get("staffId") is not None:
            staff.add(after["staffId"])
        if values.get("receiptFileId") is not None:
            files.add(values["receiptFileId"])
        for state in (before, after):  # an edit moves its hours from one day to another
            if state is not None and state.get("staffId") is not None:
                days.add((state["staffId"], state["loggedDate"]))
    await repo.lock_jobs(session, tenant_id, jobs)
    await repo.lock_staff(session, tenant_id, staff)
    return BatchFacts(
        await repo.jobs_facts(session, tenant_id, jobs),
        await repo.staff_facts_many(session, tenant_id, staff),
        await repo.existing_files(session, tenant_id, files),
        await repo.hours_on_days(session, tenant_id, days),
    )
