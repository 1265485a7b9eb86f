"""Credits and a client's balance (money-work.md §5): `POST /api/v1/credits` issues a credit
memo, `POST /api/v1/credits/{id}/apply` allocates it to an invoice, and
`GET /api/v1/clients/{id}/balance` answers what the client owes, aged by due date.

A credit is its CREDIT_MEMO ledger row (its id is the row's, readable at
`/gql/v1/ar_transaction/{id}` too); what of it is applied is the sum of its live allocations.
Every figure is read from the ledger and the invoices' denormalised columns, which the ledger
keeps in the same transaction.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import ledger
from openwyn.billing import repository as repo
from openwyn.billing.invoice_read import today_in
from openwyn.db import Reads
from openwyn.errors import NotFound, ValidationFailed, refused
from openwyn.kit.json import iso_timestamp
from openwyn.kit.money import ZERO

# Aging buckets by days past the due date: (name, first day, last day or None).
AGING = (
    ("days1To30", 1, 30),
    ("days31To60", 31, 60),
    ("days61To90", 61, 90),
    ("over90", 91, None),
)


async def issue(
    session: AsyncSession, tenant_id: int, client_id: int, amount: Decimal, reason: str
) -> dict[str, Any]:
    """A CREDIT_MEMO of `amount` for the client, unapplied until applied to an invoice (or
    taken by the client's next payment)."""
    row = await ledger.credit_memo(session, tenant_id, client_id, amount, memo=reason)
    return await read_credit(session, tenant_id, row["id"])


async def apply(
    session: AsyncSession, tenant_id: int, credit_id: int, invoice_id: int, amount: Decimal | None
) -> dict[str, Any]:
    """Allocate the credit to one of its client's open invoices: `amount`, or as much as both
    what is left of the credit and the invoice's outstanding amount allow."""
    credit = await _credit_row(session, tenant_id, credit_id)
    invoice = await repo.invoice_row(session, tenant_id, invoice_id)
    if invoice is None or invoice["client_id"] != credit["client_id"]:
        raise ValidationFailed.at("invoiceId", f"no Invoice of the client with id {invoice_id}")
    if invoice["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice_id} is cancelled.")
    if invoice["status"] not in ledger.OPEN_STATUSES:
        raise refused("INVOICE_NOT_POSTED", f"Invoice {invoice_id} is not posted.")
    if await repo.reversal_of(session, tenant_id, credit["ar_tran_id"]) is not None:
        raise refused("CREDIT_REVERSED", f"Credit {credit_id} was reversed.")
    await ledger.apply_credit(session, tenant_id, invoice_id, amount, only_source=credit_id)
    return await read_credit(session, tenant_id, credit_id)


async def read_credit(session: Reads, tenant_id: int, credit_id: int) -> dict[str, Any]:
    row = await _credit_row(session, tenant_id, credit_id)
    amount = -row["amount"]
    applied = await _applied(session, tenant_id, credit_id)
    reversed_by = await repo.reversal_of(session, tenant_id, row["ar_tran_id"])
    return {
        "id": row["id"],
        "arTranId": row["ar_tran_id"],
        "clientId": row["client_id"],
        "amount": amount,
        "appliedAmount": applied,
        "unappliedAmount": ZERO if reversed_by else amount - applied,
        "currency": row["currency"],
        "reason": row["memo"],
        "reversedByArTranId": reversed_by,
        "createdAt": iso_timestamp(row["created_at"]),
    }


async def _credit_row(session: Reads, tenant_id: int, credit_id: int) -> dict[str, Any]:
    row = await repo.credit_memo_row(session, tenant_id, credit_id)
    if row is None:
        raise NotFound(f"No credit with id {credit_id}.")
    return row


async def _applied(session: Reads, tenant_id: int, credit_id: int) -> Decimal:
    allocations = await repo.live_allocations(session, tenant_id, transaction_id=credit_id)
    return sum((allocation["amount"] for allocation in allocations), ZERO)


async def balance(session: Reads, tenant_id: int, client_id: int) -> dict[str, Any]:
    """What the client owes on its open invoices, aged by due date in the tenant's time zone
    (an invoice without a due date is current), and its unapplied credit."""
    if await repo.client_facts(session, tenant_id, client_id) is None:
        raise NotFound(f"No Client with id {client_id}.")
    settings = await repo.settings(session, tenant_id)
    today = today_in(settings.timezone)
    # Each bucket's due dates: from `last` days past due (None: any earlier) to `first`.
    ranges = [
        (today - timedelta(days=first), None if last is None else today - timedelta(days=last))
        for _, first, last in AGING
    ]
    total, aged = await repo.aged_outstanding(
        session, tenant_id, client_id, ledger.OPEN_STATUSES, ranges
    )
    aging = {name: amount for (name, _, _), amount in zip(AGING, aged, strict=True)}
    return {
        "clientId": client_id,
        "currency": settings.currency,
        "outstanding": total,
        "unappliedCredit": await repo.unapplied_credit(session, tenant_id, client_id),
        "aging": {"current": total - sum(aging.values(), ZERO), **aging},
    }
