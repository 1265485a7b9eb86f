"""The demo firm's billing: a year of monthly invoices and drafts at every workflow stage.

Made from the demo's approved, billable WIP through the real services: a draft per client and
month over that month's entries (`wipIds`), moved through its workflow by the staff assigned to
each step, finalized into a posted invoice dated the first of the next month (due thirty days
later, so in the past of the anchor: an invoice left unsettled reads OVERDUE). Invoices are then
voided, or settled in full or in part through the payment service: a card payment (`tok_visa`
through the sandbox processor, whatever processor the deployment configures), an ACH debit
(`tok_ach`, PENDING until the worker settles it), a card payment refunded, checks dated three
weeks after issue, and one invoice settled by a credit memo. The months after the last invoiced
one hold the drafts still in progress, under review, pending approval, approved and abandoned.

Every draft carries a ``demo-draft-...`` pmsRef; a draft the tenant already holds is skipped
with all it leads to, so a second run writes nothing. The plan depends only on the seeded WIP's
pmsRefs, dates and clients, never on their status or ids: every tenant gets the same bills.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import invoice_service, ledger
from openwyn.billing import repository as billing_repo
from openwyn.billing.drafts import repository as drafts_repo
from openwyn.billing.drafts import service as drafts
from openwyn.billing.drafts.resource import DRAFTS
from openwyn.billing.invoice_read import today_in
from openwyn.config import Settings
from openwyn.kit.money import to_cent
from openwyn.payments import service as payments
from openwyn.web import service as crud
from openwyn.work.wips import WIPS

# The invoiced months: the demo's year of work begins in January 2026 and its WIP is approved
# until the end of August. How many clients are billed in each.
FIRST_MONTH = date(2026, 1, 1)
MONTHS = 8
PER_MONTH = 4
TERMS = timedelta(days=30)
# What becomes of the n-th invoice, in turn.
FATES = ("PAID", "PAID", "PART_PAID", "OVERDUE", "PAID", "VOIDED", "PAID", "OVERDUE")
PART = Decimal("0.4")  # the share a part-paid invoice has received
# The drafts still open: their last stage, in turn (over the last invoiced month's other
# clients, then the month before's).
STAGES = (
    "IN_PROGRESS",
    "CHANGES_REQUESTED",
    "UNDER_REVIEW",
    "PENDING_APPROVAL",
    "APPROVED",
    "ABANDONED",
)
# How the n-th PAID invoice is settled, in order; every later one (and each part payment) by
# check. A processed payment is taken today; a check is dated CHECK_DELAY after issue.
SETTLEMENTS = ("CARD", "ACH", "CREDIT", "REFUNDED_CARD")
CHECK_DELAY = timedelta(days=21)
_PAID_MEMO = "Settled in full by a credit"
_REFUND_REASON = "Paid twice: the client's check arrived as well"


def _sandbox() -> Settings:
    """The demo charges the sandbox whatever processor the deployment configures: no real
    card is ever charged by seeding."""
    return Settings(payment_processor="sandbox")


@dataclass(frozen=True)
class _Bill:
    """One draft to make: its pmsRef, the WIP (ids, in pmsRef order), the month."""

    pms_ref: str
    wip_ids: list[int]
    month: date


def _month(day: date) -> date:
    return day.replace(day=1)


def _next_month(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1)


async def _plan(session: AsyncSession, tenant_id: int) -> tuple[list[_Bill], list[_Bill]]:
    """The invoiced bills month by month, and the bills left as open drafts."""
    names = ["pmsRef", "clientId", "loggedDate", "approved", "billable"]
    rows = await crud.ids_by_fields(session, WIPS, tenant_id, names)
    groups: dict[date, dict[int, list[tuple[str, int]]]] = defaultdict(lambda: defaultdict(list))
    for (pms_ref, client_id, logged, approved, billable), wip_id in rows.items():
        if approved and billable and pms_ref and pms_ref.startswith("demo-wip-"):
            groups[_month(logged)][client_id].append((pms_ref, wip_id))
    invoiced: list[_Bill] = []
    left: list[_Bill] = []
    month = FIRST_MONTH
    for number in range(MONTHS):
        # Clients in the order of their first entry's pmsRef: the same in every tenant.
        bills = sorted(groups[month].values(), key=min)
        made = [_bill(month, entries) for entries in bills]
        invoiced += made[:PER_MONTH]
        if number >= MONTHS - 2:
            left = made[PER_MONTH:] + left
        month = _next_month(month)
    return invoiced, left[: len(STAGES)]


def _bill(month: date, entries: list[tuple[str, int]]) -> _Bill:
    entries = sorted(entries)
    first = entries[0][0].removeprefix("demo-wip-")
    return _Bill(f"demo-draft-{month:%Y-%m}-{first}", [wip_id for _, wip_id in entries], month)


async def seed_billing(session: AsyncSession, tenant_id: int) -> int:
    """Make the demo's drafts and invoices the tenant lacks; return how many drafts were made
    (each invoiced one with its invoice and ledger rows). Nothing is committed."""
    invoiced, left = await _plan(session, tenant_id)
    known = await crud.ids_by_fields(session, DRAFTS, tenant_id, ["pmsRef"])
    made = 0
    for number, bill in enumerate(invoiced):
        if (bill.pms_ref,) in known:
            continue
        draft = await _draft(session, tenant_id, bill)
        if draft is None:
            continue
        fate = FATES[number % len(FATES)]
        paid = sum(FATES[n % len(FATES)] == "PAID" for n in range(number))
        await _invoice(session, tenant_id, draft, bill, fate, paid)
        made += 1
    for number, bill in enumerate(left):
        if (bill.pms_ref,) in known:
            continue
        draft = await _draft(session, tenant_id, bill)
        if draft is None:
            continue
        await _advance(session, tenant_id, draft, STAGES[number % len(STAGES)])
        made += 1
    return made


@dataclass(frozen=True)
class _Draft:
    id: int
    client_id: int
    manager: drafts.Actor
    partner: drafts.Actor


async def _draft(session: AsyncSession, tenant_id: int, bill: _Bill) -> _Draft | None:
    """The draft over the bill's WIP, with its manager as biller, reviewer and sender and its
    partner as approver; None when its WIP is no longer all OPEN (a user billed some)."""
    open_ids = await drafts_repo.wips_by_id(session, tenant_id, bill.wip_ids)
    if len(open_ids) != len(bill.wip_ids) or any(row.status != "OPEN" for row in open_ids.values()):
        return None
    client_id = int(next(iter(open_ids.values())).client_id)
    roles = await drafts_repo.client_roles(session, tenant_id, client_id)
    if roles is None or roles.manager_staff_id is None or roles.partner_staff_id is None:
        return None
    manager = drafts.Actor(roles.manager_staff_id, admin=True)
    partner = drafts.Actor(roles.partner_staff_id, admin=True)
    body: dict[str, Any] = {
        "clientId": client_id,
        "wipIds": bill.wip_ids,
        "groupBy": "JOB",
        "billerStaffId": roles.manager_staff_id,
        "reviewerStaffId": roles.manager_staff_id,
        "approverStaffId": roles.partner_staff_id,
        "senderStaffId": roles.manager_staff_id,
        "notes": f"Work of {bill.month:%B %Y}",
        "pmsRef": bill.pms_ref,
    }
    item = await drafts.create(session, tenant_id, manager, body)
    return _Draft(item["id"], client_id, manager, partner)


async def _advance(session: AsyncSession, tenant_id: int, draft: _Draft, stage: str) -> None:
    """Move a draft to `stage` the way its staff would."""
    if stage == "ABANDONED":
        await drafts.abandon(session, tenant_id, draft.id, draft.manager)
        return
    if stage == "IN_PROGRESS":
        return
    await drafts.submit(session, tenant_id, draft.id, draft.manager)
    if stage == "CHANGES_REQUESTED":
        comment = "Please split the expenses onto their own line."
        await drafts.review(session, tenant_id, draft.id, draft.manager, "REQUEST_CHANGES", comment)
        return
    if stage == "UNDER_REVIEW":
        return
    await drafts.review(session, tenant_id, draft.id, draft.manager, "APPROVE", None)
    if stage == "PENDING_APPROVAL":
        return
    await drafts.approve(session, tenant_id, draft.id, draft.partner, None)


async def _invoice(
    session: AsyncSession, tenant_id: int, draft: _Draft, bill: _Bill, fate: str, paid: int
) -> None:
    """Approve and finalize the draft into an invoice issued the first of the next month, then
    give the invoice its fate (`paid`: how many invoices before it were PAID)."""
    await _advance(session, tenant_id, draft, "APPROVED")
    issued = _next_month(bill.month)
    done = await drafts.finalize(
        session, tenant_id, draft.id, draft.manager, issued, issued + TERMS
    )
    invoice_id: int = done["invoiceId"]
    if fate == "VOIDED":
        await invoice_service.void(session, tenant_id, invoice_id)
        return
    total = Decimal(str(done["totalAmount"]))
    if fate == "PART_PAID":
        await _pay(session, tenant_id, draft.client_id, invoice_id, to_cent(total * PART), "CHECK")
    elif fate == "PAID":
        settlement = SETTLEMENTS[paid] if paid < len(SETTLEMENTS) else "CHECK"
        await _settle(session, tenant_id, draft.client_id, invoice_id, total, settlement)


async def _settle(
    session: AsyncSession,
    tenant_id: int,
    client_id: int,
    invoice_id: int,
    total: Decimal,
    settlement: str,
) -> None:
    """Settle the invoice in full the way `settlement` names."""
    if settlement == "CREDIT":
        await ledger.credit_memo(session, tenant_id, client_id, total, invoice_id, _PAID_MEMO)
        return
    method = {"CARD": "CREDIT_CARD", "REFUNDED_CARD": "CREDIT_CARD"}.get(settlement, settlement)
    payment = await _pay(session, tenant_id, client_id, invoice_id, total, method)
    if settlement == "REFUNDED_CARD":
        await payments.refund(session, tenant_id, payment["id"], _REFUND_REASON, _sandbox())


async def _pay(
    session: AsyncSession,
    tenant_id: int,
    client_id: int,
    invoice_id: int,
    amount: Decimal,
    method: str,
) -> dict[str, Any]:
    """A payment of `amount` allocated to the invoice, through the payment service."""
    token = {"CREDIT_CARD": "tok_visa", "ACH": "tok_ach"}.get(method)
    paid_on = None
    if token is None:  # a check, dated after issue (within the year a payment may be backdated)
        invoice = await billing_repo.invoice_row(session, tenant_id, invoice_id)
        assert invoice is not None
        tenant = await billing_repo.settings(session, tenant_id)
        today = today_in(tenant.timezone)
        earliest = today - timedelta(days=payments.BACKDATING_DAYS - 1)
        paid_on = min(max(invoice["issue_date"] + CHECK_DELAY, earliest), today)
    request = payments.PaymentRequest(
        client_id=client_id,
        amount=amount,
        method=method,
        payment_date=paid_on,
        allocations=[(invoice_id, amount)],
        token=token,
        reference=f"Check {invoice_id:05d}" if token is None else None,
        apply_credit=False,
    )
    return await payments.create(session, tenant_id, request, _sandbox())
