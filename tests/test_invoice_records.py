"""The Records API type `invoice` (money-work.md §0 sync path, §10): PMS invoices upserted by
systemRef, the ledger following exactly as for native writes, a posted invoice's amounts
refused, and the draft bill a PMS invoice finalizes reconciled."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, ledger_rows, money, posted
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio

LINES = [
    {"description": "Audit", "quantity": "2", "unitPrice": "100.00", "taxRate": "0.1"},
    {"description": "Filing", "quantity": 1, "unitPrice": "50.00"},
]


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


def _invoice(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "invoice", "systemRef": ref, "attributes": attributes}


async def _sync(tenant: TenantHandle, *records: dict[str, Any]) -> list[dict[str, Any]]:
    response = await tenant.post("/api/v1/records", json={"records": list(records)})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["data"]["records"]
    return results


async def _get(tenant: TenantHandle, invoice_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/invoices/{invoice_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _reason(result: dict[str, Any]) -> str:
    assert result["status"] == "FAILED", result
    reason: str = result["error"]["details"][0]["reason"]
    return reason


def _paths(result: dict[str, Any]) -> list[str]:
    assert result["status"] == "FAILED", result
    assert result["error"]["code"] == "VALIDATION_FAILED", result
    return [detail["path"] for detail in result["error"]["details"]]


class TestCreate:
    async def test_a_posted_pms_invoice_gets_its_ledger_row_as_a_native_post(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_ref = {"systemRef": firm.client["pmsRef"]}
        (result,) = await _sync(
            tenant,
            _invoice(
                "PMS-INV-1",
                clientId=client_ref,
                projectId={"systemRef": firm.job["pmsRef"]},
                status="POSTED",
                invoiceNumber="P-1001",
                issueDate="2026-03-01",
                lineItems=LINES,
            ),
        )
        assert (result["status"], result["operation"]) == ("SUCCESS", "CREATED"), result
        invoice = await _get(tenant, result["id"])
        assert invoice["source"] == "PMS"
        assert invoice["pmsRef"] == "PMS-INV-1"
        assert invoice["status"] in ("POSTED", "OVERDUE")
        assert invoice["invoiceNumber"] == "P-1001"
        assert invoice["projectId"] == firm.job["id"]
        assert money(invoice["totalAmount"]) == money("270.00")
        assert money(invoice["outstandingAmount"]) == money("270.00")
        assert invoice["dueDate"] == "2026-03-31"  # NET_30, as a native post
        rows = await ledger_rows(tenant)
        assert [(r["kind"], money(r["amount"])) for r in rows] == [("INVOICE", money("270.00"))]
        assert rows[0]["arTranId"] == invoice["arTranId"]
        assert await differences(tenant) == []
        operations = [e["operation"] for e in await events_of(tenant, "invoice")]
        assert operations == ["CREATE", "UPDATE", "POSTED"]
        # A PMS number takes nothing from the tenant's counter: the next native one is 00001.
        native = await posted(tenant, firm.client["id"])
        assert native["invoiceNumber"].endswith("-00001")

    async def test_a_draft_record_stays_outside_the_ledger_until_posted(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        (result,) = await _sync(
            tenant, _invoice("PMS-INV-2", clientId=firm.client["id"], lineItems=LINES)
        )
        assert result["operation"] == "CREATED", result
        assert (await _get(tenant, result["id"]))["status"] == "DRAFT"
        assert await ledger_rows(tenant) == []
        (again,) = await _sync(
            tenant, _invoice("PMS-INV-2", clientId=firm.client["id"], lineItems=LINES)
        )
        assert again["operation"] == "UNCHANGED", again
        (moved,) = await _sync(tenant, _invoice("PMS-INV-2", status="POSTED"))
        assert moved["operation"] == "UPDATED", moved
        invoice = await _get(tenant, result["id"])
        assert invoice["invoiceNumber"].endswith("-00001")
        rows = await ledger_rows(tenant)
        assert [(r["kind"], money(r["amount"])) for r in rows] == [("INVOICE", money("270.00"))]
        assert await differences(tenant) == []

    async def test_bad_records_fail_alone_naming_their_paths(
        self, tenant: TenantHandle, firm: Firm, other_tenant: TenantHandle
    ) -> None:
        foreign = await make_firm(other_tenant)
        results = await _sync(
            tenant,
            _invoice(
                "BAD-1",
                clientId=firm.client["id"],
                lineItems=[{"description": "x", "quantity": 1, "unitPrice": "1.005"}],
            ),
            _invoice("BAD-2", clientId=foreign.client["id"], lineItems=LINES),
            _invoice("BAD-3", clientId={"systemRef": "NOPE"}, lineItems=LINES),
            _invoice("BAD-4", clientId=firm.client["id"], lineItems=LINES, issueDate="2026-02-30"),
            _invoice("GOOD", clientId=firm.client["id"], lineItems=LINES),
        )
        assert _paths(results[0]) == ["attributes.lineItems.0.unitPrice"]
        assert _paths(results[1]) == ["attributes.clientId"]
        assert _paths(results[2]) == ["attributes.clientId"]
        assert _paths(results[3]) == ["attributes.issueDate"]
        assert results[4]["operation"] == "CREATED"


class TestPostedAmounts:
    async def test_changing_a_posted_invoices_lines_is_refused(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        base = {"clientId": firm.client["id"], "lineItems": LINES, "status": "POSTED"}
        (created,) = await _sync(tenant, _invoice("PMS-INV-3", **base))
        assert created["operation"] == "CREATED", created
        changed = [{"description": "Audit", "quantity": "3", "unitPrice": "100.00"}]
        (refused,) = await _sync(tenant, _invoice("PMS-INV-3", lineItems=changed))
        assert _reason(refused) == "INVOICE_POSTED"
        # The same lines again, and a new due date and notes, are fine.
        (same,) = await _sync(
            tenant, _invoice("PMS-INV-3", **base, notes="Thanks", dueDate="2099-01-01")
        )
        assert same["operation"] == "UPDATED", same
        invoice = await _get(tenant, created["id"])
        assert (invoice["notes"], invoice["dueDate"]) == ("Thanks", "2099-01-01")
        assert money(invoice["totalAmount"]) == money("270.00")
        assert len(await ledger_rows(tenant)) == 1
        assert await differences(tenant) == []

    async def test_cancelled_by_the_pms_reverses_the_ledger_row(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        base = {"clientId": firm.client["id"], "lineItems": LINES, "status": "POSTED"}
        (created,) = await _sync(tenant, _invoice("PMS-INV-4", **base))
        (voided,) = await _sync(tenant, _invoice("PMS-INV-4", status="CANCELLED"))
        assert voided["operation"] == "UPDATED", voided
        invoice = await _get(tenant, created["id"])
        assert invoice["status"] == "CANCELLED"
        assert money(invoice["outstandingAmount"]) == 0
        kinds = sorted(r["kind"] for r in await ledger_rows(tenant))
        assert kinds == ["INVOICE", "REVERSAL"]
        (back,) = await _sync(tenant, _invoice("PMS-INV-4", status="POSTED"))
        assert _reason(back) == "INVOICE_CANCELLED"
        (draft_again,) = await _sync(tenant, _invoice("PMS-INV-5", **base | {"status": "DRAFT"}))
        assert draft_again["operation"] == "CREATED"
        assert await differences(tenant) == []

    async def test_a_records_delete_voids_the_invoice(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        base = {"clientId": firm.client["id"], "lineItems": LINES, "status": "POSTED"}
        (created,) = await _sync(tenant, _invoice("PMS-INV-6", **base))
        response = await tenant.api.request(
            "DELETE",
            "/api/v1/records",
            json={"records": [{"type": "invoice", "systemRef": "PMS-INV-6"}]},
            headers=tenant.headers,
        )
        assert response.status_code == 200, response.text
        assert response.json()["data"]["records"][0]["operation"] == "DELETED"
        assert (await _get(tenant, created["id"]))["status"] == "CANCELLED"
        assert await differences(tenant) == []


class TestDraftReconciliation:
    async def test_a_posted_invoice_reconciles_the_draft_it_names(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        draft_record = {
            "type": "draft_invoice",
            "systemRef": "DB-9",
            "attributes": {
                "clientId": {"systemRef": firm.client["pmsRef"]},
                "status": "APPROVED",
                "subtotal": "270.00",
                "totalAmount": "270.00",
            },
        }
        invoice = _invoice(
            "PMS-INV-7",
            clientId=firm.client["id"],
            lineItems=LINES,
            status="POSTED",
            invoiceNumber="P-7",
            draftInvoiceSystemRef="DB-9",
        )
        draft_result, invoice_result = await _sync(tenant, draft_record, invoice)
        assert invoice_result["operation"] == "CREATED", invoice_result
        read = await _get(tenant, invoice_result["id"])
        assert read["draftInvoiceSystemRef"] == "DB-9"
        assert read["draftInvoiceId"] == draft_result["id"]
        response = await tenant.get(f"/api/v1/draft-invoices/{draft_result['id']}")
        assert response.status_code == 200, response.text
        draft = response.json()["data"]
        assert draft["status"] == "FINALIZED"
        assert draft["invoiceId"] == invoice_result["id"]
        assert draft["pmsInvoiceNumber"] == "P-7"
        activity = [h["activityType"] for h in draft["reviewHistory"]]
        assert activity[-2:] == ["DRAFT_INVOICE_FINALIZED", "DRAFT_INVOICE_RECONCILED"]

    async def test_an_unknown_draft_system_ref_fails_that_record(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        results = await _sync(
            tenant,
            _invoice(
                "PMS-INV-8",
                clientId=firm.client["id"],
                lineItems=LINES,
                status="POSTED",
                draftInvoiceSystemRef="NO-SUCH-DRAFT",
            ),
            _invoice("PMS-INV-9", clientId=firm.client["id"], lineItems=LINES),
        )
        assert _paths(results[0]) == ["attributes.draftInvoiceSystemRef"]
        assert results[1]["operation"] == "CREATED"
        assert await ledger_rows(tenant) == []


class TestDiscovery:
    async def test_the_invoice_type_is_described_as_its_records_are_validated(
        self, tenant: TenantHandle
    ) -> None:
        listed = (await tenant.get("/api/v1/records/types")).json()["data"]
        assert "invoice" in [described["name"] for described in listed]
        response = await tenant.get("/api/v1/records/types/invoice")
        assert response.status_code == 200, response.text
        described = response.json()["data"]
        assert described["isCustom"] is False
        assert described["recordsUrl"] == "/gql/v1/invoices/search"
        fields = {field["name"]: field for field in described["fields"]}
        assert fields["clientId"]["type"] == "reference"
        assert fields["clientId"]["referencedEntityType"] == "client"
        assert fields["clientId"]["required"] is True
        assert fields["lineItems"]["type"] == "json" and fields["lineItems"]["required"] is True
        assert fields["status"]["enumValues"] == ["DRAFT", "POSTED", "CANCELLED"]
        assert fields["issueDate"]["type"] == "date" and fields["issueDate"]["required"] is False
        # Only what a record may send: the ledger's figures are the invoice's to compute.
        assert "outstandingAmount" not in fields and "pmsRef" not in fields
