"""Payments at the same time (money-work.md §1: allocations never exceed what is due): twenty
payments racing for an invoice's last 100.00 never over-allocate, and a refund racing a new
payment leaves a ledger that verifies. Meaningful on PostgreSQL (row locks); SQLite runs one
writer at a time and must give the same answers."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from openwyn.config import Settings
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, ledger_rows, money, posted
from tests.fixtures.payments import pay
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio
RACERS = 20


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Requests in flight take turns on the invoice's lock: long enough that a loaded test
    machine measures the payments, not the pool's patience."""
    return settings.model_copy(update={"db_connect_timeout_seconds": 60.0})


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _last_hundred(tenant: TenantHandle, firm: Firm) -> dict[str, Any]:
    """An invoice of 500.00 with 400.00 already paid."""
    invoice = await posted(tenant, firm.client["id"], ("1", "500.00"))
    await pay(
        tenant,
        firm.client["id"],
        "400.00",
        allocations=[{"invoiceId": invoice["id"], "amount": "400.00"}],
    )
    return invoice


async def _outstanding(tenant: TenantHandle, invoice_id: int) -> Any:
    data = (await tenant.get(f"/api/v1/invoices/{invoice_id}")).json()["data"]
    return money(data["outstandingAmount"]), data["status"]


async def test_twenty_named_payments_for_the_last_hundred_one_wins(
    tenant: TenantHandle, firm: Firm
) -> None:
    invoice = await _last_hundred(tenant, firm)
    body = {
        "clientId": firm.client["id"],
        "amount": "100.00",
        "paymentMethod": "CREDIT_CARD",
        "processorToken": "tok_visa",
        "allocations": [{"invoiceId": invoice["id"], "amount": "100.00"}],
    }
    responses = await asyncio.gather(
        *(tenant.post("/api/v1/payments", json=body) for _ in range(RACERS))
    )
    codes = sorted(response.status_code for response in responses)
    assert codes == [201] + [400] * (RACERS - 1), [r.text for r in responses]
    assert await _outstanding(tenant, invoice["id"]) == (0, "PAID")
    assert len(await ledger_rows(tenant, kind="PAYMENT")) == 2  # the losers wrote nothing
    assert await differences(tenant) == []


async def test_twenty_oldest_first_payments_settle_it_once_the_rest_is_credit(
    tenant: TenantHandle, firm: Firm
) -> None:
    invoice = await _last_hundred(tenant, firm)
    body = {"clientId": firm.client["id"], "amount": "100.00", "paymentMethod": "CHECK"}
    responses = await asyncio.gather(
        *(tenant.post("/api/v1/payments", json=body) for _ in range(RACERS))
    )
    assert {response.status_code for response in responses} == {201}, [r.text for r in responses]
    allocated = [
        money(item["amount"])
        for response in responses
        for item in response.json()["data"]["allocations"]
    ]
    assert sum(allocated) == 100
    assert await _outstanding(tenant, invoice["id"]) == (0, "PAID")
    balance = (await tenant.get(f"/api/v1/clients/{firm.client['id']}/balance")).json()["data"]
    assert money(balance["unappliedCredit"]) == 100 * (RACERS - 1)
    assert await differences(tenant) == []


async def test_a_refund_racing_a_payment_leaves_a_verified_ledger(
    tenant: TenantHandle, firm: Firm
) -> None:
    for _ in range(5):
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        first = await pay(
            tenant,
            firm.client["id"],
            "100.00",
            allocations=[{"invoiceId": invoice["id"], "amount": "100.00"}],
        )
        body = {"clientId": firm.client["id"], "amount": "60.00", "paymentMethod": "CHECK"}
        refund, second = await asyncio.gather(
            tenant.post(f"/api/v1/payments/{first['id']}/refund", json={"reason": "race"}),
            tenant.post("/api/v1/payments", json=body),
        )
        assert refund.status_code == 200, refund.text
        assert second.status_code == 201, second.text
        assert await differences(tenant) == []
