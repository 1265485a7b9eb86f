"""A client's statement as of a date (money-work.md §6, §11), computed from the AR ledger.

Every figure counts only what the ledger held at the end of `asOf` in the tenant's time zone:
ledger rows by `postedAt`, allocations by when they were made. So a statement of a past date
reads the same later, whatever was paid or credited since; nothing here reads the invoices'
or balances' denormalised columns.

The identity a statement keeps (tested):

    balanceForward + sum(charges) + sum(payments) + sum(credits) = totalDue

where `balanceForward` is the ledger's sum through the end of the day before `periodStart`,
the three lists are the period's ledger rows (amounts signed as in the ledger: positive when
they increase what the client owes), and `totalDue` is the ledger's sum through `asOf`, which
is also the open invoices' outstanding amounts less the unapplied credit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from openwyn.billing import repository as billing_repo
from openwyn.billing.credits import AGING
from openwyn.db import Reads
from openwyn.errors import NotFound, ValidationFailed
from openwyn.kit.money import CENT, ZERO
from openwyn.statements import repository as repo

PERIOD_DAYS = 30
# Which list of the period a ledger row goes to, by its kind (a REVERSAL by its original's).
_LISTS = {
    "INVOICE": "charges",
    "PAYMENT": "payments",
    "REFUND": "payments",
    "CREDIT_MEMO": "credits",
    "WRITE_OFF": "credits",
}


def start_of(day: date, zone: ZoneInfo) -> datetime:
    """The instant the local `day` begins, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def default_period_start(as_of: date) -> date:
    """The 30 days ending `asOf`, inclusive."""
    return as_of - timedelta(days=PERIOD_DAYS - 1)


async def statement_of(
    session: Reads, tenant_id: int, client_id: int, as_of: date, period_start: date | None = None
) -> dict[str, Any]:
    """The client's statement as of `as_of` (its period from `period_start`, by default the
    30 days ending `as_of`). 404 for another tenant's client; 400 at `from` for a period that
    starts after `as_of`."""
    name = await repo.client_name(session, tenant_id, client_id)
    if name is None:
        raise NotFound(f"No Client with id {client_id}.")
    start = period_start or default_period_start(as_of)
    if start > as_of:
        raise ValidationFailed.at("from", "must not be after asOf")
    settings = await billing_repo.settings(session, tenant_id)
    zone = ZoneInfo(settings.timezone)
    cutoff, opening = start_of(as_of + timedelta(days=1), zone), start_of(start, zone)
    rows = await repo.ledger_before(session, tenant_id, client_id, cutoff)
    kinds = _kinds(rows)
    invoices = await _open_invoices(session, tenant_id, rows, kinds, cutoff, as_of)
    period = _period(rows, kinds, opening, zone)
    forward = sum((row["amount"] for row in rows if row["posted_at"] < opening), ZERO)
    total = sum((row["amount"] for row in rows), ZERO)
    outstanding = sum((item["outstandingAmount"] for item in invoices), ZERO)
    return {
        "clientId": client_id,
        "clientName": name,
        "currency": settings.currency,
        "asOf": as_of.isoformat(),
        "periodStart": start.isoformat(),
        "balanceForward": forward,
        "invoices": invoices,
        **period,
        "aging": _aging(invoices, as_of),
        "unappliedCredit": outstanding - total,
        "totalDue": total,
    }


def _kinds(rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Each row's kind for the statement: a REVERSAL takes the kind of the row it reverses."""
    kinds = {row["ar_tran_id"]: row["kind"] for row in rows}
    return {
        row["ar_tran_id"]: kinds.get(row["reverses_ar_tran_id"], "REVERSAL")
        if row["kind"] == "REVERSAL"
        else row["kind"]
        for row in rows
    }


def _period(
    rows: Sequence[dict[str, Any]], kinds: dict[str, str], opening: datetime, zone: ZoneInfo
) -> dict[str, list[dict[str, Any]]]:
    """The period's ledger rows, as `charges`, `payments` and `credits`."""
    lists: dict[str, list[dict[str, Any]]] = {"charges": [], "payments": [], "credits": []}
    for row in rows:
        if row["posted_at"] >= opening:
            lists[_LISTS.get(kinds[row["ar_tran_id"]], "charges")].append(_movement(row, zone))
    return lists


def _movement(row: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    return {
        "arTranId": row["ar_tran_id"],
        "kind": row["kind"],
        "date": row["posted_at"].astimezone(zone).date().isoformat(),
        "amount": row["amount"],
        "invoiceId": row["invoice_id"],
        "paymentId": row["payment_id"],
        "creditId": row["credit_id"],
        "reversesArTranId": row["reverses_ar_tran_id"],
        "memo": row["memo"],
    }


async def _open_invoices(
    session: Reads,
    tenant_id: int,
    rows: Sequence[dict[str, Any]],
    kinds: dict[str, str],
    cutoff: datetime,
    as_of: date,
) -> list[dict[str, Any]]:
    """The invoices with something outstanding at `cutoff`: what their INVOICE rows (less
    those rows' reversals) owed, less what allocations settled by then; oldest due first."""
    owed: dict[int, Decimal] = {}
    for row in rows:
        if kinds[row["ar_tran_id"]] == "INVOICE" and row["invoice_id"] is not None:
            owed[row["invoice_id"]] = owed.get(row["invoice_id"], ZERO) + row["amount"]
    settled = await repo.allocated_before(session, tenant_id, owed, cutoff)
    facts = await repo.invoice_facts(session, tenant_id, owed)
    found = []
    for invoice_id, amount in owed.items():
        outstanding = amount - settled.get(invoice_id, ZERO)
        if outstanding > 0 and invoice_id in facts:
            found.append(_invoice_item(facts[invoice_id], outstanding, as_of))
    return sorted(found, key=lambda item: (item["dueDate"] or "9999", item["invoiceNumber"] or ""))


def _invoice_item(facts: dict[str, Any], outstanding: Decimal, as_of: date) -> dict[str, Any]:
    due: date | None = facts["due_date"]
    issued: date | None = facts["issue_date"]
    return {
        "invoiceId": facts["id"],
        "invoiceNumber": facts["invoice_number"],
        "issueDate": None if issued is None else issued.isoformat(),
        "dueDate": None if due is None else due.isoformat(),
        "totalAmount": Decimal(str(facts["total_amount"])).quantize(CENT),
        "outstandingAmount": outstanding,
        "daysPastDue": 0 if due is None else max(0, (as_of - due).days),
    }


def _aging(invoices: Sequence[dict[str, Any]], as_of: date) -> dict[str, Decimal]:
    """The open invoices' outstanding amounts by days past due at `as_of`, in the balance's
    buckets (`current` is not yet due)."""
    aging = {"current": ZERO} | {name: ZERO for name, _, _ in AGING}
    for item in invoices:
        days = item["daysPastDue"]
        bucket = next(
            (
                name
                for name, first, last in AGING
                if days >= first and (last is None or days <= last)
            ),
            "current",
        )
        aging[bucket] += item["outstandingAmount"]
    return aging
