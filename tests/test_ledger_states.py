"""The ledger's invariants (money-work.md §1) under random sequences of postings, voids,
credit memos, write-offs, credit applications and reversals, on whichever database the suite
runs: after every step the ledger check is clean, no outstanding amount is below zero, and each
client's ledger sums to its open invoices less its unapplied credit (both checked by
`verify.differences`)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
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

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.db = Database(self.config)
        self.tenant_id = 0
        self.clients: list[int] = []
        self.invoices: list[int] = []
        self.refused = 0

    def run(self, step: Callable[[AsyncSession], Awaitable[T]]) -> T | None:
        async def once() -> T:
            async with self.db.session() as session:
                return await step(session)

        try:
            return self.loop.run_until_complete(once())
        except ApiError as error:
            assert error.status_code in (400, 404, 409), error
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


settings_for_states = settings(
    max_examples=12,
    stateful_step_count=14,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
