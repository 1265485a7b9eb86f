"""Payment plans (money-work.md §5, §10): create and its validation, get, list, cancel and
resume; the plan worker at an injected time: a due period charged once (also by two workers at
once), a period not begun charges nothing, a decline retried after 3 days then the plan
PAUSED with its event, AutoPay of the open invoices; tenant isolation. The ledger verifies."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from openwyn.payments.plans import period_start
from openwyn.payments.worker import PlanWorker
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, ledger_rows, money, posted
from tests.fixtures.payments import pay
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio
START = date(2026, 3, 2)
# Midday UTC: the same local date in the tenant's zone, whichever it is.
DUE = datetime(2026, 3, 2, 12, tzinfo=UTC)


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


def _body(client_id: int, **changes: Any) -> dict[str, Any]:
    body = {
        "clientId": client_id,
        "kind": "RECURRING",
        "amount": "50.00",
        "frequency": "MONTHLY",
        "startDate": START.isoformat(),
        "processorToken": "tok_visa",
    }
    return {name: value for name, value in (body | changes).items() if value is not None}


async def _plan(tenant: TenantHandle, client_id: int, **changes: Any) -> dict[str, Any]:
    response = await tenant.post("/api/v1/payment-plans", json=_body(client_id, **changes))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _get(tenant: TenantHandle, plan_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/payment-plans/{plan_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _worker(tenant: TenantHandle) -> PlanWorker:
    return PlanWorker(tenant.ctx.db, tenant.ctx.settings, tenants=frozenset({tenant.id}))


async def _run(tenant: TenantHandle, now: datetime) -> dict[int, str]:
    return await _worker(tenant).run_due(now)


async def _plan_payments(tenant: TenantHandle) -> list[dict[str, Any]]:
    listed = await tenant.post("/gql/v1/payments", json={})
    return [
        p for p in listed.json()["payments"] if (p["reference"] or "").startswith("Payment plan")
    ]


class TestPlans:
    async def test_create_get_and_list(self, tenant: TenantHandle, firm: Firm) -> None:
        plan = await _plan(tenant, firm.client["id"])
        assert plan["status"] == "ACTIVE" and plan["kind"] == "RECURRING"
        assert money(plan["amount"]) == money("50.00") and plan["paymentMethod"] == "CREDIT_CARD"
        assert plan["runs"] == [] and "processorToken" not in plan
        response = await tenant.get(f"/api/v1/payment-plans/{plan['id']}")
        assert response.json()["data"] == plan and response.headers["ETag"] == '"1"'
        autopay = await _plan(tenant, firm.client["id"], kind="AUTOPAY", amount=None)
        listed = await tenant.get("/api/v1/payment-plans", params={"clientId": firm.client["id"]})
        assert [item["id"] for item in listed.json()["data"]] == [plan["id"], autopay["id"]]
        elsewhere = await tenant.get("/api/v1/payment-plans", params={"clientId": 10**9})
        assert elsewhere.json()["data"] == []
        (created, _) = await events_of(tenant, "payment_plan")
        assert created["operation"] == "CREATE" and created["entity_id"] == plan["id"]

    @pytest.mark.parametrize(
        ("changes", "path"),
        [
            ({"amount": None}, "amount"),
            ({"kind": "AUTOPAY"}, "amount"),
            ({"amount": "1.234"}, "amount"),
            ({"frequency": "DAILY"}, "frequency"),
            ({"kind": "MAYBE"}, "kind"),
            ({"startDate": "2026-02-30"}, "startDate"),
            ({"endDate": "2026-03-01"}, "endDate"),
            ({"processorToken": None}, "processorToken"),
            ({"paymentMethod": "CHECK"}, "paymentMethod"),
            ({"clientId": 10**9}, "clientId"),
            ({"surprise": 1}, "surprise"),
        ],
    )
    async def test_bad_plans_are_400_naming_the_path(
        self, tenant: TenantHandle, firm: Firm, changes: dict[str, Any], path: str
    ) -> None:
        response = await tenant.post(
            "/api/v1/payment-plans", json=_body(firm.client["id"], **changes)
        )
        assert response.status_code == 400, response.text
        paths = [detail["path"] for detail in response.json()["error"]["details"]]
        assert any(path in str(found) for found in paths), paths

    async def test_cancel_and_resume(self, tenant: TenantHandle, firm: Firm) -> None:
        plan = await _plan(tenant, firm.client["id"])
        resumed = await tenant.post(f"/api/v1/payment-plans/{plan['id']}/resume")
        assert resumed.status_code == 409
        assert resumed.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"
        cancelled = await tenant.post(f"/api/v1/payment-plans/{plan['id']}/cancel")
        assert cancelled.status_code == 200 and cancelled.json()["data"]["status"] == "CANCELLED"
        assert (await tenant.post(f"/api/v1/payment-plans/{plan['id']}/cancel")).status_code == 409
        assert await _run(tenant, DUE) == {}
        assert (await _get(tenant, plan["id"]))["runs"] == []

    async def test_another_tenant_sees_nothing(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        plan = await _plan(tenant, firm.client["id"])
        for path in (f"/api/v1/payment-plans/{plan['id']}",):
            assert (await other_tenant.get(path)).status_code == 404
        for action in ("cancel", "resume"):
            path = f"/api/v1/payment-plans/{plan['id']}/{action}"
            assert (await other_tenant.post(path)).status_code == 404
        assert (await other_tenant.get("/api/v1/payment-plans")).json()["data"] == []
        response = await other_tenant.post("/api/v1/payment-plans", json=_body(firm.client["id"]))
        assert response.status_code == 400 and "clientId" in response.text
        assert await _worker(other_tenant).run_due(DUE) == {}
        assert (await _get(tenant, plan["id"]))["runs"] == []

    async def test_the_read_family_answers_the_plans(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        plan = await _plan(tenant, firm.client["id"])
        listed = (await tenant.post("/gql/v1/payment_plans", json={})).json()["paymentPlans"]
        assert [item["id"] for item in listed] == [plan["id"]]
        assert listed[0]["status"] == "ACTIVE" and "processorToken" not in listed[0]
        one = await tenant.get(f"/gql/v1/payment_plan/{plan['id']}")
        assert one.status_code == 200 and one.json()["id"] == plan["id"]
        assert (await other_tenant.get(f"/gql/v1/payment_plan/{plan['id']}")).status_code == 404

    async def test_events_are_in_the_catalog(self, tenant: TenantHandle) -> None:
        catalog = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
        pairs = {(e["entityType"], e["operation"]) for e in catalog}
        for operation in ("CREATE", "UPDATE", "PAUSED"):
            assert ("payment_plan", operation) in pairs


class TestWorker:
    async def test_a_due_period_is_charged_once(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "80.00"))
        plan = await _plan(tenant, firm.client["id"])
        assert await _run(tenant, DUE) == {plan["id"]: "CHARGED"}
        assert await _run(tenant, DUE + timedelta(days=20)) == {}
        (run,) = (await _get(tenant, plan["id"]))["runs"]
        assert run["periodStart"] == START.isoformat() and run["status"] == "CHARGED"
        (paid,) = await _plan_payments(tenant)
        assert run["paymentId"] == paid["id"] and money(paid["amount"]) == money("50.00")
        assert paid["status"] == "CONFIRMED" and paid["invoiceId"] == invoice["id"]
        assert await _run(tenant, datetime(2026, 4, 2, 12, tzinfo=UTC)) == {plan["id"]: "CHARGED"}
        assert len(await _plan_payments(tenant)) == 2
        assert await differences(tenant) == []

    async def test_two_workers_at_once_charge_once(self, tenant: TenantHandle, firm: Firm) -> None:
        plan = await _plan(tenant, firm.client["id"])
        outcomes = await asyncio.gather(_run(tenant, DUE), _run(tenant, DUE))
        assert sorted(outcomes, key=len) == [{}, {plan["id"]: "CHARGED"}]
        assert len(await _plan_payments(tenant)) == 1
        assert len(await ledger_rows(tenant, kind="PAYMENT")) == 1
        assert await differences(tenant) == []

    async def test_a_period_not_begun_charges_nothing(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        plan = await _plan(tenant, firm.client["id"])
        assert await _run(tenant, DUE - timedelta(days=2)) == {}
        assert (await _get(tenant, plan["id"]))["runs"] == []
        assert await _plan_payments(tenant) == []

    async def test_a_decline_is_retried_after_3_days_then_the_plan_pauses(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        plan = await _plan(tenant, firm.client["id"], processorToken="tok_chargeDeclined")
        assert await _run(tenant, DUE) == {plan["id"]: "FAILED"}
        (run,) = (await _get(tenant, plan["id"]))["runs"]
        assert run["status"] == "FAILED" and run["attempts"] == 1
        assert run["failureCode"] == "generic_decline"
        assert run["nextAttemptAt"].startswith("2026-03-05")
        assert await _run(tenant, DUE + timedelta(days=2)) == {}
        assert await _run(tenant, DUE + timedelta(days=3)) == {plan["id"]: "PAUSED"}
        paused = await _get(tenant, plan["id"])
        assert paused["status"] == "PAUSED"
        assert paused["runs"][0]["attempts"] == 2 and paused["runs"][0]["nextAttemptAt"] is None
        operations = [event["operation"] for event in await events_of(tenant, "payment_plan")]
        assert operations == ["CREATE", "UPDATE", "PAUSED"]
        assert await _run(tenant, DUE + timedelta(days=40)) == {}
        assert await _plan_payments(tenant) == []
        assert await ledger_rows(tenant, kind="PAYMENT") == []
        resumed = await tenant.post(f"/api/v1/payment-plans/{plan['id']}/resume")
        assert resumed.json()["data"]["status"] == "ACTIVE"
        # Resumed, it tries the next period (declined again: a retry is due 3 days later).
        assert await _run(tenant, DUE + timedelta(days=40)) == {plan["id"]: "FAILED"}
        assert await differences(tenant) == []

    async def test_a_refused_charge_fails_its_run_and_others_go_on(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        wrong = await _plan(tenant, firm.client["id"], paymentMethod="ACH")  # a card token
        ach = await _plan(tenant, firm.client["id"], paymentMethod="ACH", processorToken="tok_ach")
        assert await _run(tenant, DUE) == {wrong["id"]: "FAILED", ach["id"]: "CHARGED"}
        (run,) = (await _get(tenant, wrong["id"]))["runs"]
        assert run["failureCode"] == "VALIDATION_FAILED" and run["paymentId"] is None
        (pending,) = await _plan_payments(tenant)
        assert pending["status"] == "PENDING" and pending["paymentMethod"] == "ACH"
        assert await differences(tenant) == []

    async def test_autopay_pays_the_open_invoices(self, tenant: TenantHandle, firm: Firm) -> None:
        first = await posted(tenant, firm.client["id"], ("1", "100.00"))
        second = await posted(tenant, firm.client["id"], ("1", "40.00"))
        await pay(
            tenant,
            firm.client["id"],
            "30.00",
            allocations=[{"invoiceId": first["id"], "amount": "30.00"}],
        )
        plan = await _plan(tenant, firm.client["id"], kind="AUTOPAY", amount=None)
        assert await _run(tenant, DUE) == {plan["id"]: "CHARGED"}
        (paid,) = await _plan_payments(tenant)
        assert money(paid["amount"]) == money("110.00")
        for invoice in (first, second):
            read = (await tenant.get(f"/api/v1/invoices/{invoice['id']}")).json()["data"]
            assert read["status"] == "PAID" and money(read["outstandingAmount"]) == 0
        next_month = datetime(2026, 4, 2, 12, tzinfo=UTC)
        assert await _run(tenant, next_month) == {plan["id"]: "NOTHING_DUE"}
        assert len(await _plan_payments(tenant)) == 1
        assert await differences(tenant) == []

    async def test_a_plan_past_its_end_completes(self, tenant: TenantHandle, firm: Firm) -> None:
        plan = await _plan(tenant, firm.client["id"], endDate="2026-03-31")
        assert await _run(tenant, DUE) == {plan["id"]: "CHARGED"}
        assert await _run(tenant, datetime(2026, 4, 2, 12, tzinfo=UTC)) == {plan["id"]: "COMPLETED"}
        assert (await _get(tenant, plan["id"]))["status"] == "COMPLETED"
        assert len(await _plan_payments(tenant)) == 1


@pytest.mark.parametrize(
    ("frequency", "today", "expected"),
    [
        ("WEEKLY", date(2026, 1, 6), None),
        ("WEEKLY", date(2026, 1, 7), date(2026, 1, 7)),
        ("WEEKLY", date(2026, 1, 20), date(2026, 1, 14)),
        ("MONTHLY", date(2026, 2, 27), date(2026, 1, 31)),
        ("MONTHLY", date(2026, 2, 28), date(2026, 2, 28)),
        ("MONTHLY", date(2026, 3, 30), date(2026, 2, 28)),
        ("MONTHLY", date(2026, 3, 31), date(2026, 3, 31)),
        ("QUARTERLY", date(2026, 4, 29), date(2026, 1, 31)),
        ("QUARTERLY", date(2026, 4, 30), date(2026, 4, 30)),
    ],
)
def test_periods_follow_the_frequency_from_the_start(
    frequency: str, today: date, expected: date | None
) -> None:
    start = date(2026, 1, 31) if frequency != "WEEKLY" else date(2026, 1, 7)
    assert period_start(start, frequency, today) == expected
