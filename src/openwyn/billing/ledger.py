"""The AR ledger service (money-work.md §1): the only writer of ledger rows, allocations and
client balances. Every function appends rows (never updates or deletes one), updates the
denormalised invoice amounts and client balance in the same transaction, and writes the events.

Balances: a client's `balance` is the sum of its ledger rows; its `unapplied_credit` is what of
its PAYMENT and CREDIT_MEMO rows (not reversed) no allocation took yet. An invoice's
`outstandingAmount` is its INVOICE row (less that row's reversal) minus its live allocations;
`paidAmount` counts payment and credit allocations, `writtenOffAmount` write-offs'. So for every
client: balance = sum of its invoices' outstanding amounts - unapplied credit.

Reversing a settling row (PAYMENT, CREDIT_MEMO, WRITE_OFF) appends a REVERSAL row and a negative
allocation for each of its live allocations, which reopens what they settled.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import repository as repo
from openwyn.billing.invoice_read import read_invoice
from openwyn.billing.invoices import AR_TRANSACTIONS, INVOICES
from openwyn.errors import NotFound, ValidationFailed, refused
from openwyn.kit.json import iso_timestamp
from openwyn.kit.money import ZERO
from openwyn.kit.sqltypes import utcnow
from openwyn.web import outbox
from openwyn.work import rollups

OPEN_STATUSES = ("POSTED", "PAID", "PENDING")


def new_ar_tran_id() -> str:
    return f"AR-{secrets.token_hex(8).upper()}"


def ledger_item(row: dict[str, Any]) -> dict[str, Any]:
    """A ledger row as the API reads it."""
    return {
        "id": row["id"],
        "pmsRef": row["pms_ref"],
        "arTranId": row["ar_tran_id"],
        "kind": row["kind"],
        "amount": row["amount"],
        "currency": row["currency"],
        "clientId": row["client_id"],
        "invoiceId": row["invoice_id"],
        "paymentId": row["payment_id"],
        "creditId": row["credit_id"],
        "reversesArTranId": row["reverses_ar_tran_id"],
        "memo": row["memo"],
        "postedAt": iso_timestamp(row["posted_at"]),
        "createdAt": iso_timestamp(row["created_at"]),
        "updatedAt": iso_timestamp(row["created_at"]),
        "version": 1,
    }


@dataclass(frozen=True)
class Entry:
    """A row to append: its kind, signed amount and links."""

    kind: str
    amount: Decimal
    client_id: int
    invoice_id: int | None = None
    payment_id: int | None = None
    credit_id: str | None = None
    reverses: str | None = None
    memo: str | None = None


async def _append(session: AsyncSession, tenant_id: int, entry: Entry) -> dict[str, Any]:
    settings = await repo.settings(session, tenant_id)
    now = utcnow()
    row = await repo.insert_transaction(
        session,
        tenant_id,
        {
            "ar_tran_id": new_ar_tran_id(),
            "kind": entry.kind,
            "amount": entry.amount,
            "currency": settings.currency,
            "client_id": entry.client_id,
            "invoice_id": entry.invoice_id,
            "payment_id": entry.payment_id,
            "credit_id": entry.credit_id,
            "reverses_ar_tran_id": entry.reverses,
            "memo": entry.memo,
            "posted_at": now,
            "created_at": now,
        },
    )
    await outbox.record(session, tenant_id, AR_TRANSACTIONS.key, outbox.CREATE, ledger_item(row))
    return row


async def _move_balance(
    session: AsyncSession, tenant_id: int, client_id: int, balance: Decimal, credit: Decimal
) -> None:
    current = await repo.lock_balance(session, tenant_id, client_id)
    unapplied = current["unapplied_credit"] + credit
    if unapplied < 0:
        raise refused("INVALID_TRANSITION", "The client has not that much unapplied credit.")
    await repo.save_balance(
        session, tenant_id, client_id, current["balance"] + balance, unapplied, utcnow()
    )


async def settle(session: AsyncSession, tenant_id: int, invoice_id: int) -> dict[str, Any]:
    """Recompute an invoice's paid, written-off and outstanding amounts from the ledger; a
    POSTED invoice with nothing outstanding becomes PAID (and a PAID one reopened POSTED).
    Refreshes its project's roll-ups. Writes the UPDATE event (and `invoice.PAID`). Returns
    the invoice as read."""
    row = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if row is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    before = await read_invoice(session, tenant_id, invoice_id)
    sums = (await repo.invoice_sums(session, tenant_id, [invoice_id])).get(invoice_id)
    sums = sums or {"owed": ZERO, "paid": ZERO, "written_off": ZERO}
    outstanding = sums["owed"] - sums["paid"] - sums["written_off"]
    status = row["status"]
    if status in OPEN_STATUSES:
        settling = await repo.has_pending_payment(session, tenant_id, invoice_id)
        status = _open_status(outstanding, row["total_amount"], settling)
    values = {
        "paid_amount": sums["paid"],
        "written_off_amount": sums["written_off"],
        "outstanding_amount": outstanding,
        "status": status,
        "updated_at": utcnow(),
    }
    await repo.update_invoice(session, tenant_id, invoice_id, values)
    await rollups.invoice_moved(session, tenant_id, row["project_id"])
    after = await read_invoice(session, tenant_id, invoice_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, INVOICES.key, outbox.UPDATE, after, previous)
    if status == "PAID" and row["status"] != "PAID":
        await outbox.record(session, tenant_id, INVOICES.key, "PAID", after)
    return after


def _open_status(outstanding: Decimal, total: Decimal, settling: bool) -> str:
    """A posted invoice's status: PENDING while a payment allocated to it still settles
    (ACH), PAID once nothing is outstanding, else POSTED."""
    if settling:
        return "PENDING"
    return "PAID" if outstanding == 0 and total > 0 else "POSTED"


async def post_invoice(
    session: AsyncSession, tenant_id: int, invoice_id: int, client_id: int, total: Decimal
) -> dict[str, Any]:
    """The INVOICE row of a posted invoice (nothing for a zero total: a row moves money).
    The caller sets the invoice POSTED and then calls `settle`."""
    await _move_balance(session, tenant_id, client_id, total, ZERO)
    if total == 0:
        return {}
    entry = Entry("INVOICE", total, client_id, invoice_id=invoice_id)
    return await _append(session, tenant_id, entry)


async def _allocate(
    session: AsyncSession, tenant_id: int, source: dict[str, Any], invoice_id: int, amount: Decimal
) -> None:
    invoice = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if invoice is None or invoice["client_id"] != source["client_id"]:
        raise ValidationFailed.at("invoiceId", f"no Invoice of the client with id {invoice_id}")
    if invoice["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if invoice["status"] not in OPEN_STATUSES:
        raise refused("INVOICE_NOT_POSTED", f"Invoice {invoice_id} is not posted.")
    if amount > invoice["outstanding_amount"]:
        raise ValidationFailed.at(
            "amount", f"is more than the {invoice['outstanding_amount']} outstanding"
        )
    await repo.insert_allocation(session, tenant_id, source["id"], invoice_id, amount)


async def credit_memo(
    session: AsyncSession,
    tenant_id: int,
    client_id: int,
    amount: Decimal,
    invoice_id: int | None = None,
    memo: str | None = None,
) -> dict[str, Any]:
    """A CREDIT_MEMO row of `amount` (> 0) for the client; with `invoice_id`, allocated to that
    invoice (at most its outstanding amount), else unapplied credit."""
    if await repo.client_facts(session, tenant_id, client_id) is None:
        raise ValidationFailed.at("clientId", f"no Client with id {client_id}")
    entry = Entry("CREDIT_MEMO", -amount, client_id, credit_id=new_ar_tran_id(), memo=memo)
    row = await _append(session, tenant_id, entry)
    await _move_balance(session, tenant_id, client_id, -amount, amount)
    if invoice_id is not None:
        await _allocate(session, tenant_id, row, invoice_id, amount)
        await _move_balance(session, tenant_id, client_id, ZERO, -amount)
        await settle(session, tenant_id, invoice_id)
    return row


async def write_off(
    session: AsyncSession,
    tenant_id: int,
    invoice_id: int,
    amount: Decimal | None = None,
    memo: str | None = None,
) -> dict[str, Any]:
    """Write off an invoice's outstanding amount, or `amount` of it: a WRITE_OFF row allocated
    to the invoice."""
    invoice = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if invoice is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    taken = invoice["outstanding_amount"] if amount is None else amount
    if invoice["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if taken <= 0:
        raise refused("INVALID_TRANSITION", f"Invoice {invoice_id} has nothing outstanding.")
    entry = Entry("WRITE_OFF", -taken, invoice["client_id"], invoice_id=invoice_id, memo=memo)
    row = await _append(session, tenant_id, entry)
    await _allocate(session, tenant_id, row, invoice_id, taken)
    await _move_balance(session, tenant_id, invoice["client_id"], -taken, ZERO)
    await settle(session, tenant_id, invoice_id)
    return row


async def apply_credit(
    session: AsyncSession,
    tenant_id: int,
    invoice_id: int,
    amount: Decimal | None = None,
    only_source: int | None = None,
) -> list[dict[str, Any]]:
    """Allocate the client's unapplied credit to an invoice, oldest credit first (or only the
    ledger row `only_source`'s): `amount`, or as much as both the credit and the invoice's
    outstanding amount allow."""
    invoice = await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    if invoice is None:
        raise NotFound(f"No Invoice with id {invoice_id}.")
    client_id = invoice["client_id"]
    await repo.lock_balance(session, tenant_id, client_id)
    sources = await repo.credit_sources(session, tenant_id, client_id)
    if only_source is not None:
        sources = [source for source in sources if source["id"] == only_source]
    available = sum((source["available"] for source in sources), ZERO)
    wanted = min(available, invoice["outstanding_amount"]) if amount is None else amount
    if wanted > available:
        raise ValidationFailed.at("amount", f"is more than the {available} unapplied credit")
    if wanted <= 0:
        raise refused("INVALID_TRANSITION", "There is no credit to apply, or nothing owed.")
    used, left = [], wanted
    for source in sources:
        part = min(left, source["available"])
        if part > 0:
            await _allocate(session, tenant_id, source, invoice_id, part)
            used.append(source)
            left -= part
    await _move_balance(session, tenant_id, client_id, ZERO, -wanted)
    await settle(session, tenant_id, invoice_id)
    return used


async def reverse(
    session: AsyncSession, tenant_id: int, ar_tran_id: str, memo: str | None = None
) -> dict[str, Any]:
    """A REVERSAL row of the opposite amount; a row is reversed at most once and a reversal is
    never reversed. An INVOICE row reverses only without live allocations
    (`INVOICE_HAS_ALLOCATIONS`); a settling row's allocations are undone with it."""
    row = await repo.transaction_by_public_id(session, tenant_id, ar_tran_id)
    if row is None:
        raise NotFound(f"No AR transaction {ar_tran_id}.")
    await repo.lock_balance(session, tenant_id, row["client_id"])
    if row["kind"] == "REVERSAL":
        raise refused("INVALID_TRANSITION", "A reversal is not reversed; post the row again.")
    if row["kind"] == "REFUND":
        # The money went back to the client: taking a refund back is a new payment.
        raise refused("INVALID_TRANSITION", "A refund is not reversed; record a payment.")
    return await _undo(session, tenant_id, row, "REVERSAL", memo)


async def _undo(
    session: AsyncSession, tenant_id: int, row: dict[str, Any], kind: str, memo: str | None
) -> dict[str, Any]:
    """Append the row (`kind` REVERSAL, or REFUND for a payment) that cancels `row`, undo its
    live allocations and move the client's balance back. The caller holds the balance lock."""
    ar_tran_id = row["ar_tran_id"]
    if await repo.reversal_of(session, tenant_id, ar_tran_id) is not None:
        raise refused("INVALID_TRANSITION", f"{ar_tran_id} is already reversed.")
    allocations = await _live_allocations_of(session, tenant_id, row)
    entry = Entry(
        kind,
        -row["amount"],
        row["client_id"],
        row["invoice_id"],
        row["payment_id"],
        row["credit_id"],
        ar_tran_id,
        memo,
    )
    reversal = await _append(session, tenant_id, entry)
    touched = set()
    for allocation in allocations:
        await repo.insert_allocation(
            session,
            tenant_id,
            row["id"],
            allocation["invoice_id"],
            -allocation["amount"],
            allocation["id"],
        )
        touched.add(allocation["invoice_id"])
    allocated = sum((a["amount"] for a in allocations), ZERO)
    credit = ZERO
    if row["kind"] in ("PAYMENT", "CREDIT_MEMO"):
        credit = row["amount"] + allocated  # minus what of it was still unapplied
    await _move_balance(session, tenant_id, row["client_id"], -row["amount"], credit)
    if row["kind"] == "INVOICE" and row["invoice_id"] is not None:
        touched.add(row["invoice_id"])
    for invoice_id in sorted(touched):
        await settle(session, tenant_id, invoice_id)
    return reversal


async def _live_allocations_of(
    session: AsyncSession, tenant_id: int, row: dict[str, Any]
) -> list[dict[str, Any]]:
    if row["kind"] == "INVOICE":
        settled = await repo.live_allocations(session, tenant_id, invoice_id=row["invoice_id"])
        if settled:
            raise refused(
                "INVOICE_HAS_ALLOCATIONS", f"Invoice {row['invoice_id']} has allocations."
            )
        return []
    return await repo.live_allocations(session, tenant_id, transaction_id=row["id"])


async def pay(
    session: AsyncSession,
    tenant_id: int,
    client_id: int,
    payment_id: int,
    amount: Decimal,
    allocations: list[tuple[int, Decimal]],
) -> dict[str, Any]:
    """One PAYMENT row of `amount` (money-work.md §11), allocated to invoices as given (each
    at most its outstanding amount); what no allocation takes is the client's unapplied
    credit. The caller has locked the invoices, in id order, before the client's balance."""
    entry = Entry("PAYMENT", -amount, client_id, payment_id=payment_id)
    row = await _append(session, tenant_id, entry)
    await _move_balance(session, tenant_id, client_id, -amount, amount)
    taken = ZERO
    for invoice_id, part in allocations:
        await _allocate(session, tenant_id, row, invoice_id, part)
        taken += part
    if taken > amount:
        raise ValidationFailed.at("allocations", f"allocate more than the {amount} paid")
    await _move_balance(session, tenant_id, client_id, ZERO, -taken)
    for invoice_id in sorted({invoice_id for invoice_id, _ in allocations}):
        await settle(session, tenant_id, invoice_id)
    return row


async def refund(
    session: AsyncSession,
    tenant_id: int,
    ar_tran_id: str,
    memo: str | None = None,
    kind: str = "REFUND",
) -> dict[str, Any]:
    """A REFUND row (+) for a PAYMENT row (or, with `kind` REVERSAL, its reversal: a payment
    that failed to settle): the payment's allocations are undone (its invoices reopen) and
    what of it was unapplied credit is gone. A payment is refunded or reversed at most once.
    Locks the invoices it settled, in id order, then the client's balance, as `pay` does, so
    a refund and a payment never wait on each other in a circle."""
    row = await repo.transaction_by_public_id(session, tenant_id, ar_tran_id)
    if row is None or row["kind"] != "PAYMENT":
        raise NotFound(f"No payment row {ar_tran_id}.")
    allocations = await repo.live_allocations(session, tenant_id, transaction_id=row["id"])
    for invoice_id in sorted({allocation["invoice_id"] for allocation in allocations}):
        await repo.invoice_row(session, tenant_id, invoice_id, lock=True)
    await repo.lock_balance(session, tenant_id, row["client_id"])
    return await _undo(session, tenant_id, row, kind, memo)
