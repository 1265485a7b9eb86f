"""Payments' business rules (money-work.md §5, §11): recording a payment (offline, or charged
through the processor), its allocation to invoices, the client's credit applied first, fees,
refunds, disputes, and the settlement of pending ACH debits.

Decisions (stated in the README of this package's routes too):
- A declined charge writes nothing, neither a payment row nor a ledger row: the 402 answer is
  the whole record of it (the processor keeps its own).
- Everything that can refuse a payment is checked, with the invoices and the client's balance
  locked, before the processor is asked; the ledger is written only after it accepted.
- An ACH payment writes its PAYMENT row and allocations at once; its invoices read PENDING
  until it settles (CONFIRMED, invoices PAID when nothing is left) or fails (a REVERSAL of
  the row, the payment FAILED, the invoices reopened).
- Fees: `feeAmount` = the method's rate (tenant setting) x amount, half-even to the cent.
  With `passFeeToClient` (credit cards only) the client is charged amount + surcharge, where
  `surchargeAmount` = the fee; `netAmount` = amount + surcharge - fee. The ledger row is the
  amount alone: a surcharge settles no invoice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import ledger
from openwyn.billing import repository as billing_repo
from openwyn.billing.invoice_read import today_in
from openwyn.config import Settings
from openwyn.db import on_rollback, undo_outside
from openwyn.errors import NotFound, PaymentDeclined, ValidationFailed, refused
from openwyn.kit.money import ZERO, to_cent
from openwyn.kit.sqltypes import utcnow
from openwyn.payments import repository as repo
from openwyn.payments.processor import ChargeResult, Processor, processor_for
from openwyn.payments.read import read_payment
from openwyn.payments.resource import OFFLINE_METHODS, PAYMENTS
from openwyn.web import outbox

REFUND_WINDOW_DAYS = 90
BACKDATING_DAYS = 365
SURCHARGE_METHODS = ("CREDIT_CARD",)


@dataclass(frozen=True)
class PaymentRequest:
    client_id: int
    amount: Decimal
    method: str
    payment_date: date | None = None
    allocations: list[tuple[int, Decimal]] | None = None
    token: str | None = None
    reference: str | None = None
    apply_credit: bool = True
    pass_fee: bool = False
    # A payment pushed by a PMS (the Records API type `payment`) names its source and systemRef.
    source: str = "OPENWYN"
    pms_ref: str | None = None


@dataclass(frozen=True)
class _Plan:
    """Invoices the payment targets, oldest first or as named, with what each asks for
    (None: as much as is outstanding)."""

    targets: list[tuple[int, Decimal | None]]


async def create(
    session: AsyncSession, tenant_id: int, request: PaymentRequest, settings: Settings | None
) -> dict[str, Any]:
    """Record a payment: checked, charged (card, wallet, ACH), credit applied first, then its
    PAYMENT row allocated; the excess is unapplied credit. Without `settings` (a PMS's
    record) only offline methods are taken."""
    if await billing_repo.client_facts(session, tenant_id, request.client_id) is None:
        raise ValidationFailed.at("clientId", f"no Client with id {request.client_id}")
    tenant = await billing_repo.settings(session, tenant_id)
    today = today_in(tenant.timezone)
    paid_on = _payment_date(request, today)
    fee, surcharge = _fees(request, tenant.payment_fee_rates)
    plan = await _plan(session, tenant_id, request)
    await billing_repo.lock_balance(session, tenant_id, request.client_id)
    charge = await _charge(request, tenant.currency, surcharge, settings)
    async with _refunded_unless_recorded(session, charge, request.amount + surcharge, settings):
        if request.apply_credit:
            await _apply_credit(session, tenant_id, request.client_id, plan)
        allocations = await _allocations(session, tenant_id, request.amount, plan)
        values = {
            "client_id": request.client_id,
            "amount": request.amount,
            "currency": tenant.currency,
            "payment_method": request.method,
            "payment_date": paid_on,
            "fee_amount": fee,
            "surcharge_amount": surcharge,
            "net_amount": request.amount + surcharge - fee,
            "reference": request.reference,
            "source": request.source,
            "pms_ref": request.pms_ref,
        } | _charged(charge, paid_on, settings)
        payment_id = await repo.insert_payment(session, tenant_id, values)
        row = await ledger.pay(
            session, tenant_id, request.client_id, payment_id, request.amount, allocations
        )
        await repo.set_ar_tran_id(session, tenant_id, payment_id, row["ar_tran_id"])
        item = await read_payment(session, tenant_id, payment_id)
        await outbox.record(session, tenant_id, PAYMENTS.key, outbox.CREATE, item)
        if item["status"] == "CONFIRMED":
            await outbox.record(session, tenant_id, PAYMENTS.key, "CONFIRMED", item)
        return item


def _payment_date(request: PaymentRequest, today: date) -> date:
    """Offline payments may be dated back up to a year (they confirm on that date); a
    processed one is taken today."""
    given = request.payment_date
    if given is None:
        return today
    if given > today:
        raise ValidationFailed.at("paymentDate", "must not be in the future")
    if request.method not in OFFLINE_METHODS and given != today:
        raise ValidationFailed.at("paymentDate", "a processed payment is taken today")
    if given < today - timedelta(days=BACKDATING_DAYS):
        raise ValidationFailed.at("paymentDate", "must be within the last year")
    return given


def _fees(request: PaymentRequest, rates: dict[str, str]) -> tuple[Decimal, Decimal]:
    """(fee, surcharge) of the payment by the tenant's rate for its method."""
    if request.pass_fee and request.method == "DEBIT_CARD":
        raise ValidationFailed.at("passFeeToClient", "a debit card fee may not be passed on")
    if request.pass_fee and request.method not in SURCHARGE_METHODS:
        raise ValidationFailed.at("passFeeToClient", "only a credit card fee may be passed on")
    fee = to_cent(request.amount * Decimal(rates.get(request.method, "0")))
    return fee, fee if request.pass_fee else ZERO


async def _plan(session: AsyncSession, tenant_id: int, request: PaymentRequest) -> _Plan:
    """The invoices the payment targets, locked (in id order), each checked."""
    if request.allocations is None:
        ids = await repo.open_invoice_ids(session, tenant_id, request.client_id)
        await repo.lock_invoices(session, tenant_id, ids)
        return _Plan([(invoice_id, None) for invoice_id in ids])
    named = [invoice_id for invoice_id, _ in request.allocations]
    rows = await repo.lock_invoices(session, tenant_id, named)
    seen: set[int] = set()
    for index, (invoice_id, amount) in enumerate(request.allocations):
        _check_allocation(index, rows.get(invoice_id), request.client_id, amount, seen)
        seen.add(invoice_id)
    if sum((amount for _, amount in request.allocations), ZERO) > request.amount:
        raise ValidationFailed.at("allocations", f"allocate more than the {request.amount} paid")
    return _Plan([(invoice_id, amount) for invoice_id, amount in request.allocations])


def _check_allocation(
    index: int, invoice: dict[str, Any] | None, client_id: int, amount: Decimal, seen: set[int]
) -> None:
    path = f"allocations[{index}]"
    if invoice is None or invoice["client_id"] != client_id:
        raise ValidationFailed.at(f"{path}.invoiceId", "is no invoice of the client")
    if invoice["id"] in seen:
        raise ValidationFailed.at(f"{path}.invoiceId", "names an invoice twice")
    if invoice["status"] == "CANCELLED":
        raise refused("INVOICE_CANCELLED", f"Invoice {invoice['id']} is cancelled.")
    if invoice["status"] not in repo.PAYABLE:
        raise refused("INVOICE_NOT_POSTED", f"Invoice {invoice['id']} is not posted.")
    if amount > invoice["outstanding_amount"]:
        message = f"is more than the {invoice['outstanding_amount']} outstanding"
        raise ValidationFailed.at(f"{path}.amount", message)


async def _charge(
    request: PaymentRequest, currency: str, surcharge: Decimal, settings: Settings | None
) -> ChargeResult | None:
    """The processor's answer (None for an offline payment); a decline is 402."""
    if request.method in OFFLINE_METHODS:
        if request.token is not None:
            raise ValidationFailed.at("processorToken", f"is not taken for {request.method}")
        return None
    if settings is None:
        raise ValidationFailed.at("paymentMethod", "is not an offline method")
    if request.token is None:
        raise ValidationFailed.at("processorToken", f"is required for {request.method}")
    processor = processor_for(settings.payment_processor, settings)
    result = await processor.charge(
        request.amount + surcharge, currency, request.token, request.method
    )
    if result.status == "DECLINED":
        raise PaymentDeclined.because(result.decline_code or "generic_decline")
    return result


@asynccontextmanager
async def _refunded_unless_recorded(
    session: AsyncSession, charge: ChargeResult | None, amount: Decimal, settings: Settings | None
) -> AsyncIterator[None]:
    """A charge the processor took is refunded if what records it fails: at once when the
    recording itself fails, or when the transaction rolls back later (the certificate of a
    signature paid with it failing, the commit failing). A client is never charged for a
    payment Openwyn has no row of."""
    if charge is None or charge.reference is None or settings is None:
        yield
        return
    processor, reference = processor_for(settings.payment_processor, settings), charge.reference

    async def refund() -> None:
        await processor.refund(reference, amount)

    try:
        yield
    except BaseException:
        await undo_outside(refund)
        raise
    on_rollback(session, refund)


def _charged(
    charge: ChargeResult | None, paid_on: date, settings: Settings | None
) -> dict[str, Any]:
    """The payment's status and what the processor said of its charge; an offline payment is
    CONFIRMED on its date."""
    if charge is None or settings is None:
        return {"status": "CONFIRMED", "confirmation_date": paid_on}
    settles_at = None
    if charge.status == "PENDING":
        settles_at = utcnow() + timedelta(seconds=charge.settle_after_seconds or 0)
    return {
        "status": charge.status,
        "confirmation_date": paid_on if charge.status == "CONFIRMED" else None,
        "processor": settings.payment_processor,
        "processor_reference": charge.reference,
        "card_type": charge.card_type,
        "card_last_four": charge.card_last_four,
        "settles_at": settles_at,
    }


async def _outstanding(session: AsyncSession, tenant_id: int, invoice_id: int) -> Decimal:
    row = await billing_repo.invoice_row(session, tenant_id, invoice_id)
    return ZERO if row is None else Decimal(row["outstanding_amount"])


async def _apply_credit(session: AsyncSession, tenant_id: int, client_id: int, plan: _Plan) -> None:
    """The client's unapplied credit to the targeted invoices, in order, before the payment."""
    credit = await billing_repo.unapplied_credit(session, tenant_id, client_id)
    for invoice_id, _ in plan.targets:
        part = min(credit, await _outstanding(session, tenant_id, invoice_id))
        if part <= 0:
            continue
        await ledger.apply_credit(session, tenant_id, invoice_id, part)
        credit -= part


async def _allocations(
    session: AsyncSession, tenant_id: int, amount: Decimal, plan: _Plan
) -> list[tuple[int, Decimal]]:
    """What the payment settles of each targeted invoice (what credit left of it)."""
    left, allocations = amount, []
    for invoice_id, wanted in plan.targets:
        outstanding = await _outstanding(session, tenant_id, invoice_id)
        part = min(left, outstanding, outstanding if wanted is None else wanted)
        if part > 0:
            allocations.append((invoice_id, part))
            left -= part
    return allocations


async def _changed(
    session: AsyncSession,
    tenant_id: int,
    payment_id: int,
    values: dict[str, Any],
    operation: str | None,
    then: Callable[[], Awaitable[Any]] | None = None,
) -> dict[str, Any]:
    """Update the payment, run `then` (its ledger effect, which may need the new status),
    write its UPDATE event (and the workflow one), answer it."""
    before = await read_payment(session, tenant_id, payment_id)
    await repo.update_payment(session, tenant_id, payment_id, values | {"updated_at": utcnow()})
    if then is not None:
        await then()
    after = await read_payment(session, tenant_id, payment_id)
    previous = {name: before[name] for name in after if before[name] != after[name]}
    await outbox.record(session, tenant_id, PAYMENTS.key, outbox.UPDATE, after, previous)
    if operation is not None:
        await outbox.record(session, tenant_id, PAYMENTS.key, operation, after)
    return after


async def _locked(session: AsyncSession, tenant_id: int, payment_id: int) -> dict[str, Any]:
    row = await repo.payment_row(session, tenant_id, payment_id, lock=True)
    if row is None:
        raise NotFound(f"No Payment with id {payment_id}.")
    return row


def _refundable(row: dict[str, Any]) -> None:
    if row["status"] in ("REFUNDED", "DISPUTED"):
        raise refused("ALREADY_REFUNDED", f"Payment {row['id']} is already {row['status']}.")
    if row["status"] != "CONFIRMED":
        raise refused("INVALID_TRANSITION", f"Payment {row['id']} is {row['status']}.")


async def refund(
    session: AsyncSession, tenant_id: int, payment_id: int, reason: str, settings: Settings | None
) -> dict[str, Any]:
    """Refund a confirmed payment in full, once, within 90 days of its confirmation: through
    its processor when it had one (then `settings` are needed); a REFUND ledger row; its
    invoices reopen."""
    row = await _locked(session, tenant_id, payment_id)
    _refundable(row)
    tenant = await billing_repo.settings(session, tenant_id)
    confirmed = row["confirmation_date"] or row["payment_date"]
    if today_in(tenant.timezone) - confirmed > timedelta(days=REFUND_WINDOW_DAYS):
        message = f"Payment {payment_id} was confirmed more than {REFUND_WINDOW_DAYS} days ago."
        raise refused("REFUND_WINDOW_CLOSED", message)
    if row["processor"] is not None:
        assert settings is not None, "a processed payment is refunded through its processor"
        processor = processor_for(row["processor"], settings)
        await processor.refund(row["processor_reference"], row["amount"] + row["surcharge_amount"])
    values = {"status": "REFUNDED", "refund_reason": reason, "refunded_at": utcnow()}
    return await _changed(
        session, tenant_id, payment_id, values, "REFUNDED", _undo(session, tenant_id, row, reason)
    )


async def change_reference(
    session: AsyncSession, tenant_id: int, payment_id: int, reference: str | None
) -> dict[str, Any]:
    """The payer's reference corrected (a PMS's record): nothing the ledger depends on."""
    return await _changed(session, tenant_id, payment_id, {"reference": reference}, None)


def _undo(
    session: AsyncSession, tenant_id: int, row: dict[str, Any], memo: str, kind: str = "REFUND"
) -> Callable[[], Awaitable[Any]]:
    """The payment's ledger row undone: a REFUND (refund, dispute) or REVERSAL (failed)."""

    async def run() -> Any:
        return await ledger.refund(session, tenant_id, row["ar_tran_id"], memo=memo, kind=kind)

    return run


async def dispute(
    session: AsyncSession, tenant_id: int, payment_id: int, settings: Settings
) -> dict[str, Any]:
    """Rehearse a chargeback of a sandbox payment: the sandbox's dispute event, handled as a
    processor's would be; the ledger effect of a refund."""
    row = await _locked(session, tenant_id, payment_id)
    if row["processor"] != "sandbox":
        raise refused("INVALID_TRANSITION", "Only a sandbox payment can be disputed.")
    _refundable(row)
    processor = processor_for(row["processor"], settings)
    event = {
        "type": "charge.dispute.created",
        "data": {"object": {"charge": row["processor_reference"]}},
    }
    return await handle_event(session, tenant_id, processor, event) or row


async def handle_event(
    session: AsyncSession, tenant_id: int, processor: Processor, payload: dict[str, Any]
) -> dict[str, Any] | None:
    """Act on an event the processor sent; None when it is not about a payment of ours."""
    event = processor.handle_event(payload)
    if event is None:
        return None
    payment_id = await repo.payment_id_by_reference(
        session, tenant_id, processor.name, event.reference
    )
    if payment_id is None:
        return None
    row = await _locked(session, tenant_id, payment_id)
    if event.kind == "DISPUTED":
        _refundable(row)
        values = {"status": "DISPUTED", "refunded_at": utcnow()}
        undo = _undo(session, tenant_id, row, "Disputed")
        return await _changed(session, tenant_id, payment_id, values, "DISPUTED", undo)
    if row["status"] != "PENDING":
        return None
    return await _settled(session, tenant_id, row, event.kind == "SETTLED", event.code)


async def settle(
    session: AsyncSession, tenant_id: int, payment_id: int, settings: Settings, now: datetime
) -> dict[str, Any] | None:
    """Ask the processor what became of a PENDING payment (the worker's job, once it is
    due): CONFIRMED, FAILED, or asked again later. None when it is no longer pending."""
    row = await _locked(session, tenant_id, payment_id)
    if row["status"] != "PENDING":
        return None
    processor = processor_for(row["processor"], settings)
    result = await processor.settle(row["processor_reference"])
    if result.status == "PENDING":
        later = now + timedelta(seconds=result.settle_after_seconds or 60)
        await repo.update_payment(session, tenant_id, payment_id, {"settles_at": later})
        return await read_payment(session, tenant_id, payment_id)
    return await _settled(
        session, tenant_id, row, result.status == "CONFIRMED", result.failure_code
    )


async def _settled(
    session: AsyncSession, tenant_id: int, row: dict[str, Any], ok: bool, code: str | None
) -> dict[str, Any]:
    """A pending payment settled: CONFIRMED (its invoices PAID when nothing is left), or
    FAILED with its ledger row reversed (its invoices reopen)."""
    payment_id = row["id"]
    if not ok:
        values = {"status": "FAILED", "failure_code": code or "failed", "settles_at": None}
        undo = _undo(session, tenant_id, row, f"Payment failed: {code}", kind="REVERSAL")
        return await _changed(session, tenant_id, payment_id, values, "FAILED", undo)
    tenant = await billing_repo.settings(session, tenant_id)
    confirmed: dict[str, Any] = {
        "status": "CONFIRMED",
        "confirmation_date": today_in(tenant.timezone),
        "settles_at": None,
    }

    async def invoices_settle() -> None:
        allocations = await repo.allocations_of(session, tenant_id, [payment_id])
        for invoice_id in sorted({item["invoiceId"] for item in allocations[payment_id]}):
            await ledger.settle(session, tenant_id, invoice_id)

    return await _changed(session, tenant_id, payment_id, confirmed, "CONFIRMED", invoices_settle)
