"""Invoices (money-work.md §4, §11): manual drafts, posting with gapless numbers and a ledger
row, due dates from payment terms, voiding, the read family, and bad input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, draft, ledger_rows, money, posted
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


class TestManualInvoice:
    async def test_a_draft_has_its_lines_totals_and_no_number(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        lines = [
            {"description": "Audit", "quantity": "1.5", "unitPrice": "100.33", "taxRate": "0.0825"},
            {"description": "Filing", "quantity": 1, "unitPrice": 20},
        ]
        response = await tenant.post(
            "/api/v1/invoices",
            json={"clientId": firm.client["id"], "projectId": firm.job["id"], "lineItems": lines},
        )
        assert response.status_code == 201, response.text
        invoice = response.json()["data"]
        assert invoice["status"] == "DRAFT"
        assert invoice["invoiceNumber"] is None
        first, _second = invoice["lineItems"]
        assert money(first["amount"]) == money("150.50")  # 150.495, half-even
        assert money(first["taxAmount"]) == money("12.42")  # 12.41625
        assert money(invoice["subtotal"]) == money("170.50")
        assert money(invoice["taxAmount"]) == money("12.42")
        assert money(invoice["totalAmount"]) == money("182.92")
        assert money(invoice["outstandingAmount"]) == 0
        assert invoice["clientName"] == firm.client["name"]
        assert invoice["projectName"] == firm.job["name"]
        assert invoice["payments"] == []
        assert await ledger_rows(tenant) == []

    async def test_a_draft_changes_until_posted(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await draft(tenant, firm.client["id"])
        lines = [{"description": "New", "quantity": "2", "unitPrice": "10.00"}]
        response = await tenant.patch(
            f"/api/v1/invoices/{invoice['id']}", json={"lineItems": lines, "notes": "n"}
        )
        assert response.status_code == 200, response.text
        assert money(response.json()["data"]["totalAmount"]) == money("20.00")
        await tenant.post(f"/api/v1/invoices/{invoice['id']}/post")
        response = await tenant.patch(f"/api/v1/invoices/{invoice['id']}", json={"notes": "x"})
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"


class TestPosting:
    async def test_posting_numbers_writes_the_ledger_row_and_defaults_dates(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("2", "50.00"))
        assert invoice["status"] == "POSTED"
        assert invoice["invoiceNumber"].startswith("INV-")
        assert invoice["invoiceNumber"].endswith("-00001")
        assert money(invoice["outstandingAmount"]) == money("100.00")
        assert invoice["paymentStatus"] == "UNPAID"
        rows = await ledger_rows(tenant)
        assert [(r["kind"], money(r["amount"])) for r in rows] == [("INVOICE", money("100.00"))]
        assert rows[0]["arTranId"] == invoice["arTranId"]
        from datetime import date, timedelta

        issue = date.fromisoformat(invoice["issueDate"])
        assert date.fromisoformat(invoice["dueDate"]) == issue + timedelta(days=30)
        assert await differences(tenant) == []
        operations = [e["operation"] for e in await events_of(tenant, "invoice")]
        assert operations == ["CREATE", "UPDATE", "POSTED"]
        assert [e["operation"] for e in await events_of(tenant, "ar_transaction")] == ["CREATE"]

    async def test_numbers_follow_each_other(self, tenant: TenantHandle, firm: Firm) -> None:
        numbers = [(await posted(tenant, firm.client["id"]))["invoiceNumber"] for _ in range(3)]
        assert [n[-5:] for n in numbers] == ["00001", "00002", "00003"]

    async def test_due_date_follows_the_clients_payment_terms(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client = await tenant.create("clients", {"name": "Prompt", "paymentTerms": "NET_15"})
        invoice = await posted(tenant, client["id"], issueDate="2026-03-01")
        assert invoice["dueDate"] == "2026-03-16"
        now = await tenant.create("clients", {"name": "Now", "paymentTerms": "DUE_ON_RECEIPT"})
        invoice = await posted(tenant, now["id"], issueDate="2026-03-01")
        assert invoice["dueDate"] == "2026-03-01"

    async def test_posting_twice_is_a_conflict(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"])
        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/post")
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"


class TestVoid:
    async def test_void_reverses_the_row_and_cancels(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"])
        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert response.status_code == 200, response.text
        voided = response.json()["data"]
        assert voided["status"] == "CANCELLED"
        assert money(voided["outstandingAmount"]) == 0
        rows = await ledger_rows(tenant)
        kinds = sorted((r["kind"], money(r["amount"])) for r in rows)
        assert kinds == [("INVOICE", money("100.00")), ("REVERSAL", money("-100.00"))]
        reversal = next(r for r in rows if r["kind"] == "REVERSAL")
        assert reversal["reversesArTranId"] == invoice["arTranId"]
        assert await differences(tenant) == []
        again = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert again.status_code == 409
        assert again.json()["error"]["details"][0]["reason"] == "INVOICE_CANCELLED"
        operations = [e["operation"] for e in await events_of(tenant, "invoice")]
        assert operations[-1] == "CANCELLED"

    async def test_posting_a_cancelled_invoice_is_refused(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await draft(tenant, firm.client["id"])
        assert (await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")).status_code == 200
        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/post")
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVOICE_CANCELLED"


class TestReads:
    async def test_read_family_and_rest(self, tenant: TenantHandle, firm: Firm) -> None:
        first = await posted(tenant, firm.client["id"])
        late = await posted(tenant, firm.client["id"], issueDate="2026-02-01")
        await draft(tenant, firm.client["id"], issueDate="2026-03-01")
        for prefix in ("/gql/v1", "/v1"):
            response = await tenant.post(f"{prefix}/invoices", json={"status": "POSTED"})
            assert response.status_code == 200, response.text
            body = response.json()
            assert [i["id"] for i in body["invoices"]] == [first["id"]]
            assert body["total"]["aggregate"]["count"] == 1
            one = await tenant.get(f"{prefix}/invoice/{first['id']}")
            assert one.status_code == 200
            assert one.json()["lineItems"][0]["description"] == "Line 0"
        overdue = await tenant.post("/gql/v1/invoices", json={"status": "OVERDUE"})
        assert [i["id"] for i in overdue.json()["invoices"]] == [late["id"]]
        assert overdue.json()["invoices"][0]["status"] == "OVERDUE"
        dated = await tenant.post(
            "/gql/v1/invoices", json={"startDate": "2026-01-15", "endDate": "2026-03-31"}
        )
        assert len(dated.json()["invoices"]) == 2
        search = await tenant.post(
            "/gql/v1/invoices/search", json={"where": {"status": {"_in": ["POSTED", "DRAFT"]}}}
        )
        assert search.status_code == 200, search.text
        assert len(search.json()["invoices"]) == 2
        both = await tenant.post(
            "/gql/v1/invoices/search", json={"where": {"status": {"_in": ["POSTED", "OVERDUE"]}}}
        )
        assert len(both.json()["invoices"]) == 2
        rest = await tenant.get("/api/v1/invoices", params={"clientId": firm.client["id"]})
        assert rest.status_code == 200
        assert len(rest.json()["data"]) == 3
        ledger = await tenant.post("/gql/v1/ar_transactions", json={})
        assert ledger.status_code == 200, ledger.text
        assert len(ledger.json()["arTransactions"]) == 2

    async def test_another_tenants_invoice_is_not_found(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"])
        for path in (f"/api/v1/invoices/{invoice['id']}", f"/gql/v1/invoice/{invoice['id']}"):
            assert (await other_tenant.get(path)).status_code == 404
        for action in ("post", "void"):
            response = await other_tenant.post(f"/api/v1/invoices/{invoice['id']}/{action}")
            assert response.status_code == 404


class TestBadInput:
    async def test_paths_are_named(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        foreign = await other_tenant.create("clients", {"name": "Theirs"})
        cases: list[tuple[dict[str, Any], str]] = [
            (
                {"lineItems": [{"description": "x", "quantity": 1, "unitPrice": "1.005"}]},
                "lineItems[0].unitPrice",
            ),
            ({"issueDate": "2026-02-30"}, "issueDate"),
            (
                {"lineItems": [{"description": "x", "quantity": 1, "unitPrice": 1, "taxRate": 1}]},
                "lineItems[0].taxRate",
            ),
            ({"clientId": foreign["id"]}, "clientId"),
            ({"projectId": 10**9}, "projectId"),
        ]
        for change, path in cases:
            body = {
                "clientId": firm.client["id"],
                "lineItems": [{"description": "x", "quantity": 1, "unitPrice": 1}],
            } | change
            response = await tenant.post("/api/v1/invoices", json=body)
            assert response.status_code == 400, (change, response.text)
            paths = [d["path"] for d in response.json()["error"]["details"]]
            assert path in paths, (change, paths)


class TestCatalog:
    async def test_invoice_workflow_events_can_be_subscribed(self, tenant: TenantHandle) -> None:
        entries = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
        pairs = {(e["entityType"], e["operation"]) for e in entries}
        for operation in ("CREATE", "UPDATE", "DELETE", "POSTED", "PAID", "CANCELLED", "SENT"):
            assert ("invoice", operation) in pairs
        assert ("ar_transaction", "CREATE") in pairs
        assert ("ar_transaction", "UPDATE") not in pairs
        body = {
            "entityType": "invoice",
            "operation": "POSTED",
            "deliveryUrl": "https://hooks.example.com/openwyn",
        }
        response = await tenant.post("/api/v1/event-subscriptions", json=body)
        assert response.status_code == 201, response.text
        wrong = await tenant.post(
            "/api/v1/event-subscriptions", json=body | {"entityType": "client"}
        )
        assert wrong.status_code == 400
