"""Deliverables (money-work.md §8): files released to a client's contacts through the portal,
`IMMEDIATE` or `ON_PAYMENT` (pay before release through the processor); every download
logged with its event; no link reaches a file before it is released."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from openwyn.payments.sandbox import SandboxProcessor
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, money, posted
from tests.fixtures.payments import pay
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio
LINK = re.compile(r"https?://[^\s\"]+(/portal/deliverables/[A-Za-z0-9_-]+)")


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    made = await make_firm(tenant)
    contact = await tenant.create(
        "contacts", {"firstName": "Ann", "lastName": "Owner", "email": "ann@client.example"}
    )
    await tenant.create(
        "contact-clients", {"contactId": contact["id"], "clientId": made.client["id"]}
    )
    return made


async def _file(tenant: TenantHandle, content: bytes = b"%PDF-1.4 the return") -> int:
    files = {"file": ("return.pdf", content, "application/pdf")}
    uploaded = await tenant.api.post("/api/v1/files", files=files, headers=tenant.headers)
    return int(uploaded.json()["data"]["id"])


async def deliverable(
    tenant: TenantHandle, firm: Firm, release: str, **body: Any
) -> tuple[dict[str, Any], str]:
    file_id = await _file(tenant)
    made = await tenant.post(
        "/api/v1/deliverables",
        json={
            "clientId": firm.client["id"],
            "fileIds": [file_id],
            "title": "2026 tax return",
            "release": release,
        }
        | body,
    )
    assert made.status_code == 201, made.text
    item = made.json()["data"]
    listed = await tenant.get(
        "/api/v1/outbound-messages", params={"relatedType": "deliverable", "relatedId": item["id"]}
    )
    (email,) = listed.json()["data"]
    match = LINK.search(email["text"])
    assert match is not None
    return item, match.group(1)


async def test_an_immediate_deliverable_downloads_and_is_logged(
    tenant: TenantHandle, firm: Firm
) -> None:
    item, link = await deliverable(tenant, firm, "IMMEDIATE")
    assert item["released"] is True and item["downloads"] == []
    page = await tenant.api.get(link)
    assert page.status_code == 200 and "return.pdf" in page.text
    file_id = item["files"][0]["fileId"]
    got = await tenant.api.get(f"{link}/files/{file_id}")
    assert got.status_code == 200 and got.content == b"%PDF-1.4 the return"
    shown = (await tenant.get(f"/api/v1/deliverables/{item['id']}")).json()["data"]
    (logged,) = shown["downloads"]
    assert logged["fileId"] == file_id and logged["ip"]
    (event,) = [e for e in await events_of(tenant, "deliverable") if e["operation"] == "DOWNLOADED"]
    assert json.loads(event["data"])["download"]["fileId"] == file_id


async def test_on_payment_files_wait_for_the_invoices_and_are_paid_for_on_the_page(
    tenant: TenantHandle, firm: Firm
) -> None:
    invoice = await posted(tenant, firm.client["id"], ("1", "120.00"))
    item, link = await deliverable(tenant, firm, "ON_PAYMENT")
    assert item["released"] is False and item["waitingOnInvoiceIds"] == [invoice["id"]]
    file_id = item["files"][0]["fileId"]
    blocked = await tenant.api.get(f"{link}/files/{file_id}")
    assert blocked.status_code == 403 and b"the return" not in blocked.content
    page = await tenant.api.get(link)
    assert "Pay USD 120.00" in page.text and f"{link}/files/" not in page.text
    declined = await tenant.api.post(f"{link}/pay", data={"payment_token": "tok_chargeDeclined"})
    assert declined.status_code == 402 and "generic_decline" in declined.text
    paid = await tenant.api.post(f"{link}/pay", data={"payment_token": "tok_mastercard"})
    assert paid.status_code == 200 and "Your files are released" in paid.text
    got = await tenant.api.get(f"{link}/files/{file_id}")
    assert got.status_code == 200 and got.content == b"%PDF-1.4 the return"
    shown = (await tenant.get(f"/api/v1/invoices/{invoice['id']}")).json()["data"]
    assert shown["status"] == "PAID"
    assert await differences(tenant) == []


async def test_an_amount_due_changed_since_the_page_was_shown_is_409_charging_nothing(
    tenant: TenantHandle, firm: Firm
) -> None:
    await posted(tenant, firm.client["id"], ("1", "120.00"))
    _, link = await deliverable(tenant, firm, "ON_PAYMENT")
    shown = await tenant.api.get(link)
    assert 'name="due" value="120.00"' in shown.text
    await posted(tenant, firm.client["id"], ("1", "30.00"))  # posted while the page was open
    stale = {"payment_token": "tok_visa", "due": "120.00"}
    refused = await tenant.api.post(f"{link}/pay", data=stale)
    assert refused.status_code == 409 and "amount due has changed" in refused.text
    assert "Pay USD 150.00" in refused.text  # the page again, with what is due now
    assert (await tenant.get("/api/v1/payments")).json()["data"] == []
    paid = await tenant.api.post(f"{link}/pay", data={"payment_token": "tok_visa", "due": "150.00"})
    assert paid.status_code == 200 and "Your files are released" in paid.text


async def test_a_file_where_the_card_token_belongs_is_a_400_page_charging_nothing(
    tenant: TenantHandle, firm: Firm
) -> None:
    await posted(tenant, firm.client["id"], ("1", "120.00"))
    _, link = await deliverable(tenant, firm, "ON_PAYMENT")
    files = {"payment_token": ("card.txt", b"tok_visa", "text/plain")}
    refused = await tenant.api.post(f"{link}/pay", files=files)
    assert refused.status_code == 400 and "not sent as the page sends it" in refused.text
    assert (await tenant.get("/api/v1/payments")).json()["data"] == []


@pytest.fixture
def charges(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The amounts the sandbox processor is asked to charge, from here on."""
    asked: list[Any] = []
    charge = SandboxProcessor.charge

    async def counted(self: SandboxProcessor, amount: Any, *args: Any) -> Any:
        asked.append(amount)
        return await charge(self, amount, *args)

    monkeypatch.setattr(SandboxProcessor, "charge", counted)
    return asked


async def _ach(tenant: TenantHandle, firm: Firm, amount: str) -> None:
    """A bank payment still settling (the invoice reads PENDING until it clears)."""
    await pay(tenant, firm.client["id"], amount, paymentMethod="ACH", processorToken="tok_ach")


class TestSettlingPayments:
    """An invoice a payment still settles keeps the files locked until it is PAID, but what
    the payment covers is not asked for again; nothing payable is a 409 page, never a charge."""

    async def test_a_settling_payment_that_covers_everything_leaves_nothing_to_pay(
        self, tenant: TenantHandle, firm: Firm, charges: list[Any]
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "120.00"))
        await _ach(tenant, firm, "120.00")
        item, link = await deliverable(tenant, firm, "ON_PAYMENT")
        assert item["released"] is False and item["waitingOnInvoiceIds"] == [invoice["id"]]
        page = await tenant.api.get(link)
        assert "Pay USD" not in page.text and "a payment is settling" in page.text
        charges.clear()
        refused = await tenant.api.post(f"{link}/pay", data={"payment_token": "tok_mastercard"})
        assert refused.status_code == 409 and refused.headers["content-type"].startswith(
            "text/html"
        )
        assert "Nothing is left to pay" in refused.text
        assert "Your files are released." not in refused.text
        assert charges == []
        got = await tenant.api.get(f"{link}/files/{item['files'][0]['fileId']}")
        assert got.status_code == 403

    async def test_a_partly_settling_invoice_asks_only_for_the_rest(
        self, tenant: TenantHandle, firm: Firm, charges: list[Any]
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "120.00"))
        await _ach(tenant, firm, "70.00")
        item, link = await deliverable(tenant, firm, "ON_PAYMENT")
        page = await tenant.api.get(link)
        assert "Pay USD 50.00" in page.text and "a payment is settling" in page.text
        charges.clear()
        paid = await tenant.api.post(f"{link}/pay", data={"payment_token": "tok_mastercard"})
        assert paid.status_code == 200 and [str(amount) for amount in charges] == ["50.00"]
        assert "Your files are released." not in paid.text
        assert "once the payment that is settling clears" in paid.text
        got = await tenant.api.get(f"{link}/files/{item['files'][0]['fileId']}")
        assert got.status_code == 403
        shown = (await tenant.get(f"/api/v1/invoices/{invoice['id']}")).json()["data"]
        assert shown["status"] == "PENDING" and money(shown["outstandingAmount"]) == 0
        assert await differences(tenant) == []

    async def test_an_invoice_with_nothing_outstanding_holds_nothing_back(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await posted(tenant, firm.client["id"], ("1", "0.00"))
        item, link = await deliverable(tenant, firm, "ON_PAYMENT")
        assert item["released"] is True and item["waitingOnInvoiceIds"] == []
        got = await tenant.api.get(f"{link}/files/{item['files'][0]['fileId']}")
        assert got.status_code == 200

    async def test_paying_for_an_immediate_deliverable_is_nothing_to_pay(
        self, tenant: TenantHandle, firm: Firm, charges: list[Any]
    ) -> None:
        await posted(tenant, firm.client["id"], ("1", "120.00"))
        _, link = await deliverable(tenant, firm, "IMMEDIATE")
        answer = await tenant.api.post(f"{link}/pay", data={"payment_token": "tok_mastercard"})
        assert answer.status_code == 409 and "Thank you" not in answer.text
        assert "Nothing is due" in answer.text and charges == []


async def test_bad_input_and_bad_links(tenant: TenantHandle, firm: Firm) -> None:
    body = {
        "clientId": firm.client["id"],
        "fileIds": [999_999],
        "title": "x",
        "release": "IMMEDIATE",
    }
    missing = await tenant.post("/api/v1/deliverables", json=body)
    assert missing.status_code == 400
    assert missing.json()["error"]["details"][0]["path"] == "fileIds[0]"
    later = await tenant.post("/api/v1/deliverables", json=body | {"release": "LATER"})
    assert later.status_code == 400
    assert (await tenant.api.get("/portal/deliverables/" + "A" * 43)).status_code == 404
    _, link = await deliverable(tenant, firm, "IMMEDIATE")
    other_file = await _file(tenant, b"someone else's")
    assert (await tenant.api.get(f"{link}/files/{other_file}")).status_code == 404


async def test_another_tenants_deliverable_is_404(
    tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
) -> None:
    item, _ = await deliverable(tenant, firm, "IMMEDIATE")
    assert (await other_tenant.get(f"/api/v1/deliverables/{item['id']}")).status_code == 404
    assert (await other_tenant.get(f"/gql/v1/deliverable/{item['id']}")).status_code == 404


async def test_a_file_a_deliverable_keeps_is_not_deleted(tenant: TenantHandle, firm: Firm) -> None:
    item, link = await deliverable(tenant, firm, "IMMEDIATE")
    file_id = item["files"][0]["fileId"]
    refused = await tenant.delete(f"/api/v1/files/{file_id}")
    assert refused.status_code == 409, refused.text
    assert refused.json()["error"]["details"][0]["reason"] == "FILE_IN_USE"
    assert (await tenant.api.get(f"{link}/files/{file_id}")).status_code == 200


async def test_an_inactive_client_is_400_at_client_id(tenant: TenantHandle, firm: Firm) -> None:
    file_id = await _file(tenant)
    assert (await tenant.delete(f"/api/v1/clients/{firm.client['id']}")).status_code == 200
    body = {
        "clientId": firm.client["id"],
        "fileIds": [file_id],
        "title": "x",
        "release": "IMMEDIATE",
    }
    refused = await tenant.post("/api/v1/deliverables", json=body)
    assert refused.status_code == 400, refused.text
    (detail,) = refused.json()["error"]["details"]
    assert detail["path"] == "clientId" and "active" in detail["message"]
