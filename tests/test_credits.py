"""Credits and client balances (money-work.md §5): a credit memo issued, applied to an
invoice (all, part, or refused with a reason), and the balance aged by due date; the ledger
verifies after each."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, draft, ledger_rows, money, posted
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _credit(tenant: TenantHandle, client_id: int, amount: str) -> dict[str, Any]:
    body = {"clientId": client_id, "amount": amount, "reason": "Goodwill"}
    response = await tenant.post("/api/v1/credits", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _balance(tenant: TenantHandle, client_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/clients/{client_id}/balance")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _invoice(tenant: TenantHandle, invoice_id: int) -> dict[str, Any]:
    data: dict[str, Any] = (await tenant.get(f"/api/v1/invoices/{invoice_id}")).json()["data"]
    return data


class TestIssue:
    async def test_a_credit_is_a_credit_memo_row_and_unapplied_credit(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        credit = await _credit(tenant, firm.client["id"], "40.00")
        assert money(credit["amount"]) == money("40.00")
        assert money(credit["unappliedAmount"]) == money("40.00")
        assert money(credit["appliedAmount"]) == 0 and credit["reason"] == "Goodwill"
        (row,) = await ledger_rows(tenant, kind="CREDIT_MEMO")
        assert row["id"] == credit["id"] and row["arTranId"] == credit["arTranId"]
        assert money(row["amount"]) == money("-40.00")
        balance = await _balance(tenant, firm.client["id"])
        assert money(balance["unappliedCredit"]) == money("40.00")
        assert money(balance["outstanding"]) == 0
        shown = await tenant.get(f"/api/v1/credits/{credit['id']}")
        assert shown.json()["data"] == credit
        assert await differences(tenant) == []

    @pytest.mark.parametrize(
        ("change", "path"),
        [
            ({"amount": "0"}, "amount"),
            ({"amount": "10.001"}, "amount"),
            ({"amount": -5}, "amount"),
            ({"reason": ""}, "reason"),
            ({"clientId": "x"}, "clientId"),
            ({"surprise": 1}, "surprise"),
        ],
    )
    async def test_bad_credits_are_400_naming_the_path_and_write_nothing(
        self, tenant: TenantHandle, firm: Firm, change: dict[str, Any], path: str
    ) -> None:
        body = {"clientId": firm.client["id"], "amount": "10.00", "reason": "r"} | change
        response = await tenant.post("/api/v1/credits", json=body)
        assert response.status_code == 400, response.text
        assert path in [detail["path"] for detail in response.json()["error"]["details"]]
        assert await ledger_rows(tenant) == []

    async def test_another_tenants_client_and_credit_are_not_theirs(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        credit = await _credit(tenant, firm.client["id"], "5.00")
        body = {"clientId": firm.client["id"], "amount": "5.00", "reason": "r"}
        response = await other_tenant.post("/api/v1/credits", json=body)
        assert response.status_code == 400 and "clientId" in response.text
        assert (await other_tenant.get(f"/api/v1/credits/{credit['id']}")).status_code == 404
        path = f"/api/v1/clients/{firm.client['id']}/balance"
        assert (await other_tenant.get(path)).status_code == 404
        assert await ledger_rows(other_tenant) == []


class TestApply:
    async def test_part_then_the_rest_settles_the_invoice(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        credit = await _credit(tenant, firm.client["id"], "150.00")
        path = f"/api/v1/credits/{credit['id']}/apply"
        part = await tenant.post(path, json={"invoiceId": invoice["id"], "amount": "30.00"})
        assert part.status_code == 200, part.text
        assert money(part.json()["data"]["unappliedAmount"]) == money("120.00")
        assert money((await _invoice(tenant, invoice["id"]))["outstandingAmount"]) == 70
        rest = await tenant.post(path, json={"invoiceId": invoice["id"]})
        assert rest.status_code == 200, rest.text
        assert money(rest.json()["data"]["appliedAmount"]) == money("100.00")
        assert money(rest.json()["data"]["unappliedAmount"]) == money("50.00")
        settled = await _invoice(tenant, invoice["id"])
        assert settled["status"] == "PAID" and money(settled["outstandingAmount"]) == 0
        balance = await _balance(tenant, firm.client["id"])
        assert money(balance["unappliedCredit"]) == money("50.00")
        again = await tenant.post(path, json={"invoiceId": invoice["id"]})
        assert again.status_code == 409, again.text
        assert await differences(tenant) == []

    async def test_only_the_named_credit_is_applied(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        older = await _credit(tenant, firm.client["id"], "20.00")
        newer = await _credit(tenant, firm.client["id"], "60.00")
        path = f"/api/v1/credits/{newer['id']}/apply"
        response = await tenant.post(path, json={"invoiceId": invoice["id"]})
        assert response.status_code == 200, response.text
        assert money(response.json()["data"]["unappliedAmount"]) == 0
        untouched = (await tenant.get(f"/api/v1/credits/{older['id']}")).json()["data"]
        assert money(untouched["unappliedAmount"]) == money("20.00")
        assert money((await _invoice(tenant, invoice["id"]))["outstandingAmount"]) == 40
        assert await differences(tenant) == []

    async def test_more_than_the_credit_or_the_invoice_is_400_and_writes_nothing(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "50.00"))
        credit = await _credit(tenant, firm.client["id"], "80.00")
        path = f"/api/v1/credits/{credit['id']}/apply"
        before = await ledger_rows(tenant)
        over_invoice = await tenant.post(path, json={"invoiceId": invoice["id"], "amount": 60})
        assert over_invoice.status_code == 400, over_invoice.text
        over_credit = await tenant.post(path, json={"invoiceId": invoice["id"], "amount": 90})
        assert over_credit.status_code == 400, over_credit.text
        assert await ledger_rows(tenant) == before
        assert money((await _invoice(tenant, invoice["id"]))["outstandingAmount"]) == 50
        assert await differences(tenant) == []

    async def test_invoices_it_cannot_settle_are_refused_with_their_reason(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        credit = await _credit(tenant, firm.client["id"], "80.00")
        path = f"/api/v1/credits/{credit['id']}/apply"
        unposted = await draft(tenant, firm.client["id"])
        response = await tenant.post(path, json={"invoiceId": unposted["id"]})
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVOICE_NOT_POSTED"
        voided = await posted(tenant, firm.client["id"])
        await tenant.post(f"/api/v1/invoices/{voided['id']}/void")
        response = await tenant.post(path, json={"invoiceId": voided["id"]})
        assert response.json()["error"]["details"][0]["reason"] == "INVOICE_CANCELLED"
        other = await tenant.create("clients", {"name": "Someone else"})
        theirs = await posted(tenant, other["id"])
        response = await tenant.post(path, json={"invoiceId": theirs["id"]})
        assert response.status_code == 400 and "invoiceId" in response.text
        missing = await tenant.post("/api/v1/credits/987654/apply", json={"invoiceId": 1})
        assert missing.status_code == 404
        assert await differences(tenant) == []


class TestBalance:
    async def test_outstanding_is_aged_by_days_past_due(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        today = date.today()
        # Each due date lies days from a bucket's edge: the tenant's day may differ by one.
        due_in = {"current": 10, "days1To30": -15, "days31To60": -45, "days61To90": -75}
        amounts = {"current": "10.00", "days1To30": "20.00", "days31To60": "30.00"}
        amounts |= {"days61To90": "40.00", "over90": "50.00"}
        due_in["over90"] = -200
        for bucket, days in due_in.items():
            due = today + timedelta(days=days)
            await posted(
                tenant,
                firm.client["id"],
                ("1", amounts[bucket]),
                issueDate=(due - timedelta(days=30)).isoformat(),
                dueDate=due.isoformat(),
            )
        paid = await posted(tenant, firm.client["id"], ("1", "70.00"))
        credit = await _credit(tenant, firm.client["id"], "70.00")
        await tenant.post(f"/api/v1/credits/{credit['id']}/apply", json={"invoiceId": paid["id"]})
        await draft(tenant, firm.client["id"], ("1", "999.00"))  # not posted: owes nothing
        balance = await _balance(tenant, firm.client["id"])
        assert {name: money(value) for name, value in balance["aging"].items()} == {
            name: money(value) for name, value in amounts.items()
        }
        assert money(balance["outstanding"]) == money("150.00")
        assert money(balance["unappliedCredit"]) == 0
        assert balance["clientId"] == firm.client["id"]

    async def test_an_unknown_client_is_404(self, tenant: TenantHandle) -> None:
        assert (await tenant.get("/api/v1/clients/987654/balance")).status_code == 404


class TestTheClientsFinancialSummary:
    async def test_the_client_detail_reads_the_ledger(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        empty = (await tenant.get(f"/gql/v1/client/{client_id}")).json()["financialSummary"]
        assert empty == {
            "totalRevenue": 0,
            "outstandingBalance": 0,
            "unappliedCredit": 0,
            "lastPaymentDate": None,
            "overdueBalance": 0,
        }
        past_due = (date.today() - timedelta(days=40)).isoformat()
        await posted(tenant, client_id, ("1", "100.00"), issueDate=past_due, dueDate=past_due)
        await posted(tenant, client_id, ("1", "300.00"))
        paid = {"clientId": client_id, "amount": "150.00", "paymentMethod": "CHECK"}
        assert (await tenant.post("/api/v1/payments", json=paid)).status_code == 201
        await _credit(tenant, client_id, "20.00")
        summary = (await tenant.get(f"/gql/v1/client/{client_id}")).json()["financialSummary"]
        assert money(summary["totalRevenue"]) == money("400.00")
        # 150 settled the overdue 100 (oldest first) and 50 of the other.
        assert money(summary["outstandingBalance"]) == money("250.00")
        assert money(summary["overdueBalance"]) == 0
        assert money(summary["unappliedCredit"]) == money("20.00")
        assert summary["lastPaymentDate"] == date.today().isoformat()
