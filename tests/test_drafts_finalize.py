"""Finalizing a draft bill (money-work.md §3, §4): the sender turns an APPROVED draft into a
posted invoice through the invoices' interface (`openwyn.billing.invoice_service`), in one
transaction, and the draft becomes FINALIZED with its invoice and two history rows.

`TestWithTheLedger` posts through the real invoices and ledger; `TestTheCall` stands a
recording double in their place, to check what the draft passes and that a refused posting
leaves the draft as it was."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

import openwyn.billing
from tests.fixtures.api import TenantHandle
from tests.fixtures.drafts import Billing, make_billing

pytestmark = pytest.mark.anyio

PATH = "/api/v1/draft-invoices"


@pytest.fixture
async def billing(tenant: TenantHandle) -> Billing:
    return await make_billing(tenant)


async def _approved(billing: Billing) -> dict[str, Any]:
    await billing.log("1.00")
    await billing.log("2.00", staffId=billing.reviewer["id"])
    draft = await billing.draft(groupBy="STAFF")
    first = draft["lineItems"][0]
    edited = await billing.tenant.patch(
        f"{PATH}/{draft['id']}",
        json={"lineItems": [{"id": first["id"], "taxRate": "0.05"}], "notes": "Thanks"},
    )
    assert edited.status_code == 200, edited.text
    for action, who, body in (
        ("submit", "biller", None),
        ("review", "reviewer", {"decision": "APPROVE"}),
        ("approve", "approver", None),
    ):
        response = await billing.act(draft["id"], action, who, body)
        assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    assert data["status"] == "APPROVED"
    return data


@dataclass
class LineIn:
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    tax_rate: Decimal
    tax_amount: Decimal
    job_id: int | None
    wip_ids: tuple[int, ...]
    notes: str | None


class Recorder:
    """Stands in for the invoices' module: records the call, answers an invoice or fails."""

    LineIn = LineIn

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail = fail

    async def create_posted(self, session: Any, tenant_id: int, **kwargs: Any) -> dict[str, Any]:
        self.calls.append({"tenant_id": tenant_id, **kwargs})
        if self.fail:
            raise RuntimeError("the ledger is down")
        return {"id": 41, "invoiceNumber": "INV-2026-00007", "arTranId": "AR-9"}


class TestTheCall:
    async def test_finalize_calls_the_interface_and_reconciles(
        self, billing: Billing, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        draft = await _approved(billing)
        recorder = Recorder()
        monkeypatch.setattr(openwyn.billing, "invoice_service", recorder, raising=False)
        response = await billing.act(
            draft["id"], "finalize", "biller", {"issueDate": "2026-04-01", "dueDate": "2026-05-01"}
        )
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        assert data["status"] == "FINALIZED"
        assert (data["invoiceId"], data["arTranId"]) == (41, "AR-9")
        assert data["pmsInvoiceNumber"] == "INV-2026-00007"
        kinds = [(h["activityType"], h["invoiceId"]) for h in data["reviewHistory"]]
        assert kinds[-2:] == [("DRAFT_INVOICE_FINALIZED", 41), ("DRAFT_INVOICE_RECONCILED", 41)]
        (call,) = recorder.calls
        assert call["tenant_id"] == billing.tenant.id
        assert call["client_id"] == billing.firm.client["id"]
        assert call["project_id"] == billing.firm.job["id"]
        assert call["draft_invoice_id"] == draft["id"]
        assert str(call["issue_date"]) == "2026-04-01" and str(call["due_date"]) == "2026-05-01"
        assert call["notes"] == "Thanks"
        lines = call["lines"]
        assert [line.wip_ids for line in lines] == [
            tuple(item["wipIds"]) for item in draft["lineItems"]
        ]
        assert lines[0].tax_rate == Decimal("0.05")
        assert lines[0].tax_amount == Decimal(str(draft["lineItems"][0]["taxAmount"]))
        assert sum(line.amount for line in lines) == Decimal(str(draft["subtotal"]))
        again = await billing.act(draft["id"], "finalize", "biller")
        assert again.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"
        abandon = await billing.act(draft["id"], "abandon", "admin")
        assert abandon.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"

    async def test_a_failed_posting_leaves_the_draft_approved(
        self, billing: Billing, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        draft = await _approved(billing)
        monkeypatch.setattr(openwyn.billing, "invoice_service", Recorder(fail=True), raising=False)
        failed = await billing.act(draft["id"], "finalize", "biller")
        assert failed.status_code == 500, failed.text
        after = (await billing.tenant.get(f"{PATH}/{draft['id']}")).json()["data"]
        assert after["status"] == "APPROVED"
        assert after["version"] == draft["version"]
        assert len(after["reviewHistory"]) == len(draft["reviewHistory"])

    async def test_only_the_sender_finalizes(
        self, billing: Billing, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        draft = await _approved(billing)
        recorder = Recorder()
        monkeypatch.setattr(openwyn.billing, "invoice_service", recorder, raising=False)
        response = await billing.act(draft["id"], "finalize", "approver")
        assert response.json()["error"]["details"][0]["reason"] == "NOT_ASSIGNED_SENDER"
        assert recorder.calls == []


class TestWithTheLedger:
    async def test_finalize_posts_the_invoice(self, billing: Billing) -> None:
        draft = await _approved(billing)
        response = await billing.act(draft["id"], "finalize", "biller")
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        assert data["status"] == "FINALIZED"
        assert data["invoiceId"] is not None and data["arTranId"] is not None
        assert data["pmsInvoiceNumber"]
        invoice = await billing.tenant.get(f"/gql/v1/invoice/{data['invoiceId']}")
        assert invoice.status_code == 200, invoice.text
        body = invoice.json()
        assert body["invoiceNumber"] == data["pmsInvoiceNumber"]
        assert body["draftInvoiceId"] == draft["id"]
        assert Decimal(str(body["totalAmount"])) == Decimal(str(draft["totalAmount"]))
        for line in draft["lineItems"]:
            for wip_id in line["wipIds"]:
                wip = (await billing.tenant.get(f"/api/v1/wips/{wip_id}")).json()["data"]
                assert wip["status"] == "BILLED"
        histories = await billing.tenant.post(
            "/gql/v1/draft_invoice_histories", json={"draftInvoiceId": draft["id"]}
        )
        newest = histories.json()["draftInvoices"][0]
        assert newest["activityType"] == "DRAFT_INVOICE_RECONCILED"
        assert newest["draftInvoice"]["pms_invoice_number"] == data["pmsInvoiceNumber"]
        assert newest["draftInvoice"]["arTranId"] == data["arTranId"]
