"""The ledger's invariants (money-work.md §1) under random sequences of postings, voids,
credit memos, write-offs, credit applications, reversals, payments (offline, card, ACH that
settles or fails, with or without credit applied first), refunds and disputes, on whichever
database the suite runs: after every step the ledger check is clean, no outstanding amount is
below zero, and each client's ledger sums to its open invoices less its unapplied credit (both
checked by `verify.differences`)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.auth import service as auth
from openwyn.billing import invoice_service, ledger, verify
from openwyn.billing import repository as repo
from openwyn.billing.invoice_service import LineIn
from openwyn.config import Settings
from openwyn.db import Database
from openwyn.directory.clients import CLIENTS
from openwyn.errors import ApiError
from openwyn.payments import service as payments
from openwyn.web import service

T = TypeVar("T")
amounts = st.integers(1, 50_000).map(lambda cents: Decimal(cents) / 100)
maybe_amounts = st.none() | amounts


def _line(amount: Decimal) -> LineIn:
    return LineIn("Work", Decimal(1), amount, amount, Decimal(0), Decimal("0.00"))


class LedgerMachine(RuleBasedStateMachine):
    """Drives the ledger's services on one tenant with two clients, each step in its own
    transaction; a refused step (400, 404, 409) rolls back and must leave the ledger clean."""

    config: Settings
    checks = 0
    # Steps of each payment action that went through (not refused), over every example.
    done: dict[str, int] = {}

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.db = Database(self.config)
        self.tenant_id = 0
        self.clients: list[int] = []
        self.invoices: list[int] = []
        self.payments: list[int] = []
        self.refused = 0

    def run(self, step: Callable[[AsyncSession], Awaitable[T]]) -> T | None:
        async def once() -> T:
            async with self.db.session() as session:
                return await step(session)

        try:
            return self.loop.run_until_complete(once())
        except ApiError as error:
            assert error.status_code in (400, 402, 404, 409), error
            self.refused += 1
            return None

    @initialize()
    def tenant_and_clients(self) -> None:
        async def setup(session: AsyncSession) -> None:
            tenant = await auth.create_tenant(session, f"s{uuid.uuid4().hex[:12]}", None)
            self.tenant_id = tenant.id
            for name in ("Ann", "Bo"):
                created = await service.create(session, CLIENTS, tenant.id, {"name": name})
                self.clients.append(int(created["id"]))

        self.run(setup)

    @rule(client=st.integers(0, 1), amount=amounts)
    def post(self, client: int, amount: Decimal) -> None:
        async def step(session: AsyncSession) -> dict[str, Any]:
            return await invoice_service.create_posted(
                session,
                self.tenant_id,
                client_id=self.clients[client],
                project_id=None,
                draft_invoice_id=None,
                issue_date=None,
                due_date=None,
                lines=[_line(amount)],
                notes=None,
            )

        invoice = self.run(step)
        assert invoice is not None
        self.invoices.append(int(invoice["id"]))

    @precondition(lambda self: self.invoices)
    @rule(pick=st.integers(0, 1000))
    def void(self, pick: int) -> None:
        invoice_id = self.invoices[pick % len(self.invoices)]
        self.run(lambda s: invoice_service.void(s, self.tenant_id, invoice_id))

    @rule(client=st.integers(0, 1), amount=amounts, pick=st.none() | st.integers(0, 1000))
    def credit_memo(self, client: int, amount: Decimal, pick: int | None) -> None:
        invoice_id = None
        if pick is not None and self.invoices:
            invoice_id = self.invoices[pick % len(self.invoices)]
        client_id = self.clients[client]
        self.run(lambda s: ledger.credit_memo(s, self.tenant_id, client_id, amount, invoice_id))

    @precondition(lambda self: self.invoices)
    @rule(pick=st.integers(0, 1000), amount=maybe_amounts)
    def write_off(self, pick: int, amount: Decimal | None) -> None:
        invoice_id = self.invoices[pick % len(self.invoices)]
        self.run(lambda s: ledger.write_off(s, self.tenant_id, invoice_id, amount))

    @precondition(lambda self: self.invoices)
    @rule(pick=st.integers(0, 1000), amount=maybe_amounts)
    def apply_credit(self, pick: int, amount: Decimal | None) -> None:
        invoice_id = self.invoices[pick % len(self.invoices)]
        self.run(lambda s: ledger.apply_credit(s, self.tenant_id, invoice_id, amount))

    @rule(pick=st.integers(0, 1000))
    def reverse(self, pick: int) -> None:
        async def step(session: AsyncSession) -> Any:
            rows = await repo.ledger_ids(session, self.tenant_id)
            if not rows:
                return None
            return await ledger.reverse(session, self.tenant_id, rows[pick % len(rows)])

        self.run(step)

    @rule(
        client=st.integers(0, 1),
        amount=amounts,
        pick=st.none() | st.integers(0, 1000),
        token=st.sampled_from(
            [None, "tok_visa", None, "tok_chargeDeclined", "tok_ach", "tok_ach_insufficient"]
        ),
        apply_credit=st.booleans(),
    )
    def pay(
        self, client: int, amount: Decimal, pick: int | None, token: str | None, apply_credit: bool
    ) -> None:
        method = "CHECK" if token is None else "ACH" if "ach" in token else "CREDIT_CARD"
        allocations = None
        if pick is not None and self.invoices:
            allocations = [(self.invoices[pick % len(self.invoices)], amount)]
        request = payments.PaymentRequest(
            self.clients[client],
            amount,
            method,
            allocations=allocations,
            token=token,
            apply_credit=apply_credit,
        )
        made = self.run(lambda s: payments.create(s, self.tenant_id, request, self.config))
        if made is not None:
            self.payments.append(int(made["id"]))
            self.count("pay")

    def count(self, action: str) -> None:
        LedgerMachine.done[action] = LedgerMachine.done.get(action, 0) + 1

    @precondition(lambda self: self.payments)
    @rule(pick=st.integers(0, 1000))
    def settle_pending(self, pick: int) -> None:
        payment_id = self.payments[pick % len(self.payments)]
        later = datetime.now(UTC) + timedelta(hours=1)
        if (
            self.run(lambda s: payments.settle(s, self.tenant_id, payment_id, self.config, later))
            is not None
        ):
            self.count("settle_pending")

    @precondition(lambda self: self.payments)
    @rule(pick=st.integers(0, 1000))
    def refund(self, pick: int) -> None:
        payment_id = self.payments[pick % len(self.payments)]
        if (
            self.run(lambda s: payments.refund(s, self.tenant_id, payment_id, "r", self.config))
            is not None
        ):
            self.count("refund")

    @rule(client=st.integers(0, 1), amount=amounts, card=st.booleans())
    def pay_then_take_back(self, client: int, amount: Decimal, card: bool) -> None:
        """A payment refunded (a check) or disputed (a card) at once: the other rules pick
        payments at random, often ones that cannot be refunded."""
        method, token = ("CREDIT_CARD", "tok_visa") if card else ("CHECK", None)
        request = payments.PaymentRequest(self.clients[client], amount, method, token=token)
        made = self.run(lambda s: payments.create(s, self.tenant_id, request, self.config))
        assert made is not None
        self.payments.append(int(made["id"]))
        if card:
            self.dispute(len(self.payments) - 1)
        else:
            self.refund(len(self.payments) - 1)

    @precondition(lambda self: self.payments)
    @rule(pick=st.integers(0, 1000))
    def dispute(self, pick: int) -> None:
        payment_id = self.payments[pick % len(self.payments)]
        if (
            self.run(lambda s: payments.dispute(s, self.tenant_id, payment_id, self.config))
            is not None
        ):
            self.count("dispute")

    @invariant()
    def the_ledger_is_clean(self) -> None:
        if not self.tenant_id:
            return

        async def check(session: AsyncSession) -> list[str]:
            found = await verify.differences(session, self.tenant_id)
            for invoice in await repo.stored_invoices(session, self.tenant_id):
                if invoice["outstanding_amount"] < 0:
                    found.append(f"invoice {invoice['id']} owes {invoice['outstanding_amount']}")
            return found

        assert self.run(check) == []
        LedgerMachine.checks += 1

    def teardown(self) -> None:
        self.loop.run_until_complete(self.db.engine.dispose())
        self.loop.close()


def test_random_ledger_sequences_keep_every_invariant(settings: Settings) -> None:
    LedgerMachine.config = settings
    machine = LedgerMachine.TestCase
    machine.settings = settings_for_states
    machine().runTest()
    assert LedgerMachine.checks > 50, LedgerMachine.checks
    assert set(LedgerMachine.done) == {"pay", "settle_pending", "refund", "dispute"}, (
        LedgerMachine.done
    )


settings_for_states = settings(
    max_examples=20,
    stateful_step_count=20,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
